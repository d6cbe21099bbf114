import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  scripts: number;
  gzipBytes: number;
}

/** Module scripts the page's HTML loads (`noModule` legacy polyfills excluded: modern browsers skip them). */
export function firstLoadScriptUrls(html: string, base: string): string[] {
  const tags = html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [];
  const urls = tags.filter((tag) => !/\bnomodule\b/i.test(tag)).map((tag) => /\bsrc="([^"]+)"/.exec(tag)![1]!);
  return [...new Set(urls)].map((url) => new URL(url.replaceAll("&amp;", "&"), base).toString());
}

/** What a first visit downloads in JavaScript, gzip-compressed as a server would send it. */
export async function measureFirstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const urls = firstLoadScriptUrls(html, pageUrl);
  const sizes = await Promise.all(
    urls.map(async (url) => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length),
  );
  return { scripts: urls.length, gzipBytes: sizes.reduce((sum, size) => sum + size, 0) };
}
