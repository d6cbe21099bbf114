// npm run bench:flood — does one socket flooding 1,000 events/s slow everyone else down?
//
// The real shop (production build, embedded Postgres, demo store) in a child process. Bystander
// shoppers measure socket acks (qa:since on a product) and product-page GETs, in interleaved rounds
// without and with a flood: one shopper socket sending 1,000 writes/s (qa:vote, qa:edit) that
// reconnects whenever the server hangs up on it. Reported as p99 ratios flood ÷ quiet, same run.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { io as connect, type Socket } from "socket.io-client";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { machineReport } from "./support/machine";
import { fmt, median, meets, percentile, table } from "./support/stats";
import { pinSelf, pinningEnabled } from "./support/processes";
import { onInterrupt } from "./support/cleanup";
import { startShopProcess } from "./support/shop-process";

const AUTH_SECRET = "bench-flood-secret-bench-flood-secret-0123";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const ROUND_S = Number(process.env.BENCH_DURATION ?? 4);
const BYSTANDERS = Number(process.env.BENCH_BYSTANDERS ?? 10);
const FLOOD_PER_S = Number(process.env.BENCH_FLOOD_RATE ?? 1000);
const AIM_RATIO = 1.2;

const log = (message: string) => console.log(`[bench:flood] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cookieFor = (shopperId: string) => `${SHOPPER_COOKIE}=${signShopperId(shopperId, AUTH_SECRET)}`;

function socketFor(base: string, shopperId: string): Socket {
  return connect(base, {
    transports: ["websocket"],
    extraHeaders: { origin: base, cookie: cookieFor(shopperId) },
    forceNew: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
  });
}

const ack = (socket: Socket, event: string, payload: unknown) =>
  new Promise<{ ok: boolean; error?: string }>((resolve) => socket.emit(event, payload, resolve));

/** Bystanders ask and load pages one after another for `seconds`; returns their latencies. */
async function measure(base: string, sockets: Socket[], productId: string, productPath: string, seconds: number) {
  const acks: number[] = [];
  const pages: number[] = [];
  const until = performance.now() + seconds * 1000;
  const socketLoop = async (socket: Socket) => {
    while (performance.now() < until) {
      const start = performance.now();
      const answer = await ack(socket, "qa:since", { productId, afterSeq: "0" });
      if (!answer.ok) throw new Error(`a bystander was refused: ${answer.error}`);
      acks.push(performance.now() - start);
      await sleep(250); // 4 events/s: well inside a socket's event budget
    }
  };
  const pageLoop = async (shopperId: string) => {
    while (performance.now() < until) {
      const start = performance.now();
      const res = await fetch(`${base}${productPath}`, { headers: { cookie: cookieFor(shopperId) } });
      await res.arrayBuffer();
      pages.push(performance.now() - start);
      await sleep(50);
    }
  };
  await Promise.all([...sockets.map(socketLoop), pageLoop(randomUUID()), pageLoop(randomUUID())]);
  return { ackP99: percentile(acks, 99), pageP99: percentile(pages, 99), samples: acks.length + pages.length };
}

/** One shopper sending FLOOD_PER_S writes per second, reconnecting whenever the server hangs up. */
function startFlood(base: string, questionId: string) {
  const socket = socketFor(base, randomUUID());
  let sent = 0;
  let refused = 0;
  let hangUps = 0;
  let stopped = false;
  // A hang-up by the server is not retried by socket.io-client; an attacker reconnects at once.
  socket.on("disconnect", () => {
    hangUps++;
    if (!stopped) setTimeout(() => socket.connect(), 20);
  });
  socket.on("connect_error", () => {
    if (!stopped) setTimeout(() => socket.connect(), 20);
  });
  const perTick = Math.max(1, Math.round(FLOOD_PER_S / 100));
  const timer = setInterval(() => {
    for (let i = 0; i < perTick; i++) {
      if (!socket.connected) return;
      sent++;
      const write =
        i % 2 === 0
          ? ["qa:vote", { post: { kind: "question", id: questionId }, on: sent % 4 === 0 }]
          : ["qa:edit", { post: { kind: "question", id: questionId }, body: `Flood ${sent}` }];
      socket.emit(write[0] as string, write[1], (a: { ok: boolean }) => void (a.ok || refused++));
    }
  }, 10);
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      socket.disconnect();
      return { sent, refused, hangUps };
    },
  };
}

async function main(): Promise<number> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npx next build` first.");
    return 1;
  }
  console.log(machineReport("npm run bench:flood"));
  if (pinningEnabled() && pinSelf(0)) log("pinning: shop and its Postgres on CPU0; clients on CPU1");
  const shop = await startShopProcess({ authSecret: AUTH_SECRET, prefix: "flood" });
  onInterrupt(async () => void (await shop.stop()));
  if (pinningEnabled()) pinSelf(1);
  try {
    const home = await (await fetch(`${shop.base}/`)).text();
    const slug = /href="\/products\/([^"?#/]+)"/.exec(home)?.[1];
    if (!slug) throw new Error("no product link on the home page");
    const productPath = `/products/${slug}`;
    const productId = /productId\\?"\s*:\s*\\?"([0-9a-f-]{36})/.exec(
      await (await fetch(`${shop.base}${productPath}`)).text(),
    )?.[1];
    if (!productId) throw new Error(`no product id in ${productPath}`);

    const asker = socketFor(shop.base, randomUUID());
    await new Promise<void>((r) => asker.once("connect", () => r()));
    const asked = (await new Promise((resolve) =>
      asker.emit("qa:ask", { productId, body: "What grind for a moka pot?", idempotencyKey: randomUUID() }, resolve),
    )) as { ok: boolean; data?: { thread: { id: string } }; error?: string };
    if (!asked.ok || !asked.data) throw new Error(`could not ask: ${asked.error}`);
    const questionId = asked.data.thread.id;

    const sockets = Array.from({ length: BYSTANDERS }, () => socketFor(shop.base, randomUUID()));
    await Promise.all(sockets.map((s) => new Promise<void>((r) => s.once("connect", () => r()))));
    await measure(shop.base, sockets, productId, productPath, 2); // warm-up

    const quiet: { ackP99: number; pageP99: number }[] = [];
    const flooded: { ackP99: number; pageP99: number }[] = [];
    const floods: { sent: number; refused: number; hangUps: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      quiet.push(await measure(shop.base, sockets, productId, productPath, ROUND_S));
      const flood = startFlood(shop.base, questionId);
      await sleep(500);
      flooded.push(await measure(shop.base, sockets, productId, productPath, ROUND_S));
      floods.push(flood.stop());
      await sleep(500);
    }
    for (const s of [...sockets, asker]) s.disconnect();

    const ratio = (k: "ackP99" | "pageP99") => median(flooded.map((f, i) => f[k] / quiet[i]![k]));
    const sum = (k: "sent" | "refused" | "hangUps") => floods.reduce((n, f) => n + f[k], 0);
    console.log(
      table(
        [
          "bystanders' p99",
          "quiet ms (median)",
          "flood ms (median)",
          "flood ÷ quiet (median of rounds)",
          `aim < ${AIM_RATIO}`,
        ],
        (["ackP99", "pageP99"] as const).map((k) => [
          k === "ackP99" ? "socket ack (qa:since)" : `GET ${productPath}`,
          fmt(median(quiet.map((q) => q[k]))),
          fmt(median(flooded.map((f) => f[k]))),
          fmt(ratio(k), 2),
          meets(ratio(k), AIM_RATIO, "max"),
        ]),
      ),
    );
    log(
      `flood: ${sum("sent")} writes sent at ~${FLOOD_PER_S}/s over ${ROUNDS} × ${ROUND_S} s, ${sum("refused")} refused, ` +
        `${sum("hangUps")} disconnects by the server; ${BYSTANDERS} bystander sockets + 2 page loaders`,
    );
    return 0;
  } finally {
    await shop.stop();
  }
}

process.exit(await main());
