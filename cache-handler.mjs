// Next's page and data cache in Redis, used only when REDIS_URL is set (see next.config.ts): every
// instance reads and writes the same entries, and updateTag on one instance expires them for all.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import { createClient } from "redis";

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
  return {
    handlers: [
      createRedisHandler({
        client,
        // Entries of one build only: during a rolling restart the old and new builds do not mix pages.
        keyPrefix: `ok:next:${buildId}:`,
        sharedTagsKey: "__sharedTags__",
        sharedTagsTtlKey: "__sharedTagsTtl__",
        // A slow Redis makes a page render fresh rather than hang.
        timeoutMs: 1_000,
      }),
    ],
  };
});

export default CacheHandler;
