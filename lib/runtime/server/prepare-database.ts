import type { Logger } from "pino";
import type { TServerEnv } from "@/lib/platform/env";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { seedDemoStore } from "@/lib/domains/demo/seed-demo-store";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Picks the database (DATABASE_URL or the embedded one), migrates it, and seeds the demo store when allowed. */
export async function prepareDatabase(env: TServerEnv, log: Logger): Promise<PreparedDatabase> {
  let url = env.DATABASE_URL;
  let stop = async (): Promise<void> => undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(env.DATA_DIR, undefined, (m) =>
      log.debug({ postgres: String(m).trim() }),
    );
    url = embedded.url;
    stop = embedded.stop;
    log.info({ owned: embedded.owned }, "using the embedded Postgres in %s", env.DATA_DIR);
  }

  const applied = await applyMigrations(url);
  if (applied.length > 0) log.info({ applied }, "applied migrations");

  const seedAllowed =
    env.SEED_DEMO === "always" || (env.SEED_DEMO === "auto" && (!env.DATABASE_URL || env.NODE_ENV !== "production"));
  if (seedAllowed) {
    const seeder = createDb(url, 2);
    try {
      const { seeded } = await seedDemoStore(seeder, { log: (m) => log.info(m) });
      if (seeded) log.info("seeded the demo store into an empty database");
    } finally {
      await seeder.$disconnect();
    }
  }
  return { url, embedded: !env.DATABASE_URL, stop };
}
