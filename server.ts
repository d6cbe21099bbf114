// The shop's process: Next.js pages and Socket.IO on one port. No business logic here.
import { createServer } from "node:http";
import next from "next";
import { parseServerEnv, EnvError } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { resolveAuthSecret } from "@/lib/server/resolve-secret";
import { createRealtimeServer } from "@/lib/realtime/create-realtime-server";
import { allowedOrigins, publicOrigin } from "@/lib/server/runtime-config";
import { db, disconnectDb } from "@/lib/db/client";
import { staffFromHeaders } from "@/lib/auth/staff-from-headers";
import { registerShutdown } from "@/lib/server/register-shutdown";
import { createPostLimiter } from "@/lib/rate-limit/post-limiter";
import { discardCachesOfAnotherDatabase } from "@/lib/server/next-cache-guard";
import { guardRequest } from "@/lib/server/request-guard";
import { StartupRefusal, checkDemoStaffPasswords } from "@/lib/server/check-demo-staff";

async function main() {
  const env = parseServerEnv();
  const database = await prepareDatabase(env, logger);
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
    if (guardRequest(req, res, { proxyHops: env.TRUST_PROXY })) void handle(req, res);
  });
  const realtime = await createRealtimeServer(httpServer, {
    allowedOrigins: allowedOrigins(),
    db,
    authSecret,
    identifyStaff: staffFromHeaders,
    log: logger,
    limiter: createPostLimiter(database.url),
    trustProxy: env.TRUST_PROXY,
    redisUrl: env.REDIS_URL,
    presenceExpiryMs: env.PRESENCE_EXPIRY_SECONDS * 1000,
  });

  httpServer.listen(env.PORT, env.HOST, () => logger.info("Open Kitchen is open at %s", publicOrigin()));
  registerShutdown(logger, [
    // Flushes pending activity, disconnects every socket, then closes the HTTP server and waits for in-flight requests.
    async () => {
      const closed = realtime.close();
      httpServer.closeIdleConnections();
      await closed;
    },
    () => disconnectDb(),
    () => database.stop(),
  ]);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof StartupRefusal) logger.fatal(error.message);
  else logger.fatal({ err: error }, "the shop could not start");
  process.exit(1);
});
