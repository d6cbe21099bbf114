"use client";

import type { TOrderTimeline } from "@/lib/platform/contracts/orders";
import { HowCounted } from "@/components/live/how-counted";
import { OrderStatusProgress } from "@/components/checkout/order-status-progress";
import { LiveMessage } from "@/components/ui/live-message";
import { OrderStepItem } from "./order-step-item";
import { stepTitle } from "./step-title";
import { useOrderTimeline } from "./use-order-timeline";

export interface OrderLiveTimelineProps {
  initial: TOrderTimeline;
  /** The private link's key, when the page was opened through it (it lets this page follow the order). */
  linkKey: string | null;
  preparingLabel: string;
  timeZone: string;
  storeName: string;
  /** The buyer's page ("by you") or a staff page ("by the buyer"). */
  buyerView: boolean;
}

/** The order's progress and every real step, updated live while the page is open. */
export function OrderLiveTimeline({
  initial,
  linkKey,
  preparingLabel,
  timeZone,
  storeName,
  buyerView,
}: OrderLiveTimelineProps) {
  const { timeline, live } = useOrderTimeline(initial, linkKey);
  const latest = timeline.steps[timeline.steps.length - 1];
  const grew = timeline.steps.length > initial.steps.length;
  return (
    <div className="space-y-6">
      <OrderStatusProgress status={timeline.status} preparingLabel={preparingLabel} />
      <div>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-lg text-roast-900">What has happened</h3>
          <p className="text-xs text-roast-700" data-testid="timeline-live">
            {live ? "● Live: new steps appear here as they happen" : "Connecting for live updates…"}
          </p>
        </div>
        <ol aria-label="Order timeline" className="ml-1.5">
          {timeline.steps.map((step) => (
            <OrderStepItem
              key={step.id}
              step={step}
              preparingLabel={preparingLabel}
              timeZone={timeZone}
              buyerView={buyerView}
            />
          ))}
        </ol>
        <LiveMessage
          className="mt-3"
          message={grew && latest ? `New step: ${stepTitle(latest, preparingLabel)}.` : ""}
        />
      </div>
      <HowCounted summary="How is this shown?">
        <p>
          Only real steps are shown. Each one was stored when someone at {storeName} took it, with their name and the
          time; notes and photos are theirs. Nothing here is estimated or animated: if nothing has happened yet, nothing
          new appears.
        </p>
        <p>Times are in the shop&apos;s time zone ({timeZone}).</p>
      </HowCounted>
    </div>
  );
}
