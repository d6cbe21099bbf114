import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What the docs quote in backticks, sorted into repository paths and exported names, and what the tree
// actually holds, so tests/unit/docs-references.test.ts can tell which quotes went stale.

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The docs a newcomer reads: the three at the root, docs/*.md and the bench guide. */
export function docFiles(root = repoRoot): string[] {
  const docsDir = path.join(root, "docs");
  const inDocs = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith(".md")) : [];
  return ["README.md", "ARCHITECTURE.md", "DEVELOPERS.md", "bench/README.md", ...inDocs.map((f) => `docs/${f}`)];
}

export type TQuote = { doc: string; line: number; text: string };

/** Inline code spans (`…`) outside fenced blocks, with their line numbers. */
export function inlineQuotes(doc: string, markdown: string): TQuote[] {
  const quotes: TQuote[] = [];
  let fenced = false;
  markdown.split("\n").forEach((line, i) => {
    if (line.trimStart().startsWith("```")) fenced = !fenced;
    else if (!fenced) for (const m of line.matchAll(/`([^`\n]+)`/g)) quotes.push({ doc, line: i + 1, text: m[1]! });
  });
  return quotes;
}

/** Relative link targets ([text](target)) outside fenced blocks, resolved against the doc's folder. */
export function relativeLinks(doc: string, markdown: string): TQuote[] {
  const links: TQuote[] = [];
  let fenced = false;
  markdown.split("\n").forEach((line, i) => {
    if (line.trimStart().startsWith("```")) fenced = !fenced;
    else if (!fenced) {
      for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.split("#")[0]!;
        if (target && !/^[a-z]+:/i.test(target)) {
          links.push({ doc, line: i + 1, text: path.join(path.dirname(doc), target) });
        }
      }
    }
  });
  return links;
}

// Generated or runtime folders: quoted in the docs, never in a clean clone.
const NOT_IN_A_CLONE = new Set([".data", ".next", "node_modules", "test-results", "playwright-report"]);

function topLevelEntries(root: string): Set<string> {
  return new Set(readdirSync(root).filter((e) => !NOT_IN_A_CLONE.has(e) && e !== ".git"));
}

const PLACEHOLDER = /[<>…*${}|]|\.\.\./;

/**
 * A quote that names a file or folder of this repository: a path starting at one of its top-level
 * entries (`lib/platform/publish`, `tests/integration/cluster-realtime.test.ts`, `.ci/run`) or a file
 * name with a source extension (`claim-due-mail.ts`). Quotes with placeholders (`lib/domains/<domain>/`)
 * and URLs are not paths.
 */
export function asRepoPath(text: string, root = repoRoot): { kind: "path" | "file-name"; value: string } | null {
  const quoted = text.replace(/[),.:;]+$/, "");
  if (PLACEHOLDER.test(quoted) || /\s|:\/\//.test(quoted) || quoted.startsWith("/")) return null;
  const first = quoted.split("/")[0]!;
  if (quoted.includes("/") && topLevelEntries(root).has(first)) return { kind: "path", value: quoted };
  if (!quoted.includes("/") && /^[\w.-]+\.(ts|tsx|mjs|js|json|prisma|sql|conf|css|md)$/.test(quoted)) {
    return topLevelEntries(root).has(quoted) ? { kind: "path", value: quoted } : { kind: "file-name", value: quoted };
  }
  return null;
}

/** `lib/x/y` may omit the extension (`tests/integration/migrations-match-schema`). */
export function pathExists(value: string, root = repoRoot): boolean {
  const full = path.join(root, value);
  return ["", ".ts", ".tsx", ".mjs", ".test.ts", ".spec.ts"].some((ext) => existsSync(full + ext));
}

/**
 * A quote that names code: a call (`orderPrivateLink()`, `publish(event, audience, …)`) or an identifier
 * shaped like one of ours (`useSharedSocket`, `PresenceCoalescer`): camelCase with a hump, or PascalCase
 * with two. Single words (`publish`, `Order`), SCREAMING_CASE settings and dotted members are left alone.
 */
export function asCodeName(text: string): string | null {
  const call = /^([A-Za-z_$][\w$]*)\(.*\)$/.exec(text);
  if (call) return call[1]!;
  if (/^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(text)) return text;
  if (/^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$/.test(text) || /^T[A-Z][a-z]\w*$/.test(text)) return text;
  return null;
}

const SOURCE_DIRS = ["app", "components", "lib", "scripts", "bench", "tests"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!SKIP_DIRS.has(entry)) sourceFiles(full, out);
    } else if (/\.(ts|tsx|mjs)$/.test(entry)) out.push(full);
  }
  return out;
}

export type TTree = { exported: Set<string>; fileNames: Set<string> };

/** Every name exported by our sources, Prisma's model names, and every source file's name. */
export function readTree(root = repoRoot): TTree {
  const exported = new Set<string>();
  const fileNames = new Set<string>();
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
  for (const top of readdirSync(root)) if (/\.(ts|mjs)$/.test(top)) files.push(path.join(root, top));
  for (const file of files) {
    fileNames.add(path.basename(file));
    const text = readFileSync(file, "utf8");
    const declared =
      /export\s+(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|type|interface|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/g;
    for (const m of text.matchAll(declared)) exported.add(m[1]!);
    for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
      for (const part of m[1]!.split(",")) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.replace(/^type\s+/, "");
        if (name) exported.add(name);
      }
    }
  }
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  for (const m of schema.matchAll(/^(?:model|enum)\s+(\w+)/gm)) exported.add(m[1]!);
  for (const f of readdirSync(path.join(root, "prisma"))) fileNames.add(f);
  return { exported, fileNames };
}
