import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Identifies a database instance: the cluster's system id, the database, and when it was migrated first. */
async function databaseIdentity(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`
      SELECT (SELECT system_identifier::text FROM pg_control_system()) || ':' || current_database() || ':' ||
        coalesce((SELECT min(started_at)::text FROM _prisma_migrations), '') AS id`);
    return rows[0]?.id ?? "";
  } finally {
    await client.end();
  }
}

/**
 * Next keeps ISR pages and unstable_cache data on disk across restarts. Served against another database
 * (a reset demo, a new DATABASE_URL) they would show products that do not exist there, so they are
 * discarded whenever the database behind the build's caches changes.
 */
export async function discardCachesOfAnotherDatabase(databaseUrl: string, nextDir = ".next"): Promise<boolean> {
  const marker = path.join(nextDir, "cache", "open-kitchen-database");
  const identity = await databaseIdentity(databaseUrl);
  const previous = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : null;
  if (previous === identity) return false;
  for (const dir of [path.join(nextDir, "server", "route-cache"), path.join(nextDir, "cache", "fetch-cache")]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, identity);
  return previous !== null;
}
