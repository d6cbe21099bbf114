import { fmt, median, table } from "../support/stats";
import type { FirstLoadJs } from "../support/first-load-js";
import type { Run } from "./audit";
import type { Kitchen } from "./kitchen-arms";

export const AIM = {
  performance: 98,
  tbtMs: 100,
  cls: 0,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  /** What the open kitchen may cost a page against the closed kitchen. */
  costPoints: 2,
  costTbtMs: 50,
  oursJsKib: 10,
};

export interface PageResult {
  name: string;
  noindex?: boolean;
  js: FirstLoadJs;
  runs: Record<Kitchen, Run[]>;
}

const med = (runs: Run[], pick: (r: Run) => number) => median(runs.map(pick));
const kib = (bytes: number) => fmt(bytes / 1024, 1);

function armRow(page: PageResult, kitchen: Kitchen): string[] {
  const runs = page.runs[kitchen];
  const perf = med(runs, (r) => r.scores.performance);
  const tbt = med(runs, (r) => r.tbtMs);
  const cls = med(runs, (r) => r.cls);
  const seo = med(runs, (r) => r.scores.seo);
  const met = perf >= AIM.performance && tbt <= AIM.tbtMs && cls <= AIM.cls;
  return [
    page.name,
    kitchen,
    fmt(perf, 0),
    fmt(tbt, 0),
    fmt(
      med(runs, (r) => r.lcpMs),
      0,
    ),
    fmt(cls, 3),
    fmt(
      med(runs, (r) => r.scores.accessibility),
      0,
    ),
    fmt(
      med(runs, (r) => r.scores["best-practices"]),
      0,
    ),
    page.noindex ? `${fmt(seo, 0)} (noindex)` : fmt(seo, 0),
    `${med(runs, (r) => r.rscRequests)}/${med(runs, (r) => r.duplicateRscRequests)}`,
    runs.map((r) => r.liveSockets).join(","),
    met ? "yes" : "NO",
  ];
}

function costRow(page: PageResult): string[] {
  const { open, closed } = page.runs;
  const points = med(closed, (r) => r.scores.performance) - med(open, (r) => r.scores.performance);
  const tbt = med(open, (r) => r.tbtMs) - med(closed, (r) => r.tbtMs);
  const lcp = med(open, (r) => r.lcpMs) - med(closed, (r) => r.lcpMs);
  const met = points <= AIM.costPoints && tbt <= AIM.costTbtMs;
  return [page.name, fmt(points, 0), fmt(tbt, 0), fmt(lcp, 0), met ? "yes" : "NO"];
}

function jsRow(page: PageResult): string[] {
  const { js } = page;
  return [
    page.name,
    String(js.scripts),
    kib(js.frameworkGzipBytes),
    kib(js.oursGzipBytes),
    kib(js.gzipBytes),
    js.oursGzipBytes / 1024 <= AIM.oursJsKib ? "yes" : "NO",
  ];
}

/** Median ms per key over runs, the largest first. */
function topOf(runs: Run[], pick: (r: Run) => Record<string, number>, count: number): string {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(pick(r))))];
  return keys
    .map((key) => [key, median(runs.map((r) => pick(r)[key] ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${key} ${fmt(ms, 0)}`)
    .join(", ");
}

/** Where the time goes and what failed, per page and kitchen. */
function details(page: PageResult, kitchen: Kitchen): string[] {
  const runs = page.runs[kitchen];
  const lines = [
    `${page.name}/${kitchen}: main thread ms: ${topOf(runs, (r) => r.mainThread, 5)}`,
    `${page.name}/${kitchen}: script evaluation ms: ${topOf(runs, (r) => r.scripts, 4)}`,
  ];
  lines.push(`${page.name}/${kitchen}: LCP element: ${[...new Set(runs.map((r) => r.lcpElement))].join(" | ")}`);
  const tasks = runs[0]?.longTasks ?? [];
  lines.push(
    `${page.name}/${kitchen}: long tasks (run 1): ` +
      (tasks.map((t) => `${t.url || "?"} at ${fmt(t.startMs, 0)} for ${fmt(t.ms, 0)}`).join(", ") || "none"),
  );
  const failed = [...new Set(runs.flatMap((r) => r.failedAudits))];
  if (failed.length > 0) lines.push(`${page.name}/${kitchen}: failing audits: ${failed.join(", ")}`);
  const shifted = [...new Set(runs.flatMap((r) => r.shiftedElements))];
  if (shifted.length > 0) lines.push(`${page.name}/${kitchen}: layout shifts: ${shifted.join(" | ")}`);
  return lines;
}

export function report(pages: PageResult[], kitchens: readonly Kitchen[]): string {
  const header = ["page", "kitchen", "perf", "TBT ms", "LCP ms", "CLS", "a11y", "best pr.", "SEO"];
  const out = [
    table(
      [...header, "RSC req/dup", "sockets per run", "aim met"],
      pages.flatMap((p) => kitchens.map((k) => armRow(p, k))),
    ),
  ];
  if (kitchens.length === 2) {
    out.push(
      "\nwhat the open kitchen costs (open − closed, medians):",
      table(["page", "perf points", "TBT ms", "LCP ms", "aim met"], pages.map(costRow)),
    );
  }
  out.push(
    "\nfirst-load JavaScript (module scripts in the HTML, gzip -9):",
    table(["page", "scripts", "framework KiB", "ours KiB", "total KiB", "ours aim met"], pages.map(jsRow)),
    "",
    ...pages.flatMap((p) => kitchens.flatMap((k) => details(p, k))),
    `\naims: performance ≥ ${AIM.performance} with TBT ≤ ${AIM.tbtMs} ms and CLS ${AIM.cls} in each kitchen; the open ` +
      `kitchen costs ≤ ${AIM.costPoints} points and ≤ ${AIM.costTbtMs} ms TBT; first-load JS: the framework plus ≤ ` +
      `${AIM.oursJsKib} KiB of ours; accessibility, best practices, SEO ${AIM.seo} (noindex search excepted)`,
  );
  return out.join("\n");
}
