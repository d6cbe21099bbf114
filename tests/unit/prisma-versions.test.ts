import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The migrations run Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) while
// `prisma generate` and the client come from the CLI's release: they must be one Prisma release, or
// a migration written by one engine is diffed and applied by another.

const root = path.resolve(import.meta.dirname, "../..");

type TPackageJson = {
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/**
 * The package.json of `name` as Node finds it from `fromDir`: the nearest node_modules upwards, so a
 * package's own nested copy wins over the hoisted one (read directly: not every package exports it).
 */
function installed(name: string, fromDir = root): TPackageJson & { dir: string } {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) {
      const manifest = JSON.parse(readFileSync(path.join(candidate, "package.json"), "utf8")) as TPackageJson;
      return { ...manifest, dir: candidate };
    }
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed (looked from ${fromDir})`);
  }
}

const prismaPackages = ["prisma", "@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"];

describe("Prisma packages", () => {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as TPackageJson;
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };

  it("are pinned to one exact version in package.json", () => {
    const versions = prismaPackages.map((name) => declared[name]);
    expect(
      versions.every((v) => v !== undefined && /^\d+\.\d+\.\d+$/.test(v)),
      versions.join(", "),
    ).toBe(true);
    expect(new Set(versions).size, versions.join(", ")).toBe(1);
  });

  it("are installed at that version, also where they depend on each other", () => {
    const cli = installed("prisma").version;
    for (const name of prismaPackages) expect(`${name}@${installed(name).version}`).toBe(`${name}@${cli}`);
    const adapter = installed("@prisma/adapter-pg");
    expect(installed("@prisma/driver-adapter-utils", adapter.dir).version).toBe(cli);
  });

  it("run the migration engine of the CLI's own release", () => {
    const engines = installed("@prisma/engines", installed("prisma").dir);
    const cliEngine = installed("@prisma/engines-version", engines.dir).version;
    const wasmEngine = installed("@prisma/schema-engine-wasm").version;
    expect(wasmEngine).toBe(cliEngine);
    expect(declared["@prisma/schema-engine-wasm"]).toBe(cliEngine);
  });
});
