import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  asCodeName,
  asRepoPath,
  docFiles,
  inlineQuotes,
  pathExists,
  readTree,
  relativeLinks,
  repoRoot,
} from "@/tests/support/doc-references";

// Names the docs quote that are not ours to export: Next, React, Node, socket.io, Postgres, npm
// packages, and members of our objects that are not module exports. Add to it only a name that
// really lives outside this repository.
const OUTSIDE_NAMES = new Set([
  // Next.js and React
  "redirect",
  "headers",
  "generateStaticParams",
  "updateTag",
  "revalidateTag",
  "cacheHandler",
  "deploymentId",
  "generateEtags",
  "serverExternalPackages",
  "cacheMaxMemorySize",
  "useActionState",
  // Node, the browser and the web platform
  "globalThis",
  "setInterval",
  "toString",
  "getRandomValues",
  "randomUUID",
  "beforeExit",
  "noModule",
  // socket.io and its Redis adapter
  "allowRequest",
  "serverSideEmit",
  "fetchSockets",
  "connect_error",
  // Vitest
  "beforeAll",
  // Prisma and npm
  "PrismaPg",
  "allowScripts",
  // Postgres
  "pg_notify",
  "HMAC",
  // members of our own objects (options, columns, methods), not module exports
  "paidAt",
  "dedupeKey",
  "leaseUntil",
  "leaseToken",
  "createdAt",
  "redisUrl",
  "shopperId",
  "close",
  "stop",
]);

const tree = readTree();
const quotes = docFiles().flatMap((doc) => inlineQuotes(doc, readFileSync(path.join(repoRoot, doc), "utf8")));

describe("docs", () => {
  it("quote enough to be worth checking", () => {
    expect(quotes.length).toBeGreaterThan(300);
  });

  it("quote only paths that exist", () => {
    const missing = quotes.flatMap((q) => {
      const p = asRepoPath(q.text);
      if (!p) return [];
      const found =
        p.kind === "path"
          ? pathExists(p.value) || pathExists(path.join(path.dirname(q.doc), p.value))
          : tree.fileNames.has(p.value);
      return found ? [] : [`${q.doc}:${q.line} \`${q.text}\``];
    });
    expect(missing).toEqual([]);
  });

  it("link only to files that exist", () => {
    const links = docFiles().flatMap((doc) => relativeLinks(doc, readFileSync(path.join(repoRoot, doc), "utf8")));
    expect(links.length).toBeGreaterThan(10);
    expect(
      links.filter((l) => !existsSync(path.join(repoRoot, l.text))).map((l) => `${l.doc}:${l.line} ${l.text}`),
    ).toEqual([]);
  });

  it("quote only functions, classes and types that are exported somewhere in the tree", () => {
    const missing = quotes.flatMap((q) => {
      const name = asCodeName(q.text);
      if (!name || tree.exported.has(name) || OUTSIDE_NAMES.has(name)) return [];
      return [`${q.doc}:${q.line} \`${q.text}\``];
    });
    expect(missing).toEqual([]);
  });
});

describe("the docs check", () => {
  it("tells a repository path from other quotes", () => {
    expect(asRepoPath("lib/platform/publish/publish.ts")).toEqual({
      kind: "path",
      value: "lib/platform/publish/publish.ts",
    });
    expect(asRepoPath("claim-due-mail.ts")).toEqual({ kind: "file-name", value: "claim-due-mail.ts" });
    expect(asRepoPath("lib/domains/<domain>/")).toBeNull();
    expect(asRepoPath("/orders/<id>")).toBeNull();
    expect(asRepoPath("npm run dev")).toBeNull();
    expect(pathExists("lib/platform/no-such-file.ts")).toBe(false);
  });

  it("tells an exported name from prose", () => {
    expect(asCodeName("orderPrivateLink()")).toBe("orderPrivateLink");
    expect(asCodeName("publish(event, audience, payload)")).toBe("publish");
    expect(asCodeName("PresenceCoalescer")).toBe("PresenceCoalescer");
    expect(asCodeName("TFormState")).toBe("TFormState");
    expect(asCodeName("REDIS_URL")).toBeNull();
    expect(asCodeName("Order")).toBeNull();
    expect(tree.exported.has("noSuchFunctionAnywhere")).toBe(false);
    expect(tree.exported.has("defineAction")).toBe(true);
  });
});
