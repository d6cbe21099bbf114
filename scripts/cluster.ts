// npm run cluster -- --instances 2 [--port 8080]: N production instances of the shop on free ports,
// sharing one Postgres (DATABASE_URL, or the embedded one in DATA_DIR started once here) and one
// Redis (REDIS_URL, or a redis-server started here), behind Debian's nginx with deploy/nginx.conf.
// A rolling restart (every instance replaced in turn, nobody noticing): `kill -HUP <pid>` (the pid is
// logged at start), or `--rolling-restart-after <seconds>` to run one once the cluster is up.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { EnvError, parseServerEnv } from "@/lib/platform/env";
import { logger } from "@/lib/platform/log/logger";
import { startShopCluster } from "./cluster/start-cluster";

const ZArgs = z.object({
  instances: z.coerce.number().int().min(1).max(16).default(2),
  port: z.coerce.number().int().min(1).max(65535).default(8080),
  "rolling-restart-after": z.coerce.number().int().min(0).max(86_400).optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { instances: { type: "string" }, port: { type: "string" }, "rolling-restart-after": { type: "string" } },
  });
  const parsed = ZArgs.safeParse(values);
  if (!parsed.success)
    throw new EnvError(
      `Invalid arguments: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const env = parseServerEnv();
  if (!fs.existsSync(".next/BUILD_ID")) {
    logger.info("no production build yet: running next build");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  const cluster = await startShopCluster({
    instances: parsed.data.instances,
    port: parsed.data.port,
    env,
    log: logger,
  });
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  let restarting: Promise<void> | null = null;
  const rollingRestart = () => {
    if (restarting) return logger.info("a rolling restart is already under way");
    logger.info("rolling restart: replacing every instance in turn");
    restarting = cluster
      .rollingRestart()
      .then(() => logger.info("rolling restart done"))
      .catch((err: unknown) => logger.error({ err }, "rolling restart failed"))
      .finally(() => (restarting = null));
  };
  process.on("SIGHUP", rollingRestart);
  const after = parsed.data["rolling-restart-after"];
  if (after !== undefined) setTimeout(rollingRestart, after * 1000);
  logger.info(
    { instances: cluster.instances.map((i) => i.url), redis: cluster.redisUrl, nginxConfig: cluster.nginx.configFile },
    "Open Kitchen runs on %d instances behind nginx at %s (Ctrl-C stops everything; kill -HUP %d restarts them in turn)",
    cluster.instances.length,
    cluster.url,
    process.pid,
  );
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) logger.fatal(error.message);
  else logger.fatal({ err: error }, "the cluster could not start");
  process.exit(1);
});
