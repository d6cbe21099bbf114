import { fork, type ChildProcess } from "node:child_process";
import { io as connect } from "socket.io-client";
import { startRedis, type RunningRedis } from "@/scripts/cluster/redis";
import { startNginx, type RunningNginx } from "@/scripts/cluster/nginx";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import type { InstanceCommand, InstanceReply } from "./realtime-instance";
import { TEST_ORIGIN, TEST_SECRET, shopperCookie, type TestClient } from "./realtime-harness";
import type { TestDatabase } from "./test-database";

export interface Instance {
  name: string;
  url: string;
  instanceId: string;
  child: ChildProcess;
  command<T = unknown>(command: Command): Promise<T>;
  /** kill -9: no shutdown code runs, its presence must expire on its own. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface Cluster {
  redis: RunningRedis;
  nginx: RunningNginx;
  instances: Instance[];
  close(): Promise<void>;
}

let nextId = 1;
type Command = InstanceCommand extends infer C ? (C extends unknown ? Omit<C, "id"> : never) : never;

async function startInstance(
  name: string,
  t: Pick<TestDatabase, "url">,
  redisUrl: string,
  expiryMs: number,
  extraEnv: Record<string, string> = {},
): Promise<Instance> {
  const child = fork("tests/support/realtime-instance.ts", [], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      REDIS_URL: redisUrl,
      AUTH_SECRET: TEST_SECRET,
      PUBLIC_ORIGIN: TEST_ORIGIN,
      TEST_ORIGIN,
      PRESENCE_EXPIRY_MS: String(expiryMs),
      NODE_ENV: "test",
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, (result: unknown) => void>();
  const ready = new Promise<{ port: number; instanceId: string }>((resolve, reject) => {
    child.on("message", (message: InstanceReply) => {
      if ("type" in message) resolve(message);
      else pending.get(message.id)?.(message.result);
    });
    child.once("exit", (code) => reject(new Error(`instance ${name} exited with ${code} before it was ready`)));
  });
  const { port, instanceId } = await ready;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    instanceId,
    child,
    command: <T>(command: Command) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, (result) => {
          pending.delete(id);
          if (result && typeof result === "object" && "error" in result) reject(new Error(String(result.error)));
          else resolve(result as T);
        });
        child.send({ ...command, id });
      }),
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Two (or more) realtime instances in their own processes over one test database, a real
 * redis-server of their own (or REDIS_URL), and Debian's nginx in front with deploy/nginx.conf.
 */
export async function startCluster(
  t: Pick<TestDatabase, "url">,
  options: { instances?: number; expiryMs?: number; env?: Record<string, string> } = {},
): Promise<Cluster> {
  const redis = process.env.REDIS_URL
    ? { url: process.env.REDIS_URL, stop: async () => undefined }
    : await startRedis();
  const names = ["A", "B", "C", "D"].slice(0, options.instances ?? 2);
  const started = await Promise.allSettled(names.map((n) => startInstance(n, t, redis.url, options.expiryMs ?? 2_000, options.env)));
  const instances = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  let nginx: RunningNginx;
  try {
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    nginx = await startNginx({
      listenPort: await findFreePort(),
      upstreams: instances.map((i) => new URL(i.url).host),
      quiet: false,
    });
  } catch (error) {
    // Nothing may outlive a failed start: a stray redis-server or instance would hold its port.
    await Promise.all(instances.map((i) => i.stop()));
    await redis.stop();
    throw error;
  }
  return {
    redis,
    nginx,
    instances,
    close: async () => {
      await nginx.stop();
      await Promise.all(instances.map((i) => i.stop()));
      await redis.stop();
    },
  };
}

export interface ClusterClientOptions {
  shopperId?: string;
  cookie?: string;
  reconnect?: boolean;
}

/** A real socket.io-client to one instance or to nginx; reconnecting ones retry fast, as in a browser. */
export function openAt(url: string, options: ClusterClientOptions): TestClient {
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  const cookie = options.cookie ?? (options.shopperId ? shopperCookie(options.shopperId) : undefined);
  if (cookie) headers.cookie = cookie;
  return connect(url, {
    transports: ["websocket"],
    extraHeaders: headers,
    forceNew: true,
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
}
