import type { Difference } from "./stats/difference";

export interface MetricComparison {
  metric: "conversion" | "revenuePerVisitor" | "addToCart";
  label: string;
  /** Null while a group has too few shoppers (or pairs) to compare. */
  difference: Difference | null;
}
