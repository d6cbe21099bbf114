/**
 * One value per process, shared by every module graph in it: server.ts runs under tsx while Next.js loads
 * its own bundles (and dev reloads them), so a module-level variable would exist once per graph. The
 * value lives on globalThis under one registry, created by the first caller. For a value that is replaced
 * later (an installed sink, a client rebuilt for another URL), keep a small holder object here and change
 * its fields.
 */
const REGISTRY = Symbol.for("open-kitchen.process-singletons");

type Registry = Map<string, unknown>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

export function processSingleton<T>(key: string, create: () => T): T {
  const values = registry();
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
