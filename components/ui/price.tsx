import { formatMoney } from "@/lib/platform/money/format-money";

export interface PriceProps {
  cents: number;
  currency: string;
  className?: string;
}

export function Price({ cents, currency, className = "" }: PriceProps) {
  return <span className={`tabular-nums ${className}`}>{formatMoney(cents, currency)}</span>;
}
