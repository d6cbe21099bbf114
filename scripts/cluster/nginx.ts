import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { requireCommand, startProcess, waitUntil } from "./processes";

export interface NginxOptions {
  listenPort: number;
  /** host:port of every app instance. */
  upstreams: string[];
  /** How long nginx keeps a shareable page before refreshing it in the background. */
  cacheSeconds?: number;
  quiet?: boolean;
  /** Upstreams (host:port) taken out of rotation (`down`): a rolling restart's instance being replaced. */
  down?: string[];
  /**
   * Connections per worker when the template's 4,096 is too few (a proxied websocket holds two: the
   * client's and the upstream's); also raises the workers' open-file limit to match.
   */
  workerConnections?: number;
}

export interface RunningNginx {
  url: string;
  /** The master's and its workers' process ids (a bench reads their CPU time). */
  pids(): number[];
  configFile: string;
  /**
   * Rewrites the config with these upstreams out of rotation and reloads it gracefully (SIGHUP): new
   * workers route around them at once; old workers finish the requests they hold, then exit.
   */
  setDown(down: string[]): Promise<void>;
  stop(): Promise<void>;
}

const TEMPLATE = path.join(process.cwd(), "deploy", "nginx.conf");

/** The worker processes of an nginx master (Linux /proc), to tell a finished reload. */
function workerPids(masterPid: number | undefined): number[] {
  if (!masterPid) return [];
  try {
    const children = fs.readFileSync(`/proc/${masterPid}/task/${masterPid}/children`, "utf8");
    return children.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** deploy/nginx.conf with its placeholders filled for a run in `prefix`. */
export function renderNginxConfig(options: NginxOptions, prefix: string): string {
  const upstreams = options.upstreams
    .map(
      (hostPort) =>
        `    server ${hostPort} max_fails=1 fail_timeout=10s${options.down?.includes(hostPort) ? " down" : ""};`,
    )
    .join("\n");
  const values: Record<string, string> = {
    // Workers of a root master would run as nobody and could not write the temp dirs made here.
    user: process.getuid?.() === 0 ? "user root;" : "",
    prefix,
    listen: `127.0.0.1:${options.listenPort}`,
    upstreams,
    cache_seconds: String(options.cacheSeconds ?? 2),
  };
  const config = fs
    .readFileSync(TEMPLATE, "utf8")
    .replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  const connections = options.workerConnections;
  return connections
    ? config
        .replace(/worker_connections \d+;/, `worker_connections ${connections};`)
        .replace(/^worker_processes (.*)$/m, `worker_processes $1\nworker_rlimit_nofile ${connections + 1024};`)
    : config;
}

/** Debian's nginx in the foreground with the rendered config; everything it writes stays in a temp dir. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const binary = requireCommand("nginx", "install Debian's nginx (apt-get install nginx); .ci/run does");
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "ok-nginx-"));
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, renderNginxConfig(options, prefix));
  const nginx = startProcess("nginx", binary, ["-p", prefix, "-c", configFile, "-e", "stderr", "-g", "daemon off;"], {
    quiet: options.quiet,
  });
  let exited: string | undefined;
  nginx.child.once("exit", () => (exited = `refused the config rendered into ${configFile}: see its message above`));
  const url = `http://127.0.0.1:${options.listenPort}`;
  await waitUntil(
    "nginx",
    async () => {
      await fetch(`${url}/nginx-health`, { signal: AbortSignal.timeout(1_000) });
      return true;
    },
    20_000,
    () => exited,
  );
  let current = options;
  return {
    url,
    configFile,
    pids: () => (nginx.child.pid ? [nginx.child.pid, ...workerPids(nginx.child.pid)] : []),
    setDown: async (down) => {
      current = { ...current, down };
      fs.writeFileSync(configFile, renderNginxConfig(current, prefix));
      const before = workerPids(nginx.child.pid);
      nginx.child.kill("SIGHUP");
      // Reloaded once the master has started workers of its own that were not there before.
      await waitUntil(
        "nginx reload",
        async () => workerPids(nginx.child.pid).some((pid) => !before.includes(pid)),
        20_000,
      );
    },
    stop: async () => {
      await nginx.stop();
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
