// The shop's process: Next.js pages and Socket.IO on one port. No business logic here.
import { createServer } from "node:http";
import next from "next";
import { drainDelayMs, parseServerEnv, EnvError } from "@/lib/platform/env";
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
import { mailConfig, smtpServerLabel } from "@/lib/domains/mail/mail-config";
import { startMailOutbox } from "@/lib/runtime/jobs/mail-outbox";

async function main() {
  const env = parseServerEnv();
  const running: {
    database?: PreparedDatabase;
    http?: HttpDrain;
    realtime?: RealtimeServer;
    outbox?: { stop(): Promise<void> | void };
  } = {};
  /** When the shutdown's grace period ends: set when the signal arrives. */
  let graceEnds = 0;
  // Registered first, so a signal during start-up still stops the embedded Postgres. Order matters:
  // nothing a later step needs is gone before it runs, and the database outlives every request.
  registerShutdown(logger, [
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
    {
      name: "store activity and the open view window, disconnect sockets",
      // Activity that fails to store is retried until the grace period ends (at least for a second).
      timeoutMs: env.SHUTDOWN_GRACE_MS + 2_000,
      run: async () => {
        await running.realtime?.close({ flushUntil: Math.max(graceEnds, Date.now() + 1_000) });
        running.http?.closeAll();
      },
    },
    { name: "stop the mail sender", timeoutMs: 1_000, run: async () => running.outbox?.stop() },
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
    buyerHelpIntervalMs: env.BUYER_HELP_INTERVAL_MS,
    redisUrl: env.REDIS_URL,
    presenceExpiryMs: env.PRESENCE_EXPIRY_SECONDS * 1000,
  });
  running.http = trackHttp(httpServer, logger);

  const mail = mailConfig();
  running.outbox = mail ? startMailOutbox({ db, databaseUrl: database.url, mail, log: logger }) : undefined;
  if (mail) logger.info("order email goes out through %s", smtpServerLabel(mail));
  else logger.info("SMTP_URL is not set: no order email is sent, and no page says one was");

  httpServer.listen(env.PORT, env.HOST, () => logger.info("Open Kitchen is open at %s", publicOrigin()));
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof StartupRefusal) logger.fatal(error.message);
  else logger.fatal({ err: error }, "the shop could not start");
  process.exit(1);
});
