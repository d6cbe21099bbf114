// The shop's process: Next.js pages and Socket.IO on one port. No business logic here.
import { createServer } from "node:http";
import next from "next";
import { checkDeploymentEnv, drainDelayMs, parseServerEnv, EnvError } from "@/lib/platform/env";
import { logger } from "@/lib/platform/log/logger";
import { prepareDatabase, type PreparedDatabase } from "@/lib/runtime/server/prepare-database";
import { resolveAuthSecret } from "@/lib/runtime/server/resolve-secret";
import { createRealtimeServer, type RealtimeServer } from "@/lib/runtime/realtime/create-realtime-server";
import { allowedOrigins, publicOrigin } from "@/lib/platform/http/runtime-config";
import { db, disconnectDb } from "@/lib/platform/db/client";
import { staffFromHeaders } from "@/lib/domains/auth/staff-from-headers";
import { registerShutdown } from "@/lib/runtime/server/register-shutdown";
import { trackHttp, type HttpDrain } from "@/lib/runtime/server/drain-http";
import { processPostLimiter } from "@/lib/domains/qa/post-limiter";
import { discardCachesOfAnotherDatabase } from "@/lib/runtime/server/next-cache-guard";
import { guardRequest } from "@/lib/platform/http/request-guard";
import { StartupRefusal, checkDemoStaffPasswords } from "@/lib/runtime/server/check-demo-staff";
import { startJobs, type Jobs } from "@/lib/runtime/jobs/start-jobs";

/** Set once shutdown is registered: a start that fails stops what had started, then exits 1. */
let stopAfterFailedStart: ((exitCode: number) => Promise<void>) | undefined;

async function main() {
  const env = checkDeploymentEnv(parseServerEnv());
  const running: {
    database?: PreparedDatabase;
    http?: HttpDrain;
    realtime?: RealtimeServer;
    jobs?: Jobs;
  } = {};
  /** When the shutdown's grace period ends: set when the signal arrives. */
  let graceEnds = 0;
  // Registered first, so a signal during start-up still stops the embedded Postgres. Order matters:
  // nothing a later step needs is gone before it runs, and the database outlives every request.
  stopAfterFailedStart = registerShutdown(logger, [
    {
      name: "answer health checks with 503 and keep serving while the load balancer moves away",
      timeoutMs: drainDelayMs(env) + 500,
      run: async () => {
        graceEnds = Date.now() + drainDelayMs(env) + env.SHUTDOWN_GRACE_MS;
        await running.http?.announce(drainDelayMs(env));
      },
    },
    {
      name: "stop accepting and finish requests in flight",
      timeoutMs: env.SHUTDOWN_GRACE_MS + 500,
      run: async () => running.http?.drain(env.SHUTDOWN_GRACE_MS),
    },
    { name: "stop the background jobs and the mail sender", timeoutMs: 1_000, run: async () => running.jobs?.stop() },
    {
      name: "store activity and the open view window, disconnect sockets",
      // Activity that fails to store is retried until the grace period ends (at least for a second).
      timeoutMs: env.SHUTDOWN_GRACE_MS + 2_000,
      run: async () => {
        await running.realtime?.close({ flushUntil: Math.max(graceEnds, Date.now() + 1_000) });
        running.http?.closeAll();
      },
    },
    { name: "close the database pools", timeoutMs: 500, run: () => disconnectDb() },
    // Past its limit the fast shutdown (SIGINT, already sent) completes on its own after we exit.
    { name: "stop the embedded Postgres", timeoutMs: 2_000, run: async () => running.database?.stop() },
  ]);

  const database = await prepareDatabase(env, logger);
  running.database = database;
  process.env.DATABASE_URL = database.url;
  await checkDemoStaffPasswords(env, db(), logger);
  const authSecret = resolveAuthSecret({
    given: env.AUTH_SECRET,
    dataDir: env.DATA_DIR,
    mayGenerate: !(env.NODE_ENV === "production" && env.DATABASE_URL),
  });
  process.env.AUTH_SECRET = authSecret;

  if (env.NODE_ENV === "production" && (await discardCachesOfAnotherDatabase(database.url))) {
    logger.info("discarded page caches built from another database");
  }

  const app = next({ dev: env.NODE_ENV === "development", hostname: "localhost", port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const httpServer = createServer((req, res) => {
    if (running.http?.intercept(req, res)) return;
    if (guardRequest(req, res, { proxyHops: env.TRUST_PROXY })) void handle(req, res);
  });
  running.realtime = await createRealtimeServer(httpServer, {
    allowedOrigins: allowedOrigins(),
    db,
    authSecret,
    identifyStaff: staffFromHeaders,
    log: logger,
    limiter: processPostLimiter(database.url),
    trustProxy: env.TRUST_PROXY,
    redisUrl: env.REDIS_URL,
    presenceExpiryMs: env.PRESENCE_EXPIRY_SECONDS * 1000,
    storePushIntervalMs: env.STORE_PUSH_INTERVAL_MS,
  });
  running.http = trackHttp(httpServer, logger);

  running.jobs = startJobs({
    db,
    databaseUrl: database.url,
    settings: running.realtime.settings,
    inShopNow: running.realtime.inShopNow,
    log: logger,
    buyerHelpIntervalMs: env.BUYER_HELP_INTERVAL_MS,
  });

  // A port in use fails here, inside main, so the start-up failure path below stops the database too.
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  logger.info("Open Kitchen is open at %s", publicOrigin());
}

main().catch(async (error: unknown) => {
  if (error instanceof EnvError || error instanceof StartupRefusal) logger.fatal(error.message);
  else logger.fatal({ err: error }, "the shop could not start");
  // Never left hanging: whatever started is stopped (each step time-boxed), and the exit code says it failed.
  if (stopAfterFailedStart) await stopAfterFailedStart(1);
  process.exit(1);
});
