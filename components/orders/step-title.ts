import type { TOrderStep } from "@/lib/platform/contracts/orders";

/** What a step is called on the timeline; the Preparing step carries the store's own wording. */
export function stepTitle(step: TOrderStep, preparingLabel: string): string {
  if (step.kind === "placed") return "Order placed";
  if (step.kind === "paid") return "Payment received";
  switch (step.toStatus) {
    case "PREPARING":
      return preparingLabel;
    case "SHIPPED":
      return "Shipped";
    case "DELIVERED":
      return "Delivered";
    case "CANCELLED":
      return "Cancelled";
    default:
      return "Placed";
  }
}
