/**
 * One value per process, shared by every module graph in it: server.ts runs under tsx while Next.js loads
 * its own bundles (and dev reloads them), so a module-level variable would exist once per graph. The
 * value lives on globalThis under one registry, created by the first caller. For a value that is replaced
 * later (an installed sink), keep a small holder object here and change its fields; for one rebuilt for
 * another database URL, pass the URL as its version.
 */
const REGISTRY = Symbol.for("open-kitchen.process-singletons");

interface Held {
  value: unknown;
  version: string | undefined;
}

type Registry = Map<string, Held>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

/**
 * The process's value under `key`, created on first use. With `version` (e.g. the database URL it was
 * built for), a call with another version builds a new one in its place.
 */
export function processSingleton<T>(key: string, create: () => T, version?: string): T {
  const values = registry();
  let held = values.get(key) as Held | undefined;
  if (!held || held.version !== version) {
    held = { value: create(), version };
    values.set(key, held);
  }
  return held.value as T;
}
