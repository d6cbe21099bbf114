import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface SenderProcess {
  child: ChildProcess;
  /** SIGKILL: the sender dies wherever it is, holding whatever it claimed. */
  kill(): Promise<void>;
}

/** Starts tests/support/mail-sender-child.ts under tsx and waits until it listens for new mail. */
export async function startSenderProcess(env: {
  DATABASE_URL: string;
  SMTP_URL: string;
  MAIL_FROM: string;
  OUTBOX_LEASE_MS: string;
}): Promise<SenderProcess> {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/support/mail-sender-child.ts")], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`sender exited (${code}) before ready: ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
