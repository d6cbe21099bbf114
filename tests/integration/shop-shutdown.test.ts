// The real shop in a child process: kill -9 mid-posting, SIGTERM under load, a frozen and a vanished Postgres.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/platform/db-setup/embedded-postgres";
import { isAlive, readPostmasterPid } from "@/lib/platform/db-setup/postmaster";
import { signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import {
  SHOP_SECRET,
  exitWithin,
  killGroup,
  refusesConnections,
  startShop,
  stopLeftoverPostgres,
  type ShopProcess,
} from "../support/shop-process";

type Ack = { ok: true; data: unknown } | { ok: false; error: unknown };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-shutdown-"));
const clusterDir = path.join(dataDir, "postgres");
const started: ShopProcess[] = [];
const sockets: Socket[] = [];

const cookieFor = (shopperId: string) => `ok_shopper=${signShopperId(shopperId, SHOP_SECRET)}`;

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function shop(via: "npm" | "node"): Promise<ShopProcess> {
  const s = await startShop({ dataDir, via });
  started.push(s);
  return s;
}

function openSocket(s: ShopProcess, shopperId: string): Promise<Socket> {
  const socket = connect(s.base, {
    transports: ["websocket"],
    extraHeaders: { origin: s.base, cookie: cookieFor(shopperId) },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const emit = (socket: Socket, event: string, payload: unknown) =>
  new Promise<Ack>((resolve) => socket.emit(event, payload, resolve));

/** A superuser connection to the shop's embedded cluster (joins it while the shop runs). */
async function admin(): Promise<pg.Client> {
  const { url } = await startEmbeddedPostgres(dataDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The postmaster and its backends: SIGSTOP on all of them is a frozen database server. */
function postgresProcesses(): number[] {
  const postmaster = readPostmasterPid(clusterDir)!.pid;
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postmaster)], { encoding: "utf8" })
    .split("\n")
    .map(Number)
    .filter((pid) => pid > 0);
  return [postmaster, ...children];
}

let productId = "";
const asked = new Map<string, { shopperId: string; body: string; acked: boolean }>();

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const s of started) killGroup(s.child);
  await stopLeftoverPostgres(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe.sequential("the shop process", () => {
  it("kill -9 while shoppers post: every acknowledged question is stored once, and a resent one is not doubled", async () => {
    const first = await shop("node");
    const client = await admin();
    productId = (await client.query<{ id: string }>(`SELECT id FROM "Product" WHERE published LIMIT 1`)).rows[0]!.id;
    await client.end();

    // Four shoppers (the default limit is 6 posts a minute each), each posting one question after another.
    const shoppers = Array.from({ length: 4 }, () => randomUUID());
    let acks = 0;
    const loops = shoppers.map(async (shopperId) => {
      const socket = await openSocket(first, shopperId);
      for (let i = 0; i < 5 && socket.connected; i++) {
        const idempotencyKey = randomUUID();
        const body = `Does batch ${i} of shopper ${shopperId.slice(0, 8)} keep well?`;
        asked.set(idempotencyKey, { shopperId, body, acked: false });
        const ack = await Promise.race([
          emit(socket, "qa:ask", { productId, body, idempotencyKey }),
          new Promise<null>((resolve) => socket.once("disconnect", () => resolve(null))),
        ]);
        if (ack?.ok) {
          asked.get(idempotencyKey)!.acked = true;
          acks += 1;
        }
      }
    });
    await until(() => acks >= 6, "six acknowledged posts", 60_000);
    first.child.kill("SIGKILL");
    await Promise.all(loops);
    expect(await exitWithin(first.child, 10_000)).toBeNull(); // killed, not exited

    // The killed shop could not stop its Postgres; the next one starts it again as its own.
    await stopLeftoverPostgres(dataDir);
    const second = await shop("npm");
    const resent = [...asked].filter(([, post]) => !post.acked);
    for (const [idempotencyKey, post] of resent) {
      const socket = await openSocket(second, post.shopperId);
      const ack = await emit(socket, "qa:ask", { productId, body: post.body, idempotencyKey });
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
      post.acked = true;
      socket.disconnect();
    }

    const check = await admin();
    const { rows } = await check.query<{ key: string; n: string }>(
      `SELECT "idempotencyKey" AS key, count(*) AS n FROM "Question" WHERE "shopperId" = ANY($1) GROUP BY 1`,
      [shoppers],
    );
    await check.end();
    const stored = new Map(rows.map((r) => [r.key, Number(r.n)]));
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    for (const [key, post] of asked) if (post.acked) expect(stored.get(key), key).toBe(1);
    expect(stored.size).toBe([...asked.values()].filter((p) => p.acked).length);
  }, 240_000);

  it("SIGTERM to `npm run dev` under load: requests in flight complete, the open view window is stored, Postgres stops last", async () => {
    const s = started.at(-1)!;
    const shopperId = randomUUID();
    const cookie = cookieFor(shopperId);
    expect((await fetch(`${s.base}/api/cart`, { headers: { cookie } })).status).toBe(200); // compiled and warm

    // A view noted by a socket: it sits in the open (one-minute) view window until shutdown flushes it.
    const viewer = await openSocket(s, shopperId);
    expect((await emit(viewer, "presence:enter", { productId, lookingNow: false })).ok).toBe(true);

    // Hold the cart table so 30 cart reads are provably in flight inside the shop when SIGTERM arrives.
    const locker = await admin();
    const watcher = await admin();
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "Cart" IN ACCESS EXCLUSIVE MODE`);
    const responses = Array.from({ length: 30 }, () =>
      fetch(`${s.base}/api/cart`, { headers: { cookie } }).then(
        async (r) => ({ status: r.status, body: await r.text() }),
        (error: unknown) => ({ status: 0, body: String(error) }),
      ),
    );
    await until(async () => {
      const { rows } = await watcher.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%Cart%'`,
      );
      return Number(rows[0]!.n) >= 10; // the shop's whole pool is waiting; the other 20 wait for a connection
    }, "the shop's pool to wait on the lock");
    await watcher.end();

    s.child.kill("SIGTERM"); // npm's pid: the signal must reach node through npm and sh
    await until(() => refusesConnections(s.port), "the shop to stop accepting connections");
    await locker.query("COMMIT");
    await locker.end();

    const results = await Promise.all(responses);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(await exitWithin(s.child, 15_000)).toBe(0);
    // The shop asked Postgres to stop (fast shutdown) as its last step; the postmaster is gone or going.
    await until(() => {
      const postmaster = readPostmasterPid(clusterDir);
      return postmaster === undefined || !isAlive(postmaster.pid);
    }, "the embedded Postgres to stop", 10_000);

    const own = await startEmbeddedPostgres(dataDir);
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    const { rows } = await client.query<{ count: number }>(
      `SELECT count FROM "ActivityEvent" WHERE kind = 'view' AND "productId" = $1`,
      [productId],
    );
    await client.end();
    await own.stop();
    expect(rows.map((r) => r.count)).toEqual([1]);
  }, 180_000);

  it("a frozen Postgres makes /api/health answer 503; SIGTERM with Postgres gone exits 0 well before a 15 s kill", async () => {
    const s = await shop("npm");
    const frozen = postgresProcesses();
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    try {
      const health = await fetch(`${s.base}/api/health`, { signal: AbortSignal.timeout(8_000) });
      expect(health.status).toBe(503);
    } finally {
      for (const pid of frozen) process.kill(pid, "SIGCONT");
    }
    await until(async () => (await fetch(`${s.base}/api/health`)).ok, "health to recover");

    // Something to flush at shutdown, and a socket to disconnect.
    const viewer = await openSocket(s, randomUUID());
    expect((await emit(viewer, "presence:enter", { productId, lookingNow: false })).ok).toBe(true);

    const postmaster = readPostmasterPid(clusterDir)!.pid;
    process.kill(postmaster, "SIGQUIT"); // immediate shutdown: the database is gone, not stopping
    await until(() => !isAlive(postmaster), "Postgres to exit");

    s.child.kill("SIGTERM");
    expect(await exitWithin(s.child, 15_000)).toBe(0);
  }, 180_000);
});
