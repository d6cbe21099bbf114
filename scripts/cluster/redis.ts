import os from "node:os";
import net from "node:net";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import { requireCommand, startProcess, waitUntil } from "./processes";

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("error", () => resolve(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.destroy();
    });
  });
}

/** A throw-away redis-server on a free loopback port, without persistence. */
export async function startRedis(options: { quiet?: boolean } = {}): Promise<RunningRedis> {
  const binary = requireCommand(
    "redis-server",
    "install Debian's redis-server (apt-get install redis-server) or set REDIS_URL",
  );
  const port = await findFreePort();
  const redis = startProcess(
    "redis",
    binary,
    // Nothing is persisted, so it writes no file in its working directory.
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", os.tmpdir()],
    { quiet: options.quiet ?? true },
  );
  let exit: string | undefined;
  redis.child.once("exit", (code) => (exit = `exited with code ${code}`));
  await waitUntil(
    "redis-server",
    () => answersPing(port),
    20_000,
    () => exit,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => redis.stop(),
  };
}
