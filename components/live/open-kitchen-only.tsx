import type { ReactNode } from "react";
import { OPEN_KITCHEN_ONLY } from "@/lib/platform/contracts/kitchen-cookie";

/**
 * What only the open kitchen shows (live counts, the feed, social proof, polls, kitchen updates, hosts): hidden
 * by the shop's CSS in an experiment's closed kitchen, and while the kitchen is still being decided.
 */
export function OpenKitchenOnly({ children, className = "contents" }: { children: ReactNode; className?: string }) {
  return (
    // "contents" by default, so the wrapper leaves the layout alone; a parent's space-y-* needs a real box instead.
    <div {...{ [OPEN_KITCHEN_ONLY]: "" }} className={className}>
      {children}
    </div>
  );
}
