import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { okDb?: PrismaClient; okDbUrl?: string };

export function createDb(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
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
