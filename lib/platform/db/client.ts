import { PrismaPg } from "@prisma/adapter-pg";
import { logger } from "@/lib/platform/log/logger";
import { PrismaClient } from "./generated/client";
import { poolConfig } from "./pool-config";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { okDb?: PrismaClient; okDbUrl?: string };

export function createDb(connectionString: string, max = 10): PrismaClient {
  const adapter = new PrismaPg(poolConfig(connectionString, max), {
    // A connection dropped while idle (Postgres restarted) is replaced on next use; say so, once per connection.
    onPoolError: (err) => logger.warn({ err }, "database connection lost"),
  });
  return new PrismaClient({ adapter });
}

/**
 * The process-wide client. The server entry sets DATABASE_URL (possibly to the embedded Postgres)
 * before Next loads, and Next's bundles share this instance through globalThis.
 */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the shop through server.ts");
  if (!globalForDb.okDb || globalForDb.okDbUrl !== url) {
    globalForDb.okDb = createDb(url);
    globalForDb.okDbUrl = url;
  }
  return globalForDb.okDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.okDb?.$disconnect();
  globalForDb.okDb = undefined;
}
