import { Price } from "@/components/ui/price";

export interface OrderLinesProps {
  lines: { key: string; title: string; quantity: number; unitPriceCents: number }[];
  totalCents: number;
  totalLabel: string;
  currency: string;
}

/** Items and total, used by both the checkout summary and the order page. */
export function OrderLines({ lines, totalCents, totalLabel, currency }: OrderLinesProps) {
  return (
    <div>
      <ul className="divide-y divide-roast-200">
        {lines.map((line) => (
          <li key={line.key} className="flex justify-between gap-4 py-3 text-sm">
            <span>
              {line.title} <span className="text-roast-700">× {line.quantity}</span>
            </span>
            <Price cents={line.unitPriceCents * line.quantity} currency={currency} />
          </li>
        ))}
      </ul>
      <p className="flex justify-between border-t border-roast-300 pt-3 font-semibold">
        <span>{totalLabel}</span>
        <Price cents={totalCents} currency={currency} />
      </p>
    </div>
  );
}
