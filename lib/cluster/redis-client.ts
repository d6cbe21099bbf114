import { createClient } from "redis";
import type { Logger } from "pino";

export type RedisClient = ReturnType<typeof createClient>;

/**
 * A connected node-redis client that reconnects by itself. Errors are logged, not thrown: while Redis
 * is away, commands wait in the client's queue (or fail) and the shop keeps serving pages.
 */
export async function connectRedis(url: string, log: Logger, name: string): Promise<RedisClient> {
  const client = createClient({
    url,
    name: `open-kitchen-${name}`,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) },
  });
  let warned = false;
  client.on("error", (err: unknown) => {
    if (!warned) log.warn({ err, client: name }, "redis connection error");
    warned = true;
  });
  client.on("ready", () => (warned = false));
  await client.connect();
  return client;
}
