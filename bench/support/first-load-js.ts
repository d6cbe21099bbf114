import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

export interface FirstLoadJs {
  scripts: number;
  gzipBytes: number;
  /** Next's and React's own chunks every page loads (the build manifest's root main files and polyfills). */
  frameworkGzipBytes: number;
  /** The rest: the layout's and page's client components and the libraries they import. */
  oursGzipBytes: number;
}

const ZBuildManifest = z.object({ rootMainFiles: z.array(z.string()), polyfillFiles: z.array(z.string()) });

/** The framework's chunks of a production build (`/_next/static/chunks/…`), from `.next/build-manifest.json`. */
export function frameworkChunks(nextDir = path.join(process.cwd(), ".next")): Set<string> {
  const file = path.join(nextDir, "build-manifest.json");
  if (!existsSync(file)) return new Set();
  const manifest = ZBuildManifest.parse(JSON.parse(readFileSync(file, "utf8")));
  return new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((f) => `/_next/${f}`));
}

/** Module scripts the page's HTML loads (`noModule` legacy polyfills excluded: modern browsers skip them). */
export function firstLoadScriptUrls(html: string, base: string): string[] {
  const tags = html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [];
  const urls = tags.filter((tag) => !/\bnomodule\b/i.test(tag)).map((tag) => /\bsrc="([^"]+)"/.exec(tag)![1]!);
  return [...new Set(urls)].map((url) => new URL(url.replaceAll("&amp;", "&"), base).toString());
}

/** What a first visit downloads in JavaScript, gzip-compressed as a server would send it. */
export async function measureFirstLoadJs(pageUrl: string, framework = frameworkChunks()): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const urls = firstLoadScriptUrls(html, pageUrl);
  const sizes = await Promise.all(
    urls.map(async (url) => ({
      framework: framework.has(new URL(url).pathname),
      bytes: gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length,
    })),
  );
  const sum = (list: { bytes: number }[]) => list.reduce((total, s) => total + s.bytes, 0);
  const frameworkGzipBytes = sum(sizes.filter((s) => s.framework));
  return {
    scripts: urls.length,
    gzipBytes: sum(sizes),
    frameworkGzipBytes,
    oursGzipBytes: sum(sizes) - frameworkGzipBytes,
  };
}
