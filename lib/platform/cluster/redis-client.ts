import { createClient } from "redis";
import type { Logger } from "pino";
import { backoffDelay } from "@/lib/platform/backoff";

export type RedisClient = ReturnType<typeof createClient>;

const CONNECT_TIMEOUT_MS = 15_000;

/**
 * A connected node-redis client that reconnects by itself. Errors are logged, not thrown: while Redis
 * is away, commands wait in the client's queue (or fail) and the shop keeps serving pages. At start,
 * a Redis that never answers stops the shop with a message rather than hanging it.
 */
export async function connectRedis(url: string, log: Logger, name: string): Promise<RedisClient> {
  const client = createClient({
    url,
    name: `open-kitchen-${name}`,
    socket: { reconnectStrategy: (retries) => backoffDelay(retries, { baseMs: 50, maxMs: 2_000 }) },
  });
  let warned = false;
  client.on("error", (err: unknown) => {
    if (!warned) log.warn({ err, client: name }, "redis connection error");
    warned = true;
  });
  client.on("ready", () => (warned = false));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`REDIS_URL: no answer from Redis within ${CONNECT_TIMEOUT_MS / 1000} s`)),
      CONNECT_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (error) {
    client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return client;
}
