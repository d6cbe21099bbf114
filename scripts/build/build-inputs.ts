import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What `next build` reads: the page and library sources, static files, and the configs that shape the bundle. */
export const BUILD_INPUT_DIRS = ["app", "components", "lib", "public", "prisma"] as const;
export const BUILD_INPUT_FILES = [
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "cache-handler.mjs",
] as const;
// Generated or run-time-only content inside the input folders.
const SKIPPED = new Set(["node_modules", ".next", "generated", "migrations"]);

function filesUnder(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith(".") && !SKIPPED.has(entry.name))
    .flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(root, relative) : entry.isFile() ? [relative] : [];
    });
}

/**
 * The environment that changes the build's output: next.config.ts picks a shared cache handler when
 * REDIS_URL is set, and NEXT_PUBLIC_* values are inlined into the browser bundle.
 */
export function buildEnvironment(env: Readonly<Record<string, string | undefined>>): string[] {
  const inlined = Object.keys(env)
    .filter((key) => key.startsWith("NEXT_PUBLIC_"))
    .sort()
    .map((key) => `${key}=${env[key]}`);
  return [`shared-cache=${Boolean(env.REDIS_URL)}`, ...inlined];
}

/** A digest of every build input's path and bytes; equal digests mean `next build` would produce the same build. */
export function hashBuildInputs(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hash = createHash("sha256");
  const files = [
    ...BUILD_INPUT_DIRS.flatMap((dir) => filesUnder(root, dir)),
    ...BUILD_INPUT_FILES.filter((file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile()),
  ].sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  for (const line of buildEnvironment(env)) hash.update(`${line}\n`);
  return hash.digest("hex");
}
