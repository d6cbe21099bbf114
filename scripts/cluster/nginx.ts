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
}

export interface RunningNginx {
  url: string;
  configFile: string;
  stop(): Promise<void>;
}

const TEMPLATE = path.join(process.cwd(), "deploy", "nginx.conf");

/** deploy/nginx.conf with its placeholders filled for a run in `prefix`. */
export function renderNginxConfig(options: NginxOptions, prefix: string): string {
  const upstreams = options.upstreams
    .map((hostPort) => `    server ${hostPort} max_fails=1 fail_timeout=10s;`)
    .join("\n");
  const values: Record<string, string> = {
    // Workers of a root master would run as nobody and could not write the temp dirs made here.
    user: process.getuid?.() === 0 ? "user root;" : "",
    prefix,
    listen: `127.0.0.1:${options.listenPort}`,
    upstreams,
    cache_seconds: String(options.cacheSeconds ?? 2),
  };
  return fs.readFileSync(TEMPLATE, "utf8").replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
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
  return {
    url,
    configFile,
    stop: async () => {
      await nginx.stop();
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
