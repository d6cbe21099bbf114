// Direct access to the shop's database from e2e tests, for what a browser cannot set up: holding a lock,
// writing a row the shop would write itself after a minute. The server under test runs the embedded
// Postgres in E2E_DATA_DIR (playwright.config.ts); this joins it.
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/platform/db-setup/embedded-postgres";

let url: Promise<string> | undefined;

export function shopDatabaseUrl(): Promise<string> {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  url ??= startEmbeddedPostgres(dir).then((db) => db.url);
  return url;
}

/** A connected client; end it when done. */
export async function shopDatabase(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: await shopDatabaseUrl() });
  await client.connect();
  return client;
}

/** Runs one statement on its own connection. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = await shopDatabase();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A published product no test has touched yet, in the first category; returns its slug and id. */
export async function createFreshProduct(title: string): Promise<{ id: string; slug: string }> {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const [row] = await sql<{ id: string; slug: string }>(
    `INSERT INTO "Product" (id, slug, title, description, "priceCents", stock, published, "categoryId", "updatedAt")
     SELECT gen_random_uuid()::text, $1, $2, 'Made for an end-to-end test.', 900, 50, true, id, now()
     FROM "Category" ORDER BY position LIMIT 1
     RETURNING id, slug`,
    [slug, title],
  );
  return row!;
}

/** A staff account of its own for a test that must not disturb the demo accounts (e.g. by pausing one). */
export async function createStaffRow(email: string, name: string, password: string, role: "owner" | "host") {
  const { hashPassword } = await import("better-auth/crypto");
  const hash = await hashPassword(password);
  const client = await shopDatabase();
  try {
    const [user] = (
      await client.query<{ id: string }>(
        `INSERT INTO "user" (id, name, email, "emailVerified", role, active, "createdAt", "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, false, $3, true, now(), now()) RETURNING id`,
        [name, email, role],
      )
    ).rows;
    await client.query(
      `INSERT INTO account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, 'credential', $1, $2, now(), now())`,
      [user!.id, hash],
    );
  } finally {
    await client.end();
  }
}
