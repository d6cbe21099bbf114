// Sockets and activity while Postgres is stopped and after it starts again (a dedicated cluster: the shared one stays up).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { createProduct } from "../factories/catalog";
import { signedInStaff } from "../support/staff-session";
import type { TestDatabase } from "../support/test-database";
import { TEST_ORIGIN, TEST_SECRET, request, type ClientOptions, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-outage-"));
let postgres: EmbeddedDatabase;
let port: number;
let productId: string;
let hostCookie: string;

/** A database of its own on a cluster of its own, which the test stops and starts again. */
async function outageDatabase(): Promise<TestDatabase> {
  postgres = await startEmbeddedPostgres(dir, "postgres");
  port = Number(new URL(postgres.url).port);
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query("CREATE DATABASE ok_outage");
  await admin.end();
  const url = new URL(postgres.url);
  url.pathname = "/ok_outage";
  await applyMigrations(url.toString());
  const db = createDb(url.toString(), 4);
  return { url: url.toString(), db, drop: () => db.$disconnect() };
}

const suite = realtimeSuite({
  staff: true,
  database: outageDatabase,
  afterClose: async () => {
    await postgres?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  timeoutMs: 120_000,
});

type Outcome = { connected: true } | { connected: false; message: string; data: unknown };

/** Connects once and reports how the handshake ended, as the browser's connect_error handler sees it. */
function handshake(options: ClientOptions): Promise<{ client: TestClient; outcome: Outcome }> {
  const client = suite.open(options);
  return new Promise((resolve) => {
    client.once("connect", () => resolve({ client, outcome: { connected: true } }));
    client.once("connect_error", (error) =>
      resolve({
        client,
        outcome: { connected: false, message: error.message, data: (error as Error & { data?: unknown }).data },
      }),
    );
  });
}

/** What the browser does on a retryable refusal: try again, a few times, until it is let in. */
async function connectRetrying(options: ClientOptions): Promise<TestClient> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    const { client, outcome } = await handshake(options);
    if (outcome.connected) return client;
    expect(outcome.data).toEqual({ retryable: true });
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("never connected");
}

const ask = (client: TestClient) =>
  request(client, "qa:ask", { productId, body: "Does this keep after opening?", idempotencyKey: randomUUID() });

beforeAll(async () => {
  productId = (await createProduct(suite.t.db)).id;
  hostCookie = (await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET)).cookie;
});

describe("a database outage", () => {
  it("lets shoppers in (or refuses retryably), refuses staff retryably, keeps activity, and recovers when Postgres is back", async () => {
    // Before: a post, so the rate limiter's pool holds a connection that the outage will break.
    const before = await connectRetrying({ shopperId: randomUUID() });
    expect((await ask(before)).ok).toBe(true);
    before.disconnect();

    await postgres.stop();

    const shopperId = randomUUID();
    const during = await handshake({ shopperId });
    if (!during.outcome.connected) expect(during.outcome.data).toEqual({ retryable: true });
    const staff = await handshake({ cookie: hostCookie });
    expect(staff.outcome).toMatchObject({ connected: false, data: { retryable: true } });

    // An event recorded during the outage is kept for a retry, not dropped.
    suite.h.realtime.activity.enqueue({ kind: "view", productId, count: 7 });
    await suite.h.realtime.activity.flush();

    postgres = await startEmbeddedPostgres(dir, "postgres", undefined, port);

    const shopper = during.outcome.connected ? during.client : await connectRetrying({ shopperId });
    const posted = await ask(shopper);
    expect(posted.ok, JSON.stringify(posted)).toBe(true);
    const host = await connectRetrying({ cookie: hostCookie });
    expect(host.connected).toBe(true);

    await suite.h.realtime.activity.flush();
    const stored = await suite.t.db.activityEvent.findMany({
      where: { productId, kind: "view" },
      select: { count: true },
    });
    expect(stored.map((e) => e.count)).toEqual([7]);
  }, 90_000);
});
