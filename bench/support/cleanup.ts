import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Last resort when a server child died without stopping its embedded Postgres: the postmaster's pid
 * is the first line of postmaster.pid. SIGINT is Postgres's "fast shutdown".
 */
export function stopOrphanPostgres(dataDir: string): void {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    // already gone
  }
}

export async function waitForPostgresGone(dataDir: string, ms = 10_000): Promise<void> {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  const until = Date.now() + ms;
  while (existsSync(pidFile) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `cleanup` once, on normal exit paths and on Ctrl-C / SIGTERM of the bench itself. */
export function onInterrupt(cleanup: () => Promise<void>): void {
  let running = false;
  const handler = (signal: NodeJS.Signals) => {
    if (running) return;
    running = true;
    console.error(`\n${signal}: stopping the bench's processes…`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
