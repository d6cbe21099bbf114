import type { GroupSummary } from "./group-summary";
import { formatDuration } from "@/lib/platform/time/format-duration";
import { SRM_THRESHOLD, sampleRatioPValue } from "./stats/sample-ratio";

export interface HealthCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** A shopper seen in both groups now and then (an old cookie) is noise; more than this share is a broken split. */
export const MAX_CROSSED_SHARE = 0.01;
/** A running experiment with no new exposure for this long has stopped measuring. */
export const ARRIVAL_GAP_MS = 24 * 60 * 60 * 1000;

export function sampleRatioCheck(groups: GroupSummary[], closedShare: number): HealthCheck {
  const [open, closed] = [groups.find((g) => g.kitchen === "open")!, groups.find((g) => g.kitchen === "closed")!];
  const p = sampleRatioPValue([open.shoppers, closed.shoppers], [1 - closedShare, closedShare]);
  const planned = `${Math.round((1 - closedShare) * 100)} : ${Math.round(closedShare * 100)}`;
  return {
    name: "Group sizes match the split",
    ok: p >= SRM_THRESHOLD,
    detail: `${open.shoppers} : ${closed.shoppers} shoppers against a planned ${planned} (χ² test, p = ${p < 0.0001 ? p.toExponential(1) : p.toFixed(4)}; alarm below ${SRM_THRESHOLD}).`,
  };
}

export function crossoverCheck(groups: GroupSummary[]): HealthCheck {
  const crossed = groups.reduce((t, g) => t + g.crossed, 0);
  const shoppers = groups.reduce((t, g) => t + g.shoppers, 0);
  const share = shoppers > 0 ? crossed / shoppers : 0;
  return {
    name: "Shoppers stay in one group",
    ok: share <= MAX_CROSSED_SHARE,
    detail: `${crossed} of ${shoppers} shoppers were later seen with the other group's kitchen (limit ${MAX_CROSSED_SHARE * 100}%).`,
  };
}

export function arrivalCheck(groups: GroupSummary[], running: boolean, now: Date): HealthCheck {
  const last = groups.map((g) => g.lastExposureAt?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const ok = !running || (last > 0 && now.getTime() - last <= ARRIVAL_GAP_MS);
  return {
    name: "Exposures are still arriving",
    ok,
    detail: !running
      ? "The experiment is not running, so no new exposures are expected."
      : last === 0
        ? "No shopper has been exposed yet."
        : ok
          ? `The last exposure was stored ${formatDuration((now.getTime() - last) / 1000)} ago.`
          : "No shopper has been exposed for over 24 hours: assignment or the page that records it may be broken.",
  };
}
