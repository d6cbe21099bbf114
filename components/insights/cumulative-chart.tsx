"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { CumulativePoint } from "@/lib/domains/experiments/cumulative-series";

const pp = (x: number) => `${(x * 100).toFixed(1)} pp`;

/**
 * The difference in conversion (open minus closed) as it stood each day, with its always-valid interval as a
 * band. Drawn for sighted readers; the table beside it carries the same numbers for screen readers.
 */
export function CumulativeChart({ points }: { points: CumulativePoint[] }) {
  const data = points
    .filter((p) => p.estimate !== null)
    .map((p) => ({ day: p.day.slice(5), estimate: p.estimate!, band: [p.lower!, p.upper!] as [number, number] }));
  if (data.length === 0)
    return <p className="text-sm text-roast-800">The chart starts once both groups have shoppers and someone has a paid order.</p>;
  return (
    <div className="h-64 w-full" aria-hidden="true" data-testid="cumulative-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e7dccf" strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis tickFormatter={pp} tick={{ fontSize: 12 }} width={64} />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value) ? value.map((v) => pp(Number(v))).join(" to ") : pp(Number(value))
            }
          />
          <ReferenceLine y={0} stroke="#6b4f3a" />
          <Area
            dataKey="band"
            name="95% interval"
            stroke="none"
            fill="#7fb08a"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          <Line
            dataKey="estimate"
            name="Difference"
            stroke="#2f6b3f"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
