// What the history check runs on (tests/integration/history-check.test.ts, bench/history.ts): its own
// embedded Postgres (the check restarts it), a migrated database with a few products, Redis, two realtime
// instances in their own processes and nginx in front.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { createProduct } from "../factories/catalog";
import { startCluster, type Cluster } from "./cluster-harness";

export interface HistoryStack {
  databaseUrl: string;
  cluster: Cluster;
  productIds: string[];
  /** Stops Postgres and starts it again on the same port and data. */
  restartPostgres(): Promise<void>;
  close(): Promise<void>;
}

export async function startHistoryStack(products = 3): Promise<HistoryStack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-history-"));
  let postgres: EmbeddedDatabase = await startEmbeddedPostgres(dir, "postgres");
  let cluster: Cluster | undefined;
  const close = async () => {
    await cluster?.close();
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = Number(new URL(postgres.url).port);
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query("CREATE DATABASE ok_history");
    await admin.end();
    const address = new URL(postgres.url);
    address.pathname = "/ok_history";
    const databaseUrl = address.toString();
    await applyMigrations(databaseUrl);
    const db = createDb(databaseUrl, 2);
    const productIds: string[] = [];
    for (let i = 0; i < products; i++) productIds.push((await createProduct(db)).id);
    await db.$disconnect();
    // Writers post far more than a person may: the per-shopper post limit is lifted for them.
    cluster = await startCluster({ url: databaseUrl }, { env: { POSTS_PER_SHOPPER: "1000000", LOG_LEVEL: "silent" } });
    return {
      databaseUrl,
      cluster,
      productIds,
      restartPostgres: async () => {
        await postgres.stop();
        postgres = await startEmbeddedPostgres(dir, "postgres", undefined, port);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
