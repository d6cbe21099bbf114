// The randomized history check of issue 19 §1 (tests/integration/history-check.test.ts short,
// bench/history.ts long): many writers post Q&A changes through nginx to two instances, readers drop and
// reconnect at random, an instance is killed -9 and Postgres restarts in the middle. At the end every
// reader's view — built only from what its catch-up reads returned — must equal the database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { catchUpQa } from "@/components/live/connection/catch-up";
import { newerSeq } from "@/components/live/connection/sequence";
import { openAt } from "./cluster-harness";
import type { TestClient } from "./realtime-harness";

export interface HistoryOptions {
  /** nginx in front of the instances. */
  url: string;
  databaseUrl: string;
  productIds: string[];
  writers: number;
  readers: number;
  /** Changes (stored questions) to make in all. */
  changes: number;
  /** Run once a share of the changes is stored: kill -9 of an instance, a Postgres restart. */
  chaos: { at: number; name: string; run: () => Promise<void> }[];
  /** Deterministic randomness (a seed), so a failing run can be replayed. */
  seed?: number;
  log?: (message: string) => void;
}

export interface HistoryResult {
  stored: number;
  acked: number;
  /** Per reader: stored questions its reads never returned; questions it holds that are not stored. */
  readers: { lost: number; phantom: number; reconnects: number; rereads: number }[];
  /** Idempotency keys stored more than once (a retry that made a second question). */
  doubled: number;
  retries: number;
  chaosRan: string[];
}

/** mulberry32: small, seedable, good enough to vary timings. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runHistory(options: HistoryOptions): Promise<HistoryResult> {
  const rand = random(options.seed ?? 19);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  const log = options.log ?? (() => undefined);
  let acked = 0;
  let retries = 0;
  let claimed = 0;
  const chaosRan: string[] = [];
  const sockets: TestClient[] = [];
  const open = (reconnect: boolean) => {
    const socket = openAt(options.url, { shopperId: randomUUID(), reconnect });
    sockets.push(socket);
    return socket;
  };

  const writer = async () => {
    const socket = open(true);
    while (claimed < options.changes) {
      claimed++;
      const key = randomUUID();
      const input = { productId: pick(options.productIds), body: `History ${key}`, idempotencyKey: key };
      // The same key until the shop answers it: through a kill -9 and a Postgres restart.
      for (;;) {
        const ack = await emitWithAck(socket, "qa:ask", input);
        if (ack.ok) break;
        retries++;
        await sleep(100 + rand() * 400);
      }
      acked++;
      // Each person's event budget is 6 a second.
      await sleep(200 + rand() * 100);
    }
  };

  const readers = Array.from({ length: options.readers }, () => {
    const productId = pick(options.productIds);
    const socket = open(true);
    const state = { productId, socket, cursor: "0", read: new Set<string>(), reconnects: 0, rereads: 0, done: false };
    const catchUp = async () => {
      const result = await catchUpQa(socket, productId, state.cursor, (threads: TQaThread[]) => {
        for (const t of threads) {
          if (state.read.has(t.id)) state.rereads++;
          state.read.add(t.id);
        }
      });
      if (result.ok) state.cursor = newerSeq(state.cursor, result.data.cursor);
      return result.ok;
    };
    socket.on("connect", () => {
      state.reconnects++;
      void emitWithAck(socket, "presence:enter", { productId, lookingNow: false }).then(() => catchUp());
    });
    // Live pushes are what a browser shows at once; the check judges only what the reads returned.
    const dropper = (async () => {
      while (!state.done) {
        await sleep(300 + rand() * 1_500);
        if (state.done) break;
        socket.disconnect();
        await sleep(rand() * 500);
        socket.connect();
      }
    })();
    return { state, catchUp, dropper };
  });

  const chaos = (async () => {
    for (const step of [...options.chaos].sort((a, b) => a.at - b.at)) {
      while (acked < step.at * options.changes) await sleep(50);
      log(`${step.name} after ${acked} changes`);
      await step.run();
      chaosRan.push(step.name);
    }
  })();

  await Promise.all(Array.from({ length: options.writers }, () => writer()));
  await chaos;
  const result: HistoryResult = { stored: 0, acked, readers: [], doubled: 0, retries, chaosRan };
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; productId: string; idempotencyKey: string }>(
      `SELECT id, "productId", "idempotencyKey" FROM "Question" WHERE "productId" = ANY($1)`,
      [options.productIds],
    );
    result.stored = rows.length;
    result.doubled = rows.length - new Set(rows.map((r) => r.idempotencyKey)).size;
    for (const { state, catchUp, dropper } of readers) {
      state.done = true;
      await dropper;
      if (!state.socket.connected) state.socket.connect();
      // The last read, as a tab makes on its next connect.
      for (let attempt = 0; attempt < 100 && !(state.socket.connected && (await catchUp())); attempt++) await sleep(100);
      const expected = new Set(rows.filter((r) => r.productId === state.productId).map((r) => r.id));
      result.readers.push({
        lost: [...expected].filter((id) => !state.read.has(id)).length,
        phantom: [...state.read].filter((id) => !expected.has(id)).length,
        reconnects: state.reconnects,
        rereads: state.rereads,
      });
    }
  } finally {
    await db.end();
    for (const socket of sockets) socket.disconnect();
  }
  return result;
}
