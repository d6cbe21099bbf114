import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";
import { diffSchemaAgainstMigrations } from "@/lib/platform/db-setup/migrations";

const SCRATCH = `ok_drift_${process.pid}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("pgServerUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("prisma/migrations", () => {
  beforeAll(() => admin(`CREATE DATABASE ${SCRATCH}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`));

  it("produce exactly the database schema.prisma describes", async () => {
    const url = new URL(inject("pgServerUrl"));
    url.pathname = `/${SCRATCH}`;
    const missing = await diffSchemaAgainstMigrations(url.toString());
    expect(missing, "schema.prisma changed without a migration: run npm run db:migrate:create").toBe("");
  });
});
