import { startProcess, waitUntil, type Started } from "./processes";

export interface ShopInstance extends Started {
  name: string;
  url: string;
  port: number;
}

/** One production instance of the shop (server.ts against the existing build), healthy when returned. */
export async function startShopInstance(
  name: string,
  port: number,
  env: Record<string, string>,
  options: { quiet?: boolean } = {},
): Promise<ShopInstance> {
  const started = startProcess(name, process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
    quiet: options.quiet,
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  started.child.once("exit", () => (exited = true));
  await waitUntil(
    `instance ${name}`,
    async () => {
      if (exited) throw new Error(`instance ${name} exited during start`);
      return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
    },
    180_000,
  );
  if (exited) throw new Error(`instance ${name} exited during start`);
  return { ...started, name, url, port };
}
