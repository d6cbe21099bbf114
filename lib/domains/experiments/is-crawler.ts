/** Search engines, link previews and audit tools: never enrolled, so they neither count nor see a closed kitchen. */
const CRAWLER =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|embedly|preview|lighthouse|pagespeed|curl\/|wget\//i;

export function isCrawler(userAgent: string | null | undefined): boolean {
  return !userAgent || CRAWLER.test(userAgent);
}
