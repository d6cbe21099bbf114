// What a rolling restart must not disturb (tests/e2e/rolling-restart.spec.ts, bench/rolling-restart.ts): page
// GETs, server-action POSTs (add to cart, checkout) from real browsers, socket posts, and a socket reader
// that catches up after each move — all through nginx. Counts every outcome; the caller judges them.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { io as connect } from "socket.io-client";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { emitWithAck, type LiveSocket } from "@/components/live/connection/emit-with-ack";
import { catchUpQa } from "@/components/live/connection/catch-up";
import { newerSeq } from "@/components/live/connection/sequence";
import { addToCart, checkOut } from "../e2e-support/shop";

export interface RestartLoadOptions {
  /** nginx in front of the cluster. */
  url: string;
  browser: Browser;
  product: { id: string; slug: string; title: string };
  getters?: number;
  shoppers?: number;
  posters?: number;
  /** Between one poster's questions: all posters share one address's budget of 30 posts a minute. */
  postEveryMs?: number;
}

export interface RestartLoadCounts {
  /** `transportRetries`: GETs sent again after their connection to nginx closed under them (not failures). */
  gets: { ok: number; failed: string[]; transportRetries: string[] };
  /** Browser shoppers: one cycle is a product page, add to cart and checkout, each a new shopper. */
  /** `slow`: a step that timed out with no error on the page and no failed request (a loaded box). */
  checkouts: { ok: number; orderIds: string[]; failed: string[]; slow: string[] };
  /** Responses of 5xx or failed requests seen by the browsers (their pages, actions, scripts). */
  browserFailures: string[];
  posts: { keys: Map<string, string>; acked: Set<string>; retries: number };
  reader: { questionIds: Set<string>; connects: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An error with its cause (undici's "fetch failed" says why only there). */
function describe(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return `${String(error)}${cause ? ` (${cause.code ?? cause.message ?? ""})` : ""}`;
}

async function getOnce(address: string): Promise<{ status: number }> {
  const response = await fetch(address, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { status: response.status };
}

async function shopperCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/api/shopper`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie.startsWith("ok_shopper=")) throw new Error(`no shopper cookie from ${url}/api/shopper`);
  return cookie;
}

function socketTo(url: string, cookie: string): LiveSocket {
  return connect(url, {
    transports: ["websocket"],
    extraHeaders: { origin: url, cookie },
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 1_000,
  });
}

/** Starts the load; `stop()` ends it, lets what is under way finish, and returns the counts. */
export async function startRestartLoad(options: RestartLoadOptions) {
  const { url, browser, product } = options;
  const counts: RestartLoadCounts = {
    gets: { ok: 0, failed: [], transportRetries: [] },
    checkouts: { ok: 0, orderIds: [], failed: [], slow: [] },
    browserFailures: [],
    posts: { keys: new Map(), acked: new Set(), retries: 0 },
    reader: { questionIds: new Set(), connects: 0 },
  };
  let running = true;
  /** After stop(): in-flight posts may still be retried until then, and are given up (unacked) after. */
  let giveUpAt = Number.POSITIVE_INFINITY;
  let n = 0;

  const getter = async () => {
    const paths = ["/", `/products/${product.slug}`];
    while (running) {
      // Half the requests miss nginx's short page cache, so they reach an instance.
      const path = `${paths[n % 2]}${n % 4 < 2 ? `?r=${n}` : ""}`;
      n++;
      try {
        const response = await getOnce(`${url}${path}`).catch((error: unknown) => {
          // A kept-alive connection that nginx closed as a request went out (an old worker exiting after a
          // reload): like browsers (RFC 9110 §9.2.2), the client sends an idempotent request again, once.
          counts.gets.transportRetries.push(`GET ${path}: ${describe(error)}`);
          return getOnce(`${url}${path}`);
        });
        if (response.status === 200) counts.gets.ok++;
        else counts.gets.failed.push(`GET ${path}: ${response.status}`);
      } catch (error) {
        counts.gets.failed.push(`GET ${path}: ${describe(error)}`);
      }
    }
  };

  const watchFailures = (page: Page) => {
    page.on("response", (r) => {
      if (r.status() >= 500) counts.browserFailures.push(`${r.request().method()} ${r.url()}: ${r.status()}`);
    });
    page.on("requestfailed", (r) => {
      const reason = r.failure()?.errorText ?? "";
      // A prefetch or a navigation the page itself abandoned is not a failed request.
      if (!reason.includes("ERR_ABORTED")) counts.browserFailures.push(`${r.method()} ${r.url()}: ${reason}`);
    });
  };

  const shopper = async () => {
    while (running) {
      const context = await browser.newContext({ baseURL: url });
      const page = await context.newPage();
      watchFailures(page);
      try {
        await page.goto(`/products/${product.slug}`);
        await addToCart(page, product.title, 1);
        const orderUrl = await checkOut(page);
        counts.checkouts.ok++;
        counts.checkouts.orderIds.push(orderUrl.split("/").pop()!);
      } catch (error) {
        // A step that timed out on a slow box is not a failure; a page that says something went wrong is.
        const shown = await page
          .locator("body")
          .innerText()
          .catch(() => "");
        const plain = String(error).replace(/\u001b\[\d+m/g, "");
        const what = plain.split("\n").filter(Boolean).slice(0, 3).join(" | ");
        if (/something went wrong|could not|try again/i.test(shown))
          counts.checkouts.failed.push(`${what} | page: ${shown.slice(0, 200)}`);
        else counts.checkouts.slow.push(what);
      } finally {
        await context.close();
      }
    }
  };

  const poster = async (index: number) => {
    const socket = socketTo(url, await shopperCookie(url));
    try {
      for (let i = 0; running; i++) {
        const key = randomUUID();
        const body = `Rolling restart question ${index}-${i} ${key.slice(0, 8)}`;
        counts.posts.keys.set(key, body);
        // The same key until the shop answers: a retry can never make a second question.
        let acked = false;
        while (!acked && Date.now() < giveUpAt) {
          const ack = await emitWithAck(socket, "qa:ask", { productId: product.id, body, idempotencyKey: key });
          acked = ack.ok;
          if (!acked) {
            counts.posts.retries++;
            await sleep(200);
          }
        }
        if (acked) counts.posts.acked.add(key);
        // Paced, but quick to notice stop().
        for (let waited = 0; running && waited < (options.postEveryMs ?? 8_000); waited += 250) await sleep(250);
      }
    } finally {
      socket.disconnect();
    }
  };

  // The reader: live pushes between drops, and a catch-up from its cursor on every (re)connect.
  const reader = socketTo(url, await shopperCookie(url));
  let cursor = "0";
  const seen = (threads: TQaThread[]) => {
    for (const t of threads) if (t.product.id === product.id) counts.reader.questionIds.add(t.id);
  };
  const catchUp = async () => {
    const result = await catchUpQa(reader, product.id, cursor, (threads) => seen(threads));
    if (result.ok) cursor = newerSeq(cursor, result.data.cursor);
    return result.ok;
  };
  reader.on("connect", () => {
    counts.reader.connects++;
    void emitWithAck(reader, "presence:enter", { productId: product.id, lookingNow: false }).then(() => catchUp());
  });
  reader.on("qa:changed", ({ thread }) => seen([thread]));

  const workers = [
    ...Array.from({ length: options.getters ?? 3 }, () => getter()),
    ...Array.from({ length: options.shoppers ?? 2 }, () => shopper()),
    ...Array.from({ length: options.posters ?? 2 }, (_, i) => poster(i)),
  ];

  return {
    counts,
    async stop(): Promise<RestartLoadCounts> {
      running = false;
      giveUpAt = Date.now() + 30_000;
      await Promise.all(workers);
      // Whatever the reader may have missed live, it reads now, as a tab does on its next connect.
      for (let attempt = 0; attempt < 50 && !(reader.connected && (await catchUp())); attempt++) await sleep(200);
      reader.disconnect();
      return counts;
    },
  };
}
