import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import os from "node:os";

/**
 * On a 2-core box the load generator and the server must not fight over one core: the bench pins
 * itself (and whatever it starts before re-pinning) to CPU0, starts the server side, then moves
 * itself to CPU1. Children keep the affinity they were born with. BENCH_PIN=0 turns this off.
 */
export function pinningEnabled(): boolean {
  if (process.env.BENCH_PIN === "0" || os.cpus().length < 2) return false;
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Moves every thread of this process to one CPU; returns false when the OS refused. */
export function pinSelf(cpu: number): boolean {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", String(cpu), String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Lets this process (and what it starts next) run on every CPU again. */
export function unpinSelf(): boolean {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", `0-${os.cpus().length - 1}`, String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function fdLimit(which: "-Sn" | "-Hn"): number {
  try {
    const out = execFileSync("sh", ["-c", `ulimit ${which}`], { encoding: "utf8" }).trim();
    return out === "unlimited" ? Number.POSITIVE_INFINITY : Number(out);
  } catch {
    return Number.NaN;
  }
}

export function softFdLimit(): number {
  return fdLimit("-Sn");
}

/**
 * Makes sure this process may open `needed` descriptors. Node cannot raise its own limit, so when it
 * is too low the bench re-runs itself through `bash -c 'ulimit -n …; exec …'` (raising the soft limit up
 * to the hard one needs no privileges) and returns the child's exit code; otherwise returns undefined.
 */
export async function ensureFdLimit(needed: number): Promise<number | undefined> {
  const current = softFdLimit();
  if (!(current < needed)) return undefined;
  const hard = fdLimit("-Hn");
  if (process.env.BENCH_FD_RAISED === "1" || hard < needed) {
    throw new Error(
      `open-file limit is ${current} (hard ${hard}) but ${needed} are needed: raise the hard limit ` +
        `(e.g. as root: ulimit -Hn ${needed}) or lower BENCH_SOCKETS`,
    );
  }
  console.log(`ulimit -n is ${current}; re-running with ulimit -n ${needed}`);
  const args = [...process.execArgv, ...process.argv.slice(1)];
  const child = spawn("bash", ["-c", `ulimit -Sn ${needed} && exec "$0" "$@"`, process.execPath, ...args], {
    stdio: "inherit",
    env: { ...process.env, BENCH_FD_RAISED: "1" },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** Resolves with the child's exit code, or kills it after `ms` and resolves with null. */
export function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
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

/** Waits for the first IPC message of a given type from a forked child. */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: T["type"], ms = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no "${type}" message from child within ${ms} ms`));
    }, ms);
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === type) {
        cleanup();
        resolve(message as T);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child exited (code ${code}) before sending "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
