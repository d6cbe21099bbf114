import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/platform/db/client";

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("pgServerUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Two workers cloning the template at the same moment make Postgres refuse one of them: retry briefly. */
async function createFromTemplate(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE ok_test_template`);
      return;
    } catch (error) {
      const busy = error instanceof Error && /being accessed by other users/.test(error.message);
      if (!busy || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  const name = `ok_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => createFromTemplate(c, name));
  const url = new URL(inject("pgServerUrl"));
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), poolSize);
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
