import lighthouse from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbtMs: number;
  cls: number;
  lcpMs: number;
  rscRequests: number;
  duplicateRscRequests: number;
  /** Sockets the page opened to the realtime server (the open kitchen opens one, the closed kitchen none). */
  liveSockets: number;
  failedAudits: string[];
  shiftedElements: string[];
  /** Where the main thread went (ms by group) and the scripts that cost most (ms of script evaluation). */
  mainThread: Record<string, number>;
  scripts: Record<string, number>;
  /** The main thread's long tasks (≥ 50 ms, as simulated): what they are attributed to, when, how long. */
  longTasks: { url: string; startMs: number; ms: number }[];
  /** The element Lighthouse took for the largest contentful paint. */
  lcpElement: string;
}

type Items<T> = { items?: T[] } | undefined;

function itemsOf<T>(details: unknown): T[] {
  return (details as Items<T>)?.items ?? [];
}

/** Sockets opened during the run, from the DevTools protocol log (the network-requests audit lists no websockets). */
function socketsOpened(artifacts: unknown): number {
  const logs = (artifacts as { DevtoolsLog?: { method: string; params?: { url?: string } }[] }).DevtoolsLog ?? [];
  return logs.filter((e) => e.method === "Network.webSocketCreated" && e.params?.url?.includes("/socket.io/")).length;
}

const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/, "");

export async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = itemsOf<{ url: string }>(lhr.audits["network-requests"]?.details).map((item) => item.url);
  const rscPaths = requests.filter((u) => u.includes("_rsc=")).map((u) => new URL(u).pathname);
  const failedAudits = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  const shifts = itemsOf<{ node?: { selector?: string; snippet?: string } }>(lhr.audits["layout-shifts"]?.details);
  const groups = itemsOf<{ groupLabel: string; duration: number }>(lhr.audits["mainthread-work-breakdown"]?.details);
  const long = itemsOf<{ url: string; startTime: number; duration: number }>(lhr.audits["long-tasks"]?.details);
  const lcpTable = itemsOf<{ items?: { node?: { selector?: string } }[] }>(
    lhr.audits["largest-contentful-paint-element"]?.details,
  );
  const bootup = itemsOf<{ url: string; scripting: number }>(lhr.audits["bootup-time"]?.details);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Run["scores"],
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    lcpMs: numeric("largest-contentful-paint"),
    rscRequests: rscPaths.length,
    duplicateRscRequests: rscPaths.length - new Set(rscPaths).size,
    liveSockets: socketsOpened(result.artifacts),
    failedAudits,
    shiftedElements: shifts.map((item) => item.node?.selector ?? item.node?.snippet ?? "?"),
    mainThread: Object.fromEntries(groups.map((g) => [g.groupLabel, g.duration])),
    scripts: Object.fromEntries(bootup.map((b) => [pathOf(b.url), b.scripting])),
    lcpElement: lcpTable[0]?.items?.[0]?.node?.selector ?? "(none reported)",
    longTasks: long.map((t) => ({ url: pathOf(t.url), startMs: t.startTime, ms: t.duration })),
  };
}
