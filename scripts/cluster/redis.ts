import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { findFreePort } from "@/lib/db/free-port";
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-redis-"));
  const redis = startProcess(
    "redis",
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { quiet: options.quiet ?? true },
  );
  await waitUntil("redis-server", () => answersPing(port), 20_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await redis.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
