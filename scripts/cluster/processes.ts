import { spawn, spawnSync, type ChildProcess } from "node:child_process";

/** Fails with a message that says what to install, rather than a bare ENOENT later. */
export function requireCommand(command: string, hint: string): string {
  const found = spawnSync(
    "sh",
    ["-c", `command -v ${command} || ls /usr/sbin/${command} /usr/bin/${command} 2>/dev/null`],
    {
      encoding: "utf8",
    },
  )
    .stdout.trim()
    .split("\n")[0];
  if (!found) throw new Error(`${command} is not installed: ${hint}`);
  return found;
}

export interface Started {
  child: ChildProcess;
  /** Ends the process (SIGTERM, then SIGKILL after `graceMs`) and waits for it. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawns a long-running process whose output is prefixed with its name (or dropped when quiet). */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; quiet?: boolean; cwd?: string } = {},
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const relay = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let partial = "";
    stream?.on("data", (chunk: Buffer) => {
      if (options.quiet) return;
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    child,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Polls until `check` resolves true, or fails naming what never became ready; `gone` says why waiting
 * is pointless (the process exited), so a crash is reported at once rather than at the timeout.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
  gone: () => string | undefined = () => undefined,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const reason = gone();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}
