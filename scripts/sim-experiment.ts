// npm run sim:experiment — proves the experiment statistics on simulated shops with a known true effect.
// Simulated shoppers go through the real assignment (kitchenFor: hash of id and salt) and the real analysis
// (analyzeExperiment: gate, health checks, the always-valid interval); the owner "looks" every day.
//   A/A: how often a difference is ever shown over 30 daily looks (aim ≤ 5%), and the same for a fixed-horizon
//        interval peeked at daily (what the method protects against).
//   A/B: +10% and +20% true lift: how often the interval covers the true difference (aim ≥ 93%), and power
//        after 30 days at the demo's traffic and at 10× it.
import os from "node:os";
import { z } from "zod";
import { analyzeExperiment } from "@/lib/domains/experiments/analyze-experiment";
import type { ActiveExperiment } from "@/lib/domains/experiments/experiment-dto";
import { binaryMoments } from "@/lib/domains/experiments/group-summary";
import { compareMeans } from "@/lib/domains/experiments/stats/difference";
import { seededRandom } from "@/lib/domains/experiments/simulation/seeded-random";
import {
  addTotals,
  simulateDay,
  totalsOf,
  type SimulatedShop,
} from "@/lib/domains/experiments/simulation/simulated-shoppers";
import type { GroupTotals } from "@/lib/domains/experiments/read-group-totals";
import { DEMO_SHOP } from "@/lib/domains/experiments/simulation/demo-shop";

const ZArgs = z.object({
  runs: z.coerce.number().int().min(10).max(10_000).default(200),
  days: z.coerce.number().int().min(1).max(120).default(30),
  closedShare: z.coerce.number().min(0.01).max(0.5).default(0.5),
});
const args = ZArgs.parse(Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("="))));

interface RunOutcome {
  everShown: boolean;
  everFixed: boolean;
  /** The interval covered the true difference at every look where it was shown. */
  coveredAlways: boolean;
  coveredAtEnd: boolean | null;
  detectedAtEnd: boolean;
}

function runExperiment(shop: SimulatedShop, seed: string): RunOutcome {
  const random = seededRandom(seed);
  const startedAt = new Date(Date.UTC(2026, 0, 1));
  const experiment: ActiveExperiment = {
    id: seed,
    design: "holdout",
    status: "running",
    salt: seed,
    closedShare: args.closedShare,
    blockMinutes: 0,
    washoutMinutes: 0,
    startedAt,
  };
  const trueDiff = shop.baseline * shop.lift;
  let totals: GroupTotals[] = [];
  const out: RunOutcome = {
    everShown: false,
    everFixed: false,
    coveredAlways: true,
    coveredAtEnd: null,
    detectedAtEnd: false,
  };
  for (let day = 0; day < args.days; day++) {
    const now = new Date(startedAt.getTime() + (day + 1) * 86_400_000);
    totals = addTotals(totals, totalsOf(simulateDay(shop, experiment, day, random), now));
    const results = analyzeExperiment({
      design: "holdout",
      status: "running",
      closedShare: args.closedShare,
      totals,
      now,
    });
    const conversion = results.comparisons.find((c) => c.metric === "conversion")?.difference ?? null;
    const shown = results.verdictShown && conversion !== null;
    if (shown && conversion.significant) out.everShown = true;
    if (shown && (conversion.absolute.lower > trueDiff || conversion.absolute.upper < trueDiff))
      out.coveredAlways = false;
    const [open, closed] = (["open", "closed"] as const).map((k) => totals.find((t) => t.kitchen === k));
    const fixed =
      open && closed
        ? compareMeans(
            binaryMoments(open.shoppers, open.converted),
            binaryMoments(closed.shoppers, closed.converted),
            "fixed",
          )
        : null;
    if (fixed?.significant) out.everFixed = true;
    if (day === args.days - 1 && conversion) {
      out.coveredAtEnd = conversion.absolute.lower <= trueDiff && trueDiff <= conversion.absolute.upper;
      out.detectedAtEnd = shown && conversion.significant && conversion.absolute.lower > 0;
    }
  }
  return out;
}

function scenario(label: string, shop: SimulatedShop) {
  const runs = Array.from({ length: args.runs }, (_, i) => runExperiment(shop, `${label}:${i}`));
  const share = (pick: (r: RunOutcome) => boolean) => runs.filter(pick).length / runs.length;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const ended = runs.filter((r) => r.coveredAtEnd !== null);
  console.log(
    [
      label.padEnd(34),
      `ever shown ${pct(share((r) => r.everShown)).padStart(6)}`,
      `fixed peeked ${pct(share((r) => r.everFixed)).padStart(6)}`,
      `covers at end ${pct(ended.filter((r) => r.coveredAtEnd).length / Math.max(1, ended.length)).padStart(6)}`,
      `covers at every look ${pct(share((r) => r.coveredAlways)).padStart(6)}`,
      `power day ${args.days} ${pct(share((r) => r.detectedAtEnd)).padStart(6)}`,
    ].join(" | "),
  );
}

console.log(
  `sim:experiment · ${os.cpus().length} cores · load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} · ${args.runs} runs × ${args.days} daily looks · ${args.closedShare * 100}% closed`,
);
console.log(
  `demo shop: ${DEMO_SHOP.shoppersPerDay} shoppers/day, ${(DEMO_SHOP.baseline * 100).toFixed(1)}% closed-kitchen conversion`,
);
for (const traffic of [1, 10]) {
  const shoppersPerDay = DEMO_SHOP.shoppersPerDay * traffic;
  for (const lift of [0, 0.1, 0.2]) {
    scenario(`${lift === 0 ? "A/A" : `A/B +${lift * 100}%`} at ${traffic}× traffic`, {
      ...DEMO_SHOP,
      shoppersPerDay,
      lift,
    });
  }
}
