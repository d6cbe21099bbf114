// Next's page and data cache, with one rule Next does not have: an entry whose render began before one of
// its tags was expired is not stored. Next stamps an entry when it is stored, so a render that read a
// product before an owner's edit (or unpublish) and stored after it would pass for fresh: the old price,
// or a page that should be gone, served until something expired it again. The render's start comes from
// Next's request store (workAsyncStorage.requestStartTime); without one, an entry whose tags were expired
// in the last RENDER_WINDOW_MS is not stored. One process: Next's file-system cache underneath, expiry
// times in memory. With REDIS_URL (several instances): entries and expiry times in Redis, shared.
import { createRequire } from "node:module";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import { createClient } from "redis";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { workAsyncStorage } = require("next/dist/server/app-render/work-async-storage.external.js");

/** Longer than any render may take (statements time out at 15 s by default). */
export const RENDER_WINDOW_MS = 20_000;
const TAGS_HEADER = "x-next-cache-tags";

/** The tags an entry is expired by: a page's from its header, a data entry's from its context. */
function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",");
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/** When the render that produced an entry began, or, outside a request, the start of the window. */
function renderStartedAt() {
  const started = workAsyncStorage.getStore()?.requestStartTime;
  return typeof started === "number" ? started : Date.now() - RENDER_WINDOW_MS;
}

/** True when one of the tags was expired after `startedAt` (the entry may hold what was true before). */
function expiredSince(expiries, startedAt) {
  return expiries.some((at) => at !== null && at !== undefined && Number(at) >= startedAt);
}

const asList = (tags) => (typeof tags === "string" ? [tags] : [...tags]);

// ---- one instance: Next's own file-system cache, expiry times in this process

const globalForCache = globalThis;
globalForCache.okTagExpiries ??= new Map();
const localExpiries = globalForCache.okTagExpiries;

class GuardedFileSystemCache extends FileSystemCache {
  async revalidateTag(tags, durations) {
    const now = Date.now();
    for (const tag of asList(tags)) localExpiries.set(tag, now);
    return super.revalidateTag(tags, durations);
  }

  async set(key, data, ctx) {
    const tags = tagsOf(data, ctx);
    if (
      data &&
      expiredSince(
        tags.map((tag) => localExpiries.get(tag)),
        renderStartedAt(),
      )
    )
      return;
    return super.set(key, data, ctx);
  }
}

// ---- several instances: entries and expiry times in Redis

let shared = null;

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` creates the handler too, without a build id: it gets a throw-away memory cache.
  if (!buildId || !process.env.REDIS_URL) return { handlers: [createLruHandler()] };
  const client = createClient({
    url: process.env.REDIS_URL,
    name: "open-kitchen-next-cache",
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) },
  });
  let warned = false;
  client.on("error", (err) => {
    if (!warned) console.warn("[next-cache] redis connection error:", err?.message ?? err);
    warned = true;
  });
  client.on("ready", () => (warned = false));
  await client.connect();
  // Entries of one build only: during a rolling restart the old and new builds do not mix pages.
  const keyPrefix = `ok:next:${buildId}:`;
  shared = { client, expiriesKey: `${keyPrefix}__tag_expiries__` };
  return {
    handlers: [
      createRedisHandler({
        client,
        keyPrefix,
        sharedTagsKey: "__sharedTags__",
        sharedTagsTtlKey: "__sharedTagsTtl__",
        // A slow Redis makes a page render fresh rather than hang.
        timeoutMs: 1_000,
      }),
    ],
  };
});

class GuardedRedisCache extends CacheHandler {
  async revalidateTag(tags, durations) {
    const list = asList(tags);
    if (shared?.client.isReady && list.length > 0) {
      const now = String(Date.now());
      await shared.client.hSet(shared.expiriesKey, Object.fromEntries(list.map((tag) => [tag, now])));
    }
    return super.revalidateTag(tags, durations);
  }

  async set(key, data, ctx) {
    const tags = tagsOf(data, ctx);
    if (data && tags.length > 0 && shared?.client.isReady) {
      const expiries = await shared.client.hmGet(shared.expiriesKey, tags);
      if (expiredSince(expiries, renderStartedAt())) return;
    }
    return super.set(key, data, ctx);
  }
}

export default process.env.REDIS_URL ? GuardedRedisCache : GuardedFileSystemCache;
