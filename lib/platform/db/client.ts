import { PrismaPg } from "@prisma/adapter-pg";
import { logger } from "@/lib/platform/log/logger";
import { processSingleton } from "@/lib/platform/process-singleton";
import { PrismaClient } from "./generated/client";
import { poolConfig } from "./pool-config";

export type Db = PrismaClient;

const current = processSingleton("db", (): { client?: PrismaClient; url?: string } => ({}));

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
  if (!current.client || current.url !== url) {
    current.client = createDb(url);
    current.url = url;
  }
  return current.client;
}

export async function disconnectDb(): Promise<void> {
  await current.client?.$disconnect();
  current.client = undefined;
}
