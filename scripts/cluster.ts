// npm run cluster -- --instances 2 [--port 8080]: N production instances of the shop on free ports,
// sharing one Postgres (DATABASE_URL, or the embedded one in DATA_DIR started once here) and one
// Redis (REDIS_URL, or a redis-server started here), behind Debian's nginx with deploy/nginx.conf.
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
});

async function main() {
  const { values } = parseArgs({ options: { instances: { type: "string" }, port: { type: "string" } } });
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
  logger.info(
    { instances: cluster.instances.map((i) => i.url), redis: cluster.redisUrl, nginxConfig: cluster.nginx.configFile },
    "Open Kitchen runs on %d instances behind nginx at %s (Ctrl-C stops everything)",
    cluster.instances.length,
    cluster.url,
  );
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) logger.fatal(error.message);
  else logger.fatal({ err: error }, "the cluster could not start");
  process.exit(1);
});
