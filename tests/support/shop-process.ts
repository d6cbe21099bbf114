import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import { readPostmasterPid, stopPostmaster } from "@/lib/platform/db-setup/postmaster";

export const SHOP_SECRET = "shop-process-test-secret-0123456789abcdef";

export interface ShopProcess {
  child: ChildProcess;
  base: string;
  port: number;
  /** Everything the shop printed, for failure messages. */
  output(): string;
}

export interface SpawnedShop {
  child: ChildProcess;
  /** Everything the shop printed so far. */
  output(): string;
}

/**
 * The real server entry (server.ts) in a child process, the way people start it: `npm run dev`
 * (npm → sh → node) or `node --import tsx server.ts`, with `env` on top of this process's. The one
 * place tests start the shop; `startShop` waits for it to be healthy, a test of a refused start
 * waits for its exit (`exitWithin`). `detached` puts it in its own process group (see killGroup).
 */
export function spawnShop(options: {
  env: Record<string, string | undefined>;
  via?: "npm" | "node";
  detached?: boolean;
}): SpawnedShop {
  const root = path.resolve(import.meta.dirname, "../..");
  const [command, args] =
    options.via === "npm" ? ["npm", ["run", "--silent", "dev"]] : [process.execPath, ["--import", "tsx", "server.ts"]];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/**
 * The real shop in development mode (integration tests run before `next build`) on a free port with
 * its embedded Postgres in `dataDir`, healthy when returned.
 */
export async function startShop(options: { dataDir: string; via: "npm" | "node" }): Promise<ShopProcess> {
  const port = await findFreePort();
  const env = {
    NODE_ENV: "development",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    AUTH_SECRET: SHOP_SECRET,
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
    // 30 requests queue for the pool in the load test; a loaded CI box must not turn that into timeouts.
    DB_CONNECT_TIMEOUT_MS: "20000",
    // The shop's own embedded Postgres and origin, whatever this process has.
    DATABASE_URL: undefined,
    PUBLIC_ORIGIN: undefined,
  };
  // Its own process group, so a failed test can kill npm, node and Postgres together (killGroup).
  const { child, output } = spawnShop({ env, via: options.via, detached: true });
  const shop = { child, base: `http://127.0.0.1:${port}`, port, output };
  await waitHealthy(shop, 120_000);
  return shop;
}

async function waitHealthy(shop: ShopProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (shop.child.exitCode !== null) throw new Error(`the shop exited early:\n${shop.output()}`);
    try {
      if ((await fetch(`${shop.base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the shop was not healthy within ${ms} ms:\n${shop.output()}`);
}

/** Last-resort cleanup: SIGKILL to the shop's whole process group (npm, node, the embedded Postgres). */
export function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** The exit code, or null when the child had to be killed after `ms`. */
export function exitWithin(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** True once nothing accepts connections on the port any more. */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** Stops a cluster left behind by a shop that was killed (kill -9 cannot stop its Postgres). */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const running = readPostmasterPid(path.join(dataDir, "postgres"));
  if (running) await stopPostmaster(running.pid);
}
