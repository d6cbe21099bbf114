import { ORDER_STATUS_LABELS, type TOrderStatus } from "@/lib/platform/contracts/orders";

const tones: Record<TOrderStatus, string> = {
  PLACED: "bg-amber-100 text-amber-900",
  PREPARING: "bg-sky-100 text-sky-900",
  SHIPPED: "bg-violet-100 text-violet-900",
  DELIVERED: "bg-green-100 text-green-900",
  CANCELLED: "bg-roast-200 text-roast-900",
};

/** The status as staff read it, with whether it is paid. */
export function OrderStatusBadge({ status, paid }: { status: TOrderStatus; paid?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>
        {ORDER_STATUS_LABELS[status]}
      </span>
      {paid === undefined || status === "CANCELLED" ? null : paid ? (
        <span className="rounded-full bg-leaf-50 px-2 py-0.5 text-xs font-semibold text-leaf-700">Paid</span>
      ) : (
        <span className="rounded-full border border-roast-300 px-2 py-0.5 text-xs font-semibold text-roast-800">
          Unpaid
        </span>
      )}
    </span>
  );
}
