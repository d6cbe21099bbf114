import type { TServerEnv } from "@/lib/platform/env";
import type { Logger } from "pino";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import { prepareDatabase } from "@/lib/runtime/server/prepare-database";
import { resolveAuthSecret } from "@/lib/runtime/server/resolve-secret";
import { startRedis } from "./redis";
import { startNginx, type RunningNginx } from "./nginx";
import { startShopInstance, type ShopInstance } from "./shop-instance";

export interface ShopCluster {
  url: string;
  instances: ShopInstance[];
  nginx: RunningNginx;
  redisUrl: string;
  databaseUrl: string;
  /**
   * Replaces instance `index` with a fresh process on the same port, nobody noticing (README, "Rolling
   * restarts"): nginx stops routing to it, it drains (SIGTERM: health 503, serves what still comes for
   * DRAIN_DELAY_MS, finishes what is in flight), the new one starts and is healthy, nginx routes to it again.
   */
  restart(index: number): Promise<void>;
  /** `restart` of every instance in turn. */
  rollingRestart(): Promise<void>;
  stop(): Promise<void>;
}

export interface ShopClusterOptions {
  instances: number;
  /** nginx's port; a free one when absent. */
  port?: number;
  env: TServerEnv;
  log: Logger;
  quiet?: boolean;
  cacheSeconds?: number;
}

/**
 * N production instances of the shop behind nginx, sharing one Postgres (DATABASE_URL or the embedded
 * one in DATA_DIR, migrated and seeded here once so instances never race for it) and one Redis
 * (REDIS_URL or a redis-server started here). Needs an existing `next build`.
 */
export async function startShopCluster(options: ShopClusterOptions): Promise<ShopCluster> {
  const { env, log } = options;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch((err: unknown) => log.error({ err }, "stop failed"));
  };
  try {
    const database = await prepareDatabase(env, log);
    stops.push(() => database.stop());
    const authSecret = resolveAuthSecret({
      given: env.AUTH_SECRET,
      dataDir: env.DATA_DIR,
      mayGenerate: !env.DATABASE_URL,
    });
    const redis = env.REDIS_URL ? { url: env.REDIS_URL, stop: async () => undefined } : await startRedis();
    stops.push(() => redis.stop());

    const port = options.port ?? (await findFreePort());
    const origin = env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
    const ports = await Promise.all(Array.from({ length: options.instances }, () => findFreePort()));
    const direct = ports.map((p) => `http://127.0.0.1:${p}`);
    const instances: ShopInstance[] = [];
    const envOf = (): Record<string, string> => ({
      // The embedded Postgres is found through DATA_DIR (its postmaster.pid), as `npm start` finds it:
      // the instances attach to the one started here and it stays a demo database, not production.
      ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}),
      REDIS_URL: redis.url,
      AUTH_SECRET: authSecret,
      PUBLIC_ORIGIN: origin,
      // Each instance is also reachable directly (health checks, tests, benches).
      ALLOWED_ORIGINS: [`http://127.0.0.1:${port}`, ...direct, ...env.ALLOWED_ORIGINS].join(","),
      TRUST_PROXY: "1",
      SEED_DEMO: "never",
      LOG_LEVEL: env.LOG_LEVEL,
      UPLOAD_DIR: env.UPLOAD_DIR ?? `${env.DATA_DIR}/uploads`,
      DATA_DIR: env.DATA_DIR,
      ...(env.DRAIN_DELAY_MS === undefined ? {} : { DRAIN_DELAY_MS: String(env.DRAIN_DELAY_MS) }),
      SHUTDOWN_GRACE_MS: String(env.SHUTDOWN_GRACE_MS),
    });
    const start = (i: number) => startShopInstance(`app-${i + 1}`, ports[i]!, envOf(), { quiet: options.quiet });
    for (const i of ports.keys()) {
      // One after another: each start also checks Next's on-disk caches against the database.
      instances.push(await start(i));
      // Whichever process holds the slot now (a rolling restart replaces it).
      stops.push(() => instances[i]!.stop(30_000));
    }
    const nginx = await startNginx({
      listenPort: port,
      upstreams: ports.map((p) => `127.0.0.1:${p}`),
      cacheSeconds: options.cacheSeconds,
      quiet: options.quiet,
    });
    stops.push(() => nginx.stop());
    const upstreamOf = (i: number) => `127.0.0.1:${ports[i]}`;
    const restart = async (i: number) => {
      if (!instances[i]) throw new Error(`no instance ${i}`);
      log.info({ instance: instances[i].name }, "rolling restart: taking it out of rotation");
      await nginx.setDown([upstreamOf(i)]);
      // The instance drains on its own (server.ts); the budget covers the drain delay and the grace period.
      await instances[i].stop(60_000);
      instances[i] = await start(i);
      await nginx.setDown([]);
      log.info({ instance: instances[i].name }, "rolling restart: back in rotation");
    };
    const rollingRestart = async () => {
      for (const i of ports.keys()) await restart(i);
    };
    return {
      url: origin,
      instances,
      nginx,
      redisUrl: redis.url,
      databaseUrl: database.url,
      restart,
      rollingRestart,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
