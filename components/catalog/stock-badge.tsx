/** Low stock is shown only when it is true (≤ 5 left), never invented. */
export const LOW_STOCK_THRESHOLD = 5;

export function stockLabel(stock: number): string {
  if (stock <= 0) return "Sold out";
  if (stock <= LOW_STOCK_THRESHOLD) return `Only ${stock} left`;
  return "In stock";
}

export function StockBadge({ stock }: { stock: number }) {
  const tone =
    stock <= 0
      ? "bg-roast-100 text-roast-800"
      : stock <= LOW_STOCK_THRESHOLD
        ? "bg-ember-50 text-ember-700"
        : "bg-leaf-50 text-leaf-700";
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
      {stockLabel(stock)}
    </span>
  );
}
