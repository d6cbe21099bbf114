// processSingleton: one value per key per process, found again by a second copy of the module (Next's
// bundles and server.ts each load their own), and the one way lib keeps process-wide values.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { processSingleton } from "@/lib/platform/process-singleton";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("processSingleton", () => {
  it("creates once per key and hands the same value to every caller", () => {
    const create = vi.fn(() => ({ n: 1 }));
    const first = processSingleton("test:a", create);
    expect(processSingleton("test:a", create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(processSingleton("test:b", () => ({ n: 2 }))).not.toBe(first);
  });

  it("builds a new value when asked for another version (another database URL)", () => {
    const a = processSingleton("test:versioned", () => ({ url: "a" }), "postgres://a");
    expect(processSingleton("test:versioned", () => ({ url: "again" }), "postgres://a")).toBe(a);
    const b = processSingleton("test:versioned", () => ({ url: "b" }), "postgres://b");
    expect(b).toEqual({ url: "b" });
  });

  it("is shared with a second copy of the module, as Next's bundles load one", async () => {
    const value = processSingleton("test:shared", () => ({ from: "first copy" }));
    vi.resetModules();
    // A query makes Vite load a second, separate instance of the module.
    const copy = "@/lib/platform/process-singleton?copy";
    const again = (await import(/* @vite-ignore */ copy)) as typeof import("@/lib/platform/process-singleton");
    expect(again.processSingleton).not.toBe(processSingleton);
    expect(again.processSingleton("test:shared", () => ({ from: "second copy" }))).toBe(value);
  });

  it("is the only way lib keeps a value on globalThis", () => {
    const root = path.resolve(import.meta.dirname, "../../lib");
    const casts = sourceFiles(root)
      .filter((file) => !file.endsWith("process-singleton.ts"))
      // Prisma's engine looks its panic registry up by this name: not ours to rename.
      .filter((file) =>
        /globalThis as\b/.test(readFileSync(file, "utf8").replace(/.*PRISMA_WASM_PANIC_REGISTRY.*/g, "")),
      )
      .map((file) => path.relative(root, file));
    expect(casts).toEqual([]);
  });
});
