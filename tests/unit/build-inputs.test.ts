import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashBuildInputs } from "@/scripts/build/build-inputs";

describe("hashBuildInputs", () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "ok-build-inputs-"));
    write("app/page.tsx", "export default function Page() { return null; }");
    write("lib/platform/money/format.ts", "export const x = 1;");
    write("package.json", "{}");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is stable while nothing changes", () => {
    expect(hashBuildInputs(root, {})).toBe(hashBuildInputs(root, {}));
  });

  it("changes when a source file changes, appears or is renamed", () => {
    const before = hashBuildInputs(root, {});
    write("lib/platform/money/format.ts", "export const x = 2;");
    const edited = hashBuildInputs(root, {});
    expect(edited).not.toBe(before);
    write("components/new.tsx", "");
    const added = hashBuildInputs(root, {});
    expect(added).not.toBe(edited);
    rmSync(path.join(root, "components/new.tsx"));
    write("components/renamed.tsx", "");
    expect(hashBuildInputs(root, {})).not.toBe(added);
  });

  it("changes with a config file but ignores the build output, tests and generated code", () => {
    const before = hashBuildInputs(root, {});
    write(".next/BUILD_ID", "abc");
    write("tests/unit/x.test.ts", "test");
    write("lib/platform/db/generated/client.ts", "generated");
    expect(hashBuildInputs(root, {})).toBe(before);
    write("next.config.ts", "export default {};");
    expect(hashBuildInputs(root, {})).not.toBe(before);
  });

  it("changes with the environment the build inlines or configures from", () => {
    const plain = hashBuildInputs(root, {});
    expect(hashBuildInputs(root, { UNRELATED: "1" })).toBe(plain);
    expect(hashBuildInputs(root, { REDIS_URL: "redis://x" })).not.toBe(plain);
    expect(hashBuildInputs(root, { NEXT_PUBLIC_FLAG: "on" })).not.toBe(plain);
  });
});
