import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import { waitForExit } from "./processes";
import { removeDir, stopOrphanPostgres, waitForPostgresGone } from "./cleanup";

export interface ShopProcess {
  base: string;
  child: ChildProcess;
  dataDir: string;
  stop(): Promise<number | null>;
}

async function waitForHealth(base: string, shop: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (shop.exitCode !== null) throw new Error(`the shop exited with code ${shop.exitCode} before it was healthy`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the shop was not healthy within ${ms / 1000} s`);
}

/** The real shop (production build, its own embedded Postgres with the demo store in a temp DATA_DIR). */
export async function startShopProcess(options: { authSecret: string; prefix: string }): Promise<ShopProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `ok-bench-${options.prefix}-`));
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    AUTH_SECRET: options.authSecret,
    PUBLIC_ORIGIN: base,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", (line) => console.error(`[shop] ${line}`));
  }
  const stop = async () => {
    let code: number | null = child.exitCode;
    if (child.exitCode === null) {
      child.kill("SIGTERM"); // the shop's own shutdown stops its embedded Postgres
      code = await waitForExit(child, 20_000);
    }
    stopOrphanPostgres(dataDir);
    await waitForPostgresGone(dataDir);
    removeDir(dataDir);
    return code;
  };
  try {
    await waitForHealth(base, child, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, child, dataDir, stop };
}
