"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import type { TOrderStatus } from "@/lib/platform/contracts/orders";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";
import { CancelForm, DeliverForm, MarkPaidForm, PrepareForm, ShipForm } from "./order-step-forms";
import { useOrderFeed } from "./use-order-timeline";

type Action = (state: TFormState, formData: FormData) => Promise<TFormState>;

export interface OrderStepPanelProps {
  orderId: string;
  status: TOrderStatus;
  paid: boolean;
  preparingLabel: string;
  canCancel: boolean;
  /** Fresh on every render of the page: one per action, so two different clicks never share one. */
  clickKeys: { advance: string; cancel: string; paid: string };
  advance: Action;
  cancel: Action;
  markPaid: Action;
}

function latest(...states: TFormState[]): TFormState {
  return states.reduce((a, b) => (b.status !== "idle" && (a.status === "idle" || (b.at ?? 0) > (a.at ?? 0)) ? b : a));
}

/**
 * The next steps for this order. Its state outlives the forms (a step done swaps the form), so the
 * outcome stays readable; when anyone else moves the order, the page re-renders with where it is now.
 */
export function OrderStepPanel(props: OrderStepPanelProps) {
  const { orderId, status, clickKeys } = props;
  const router = useRouter();
  const [advanced, advance] = useActionState(props.advance, IDLE_FORM_STATE);
  const [cancelled, cancel] = useActionState(props.cancel, IDLE_FORM_STATE);
  const [paid, markPaid] = useActionState(props.markPaid, IDLE_FORM_STATE);
  useOrderFeed({ onProgressed: (p) => p.orderId === orderId && router.refresh() });

  const outcome = latest(advanced, cancelled, paid);
  const common = { orderId, status, clickKey: clickKeys.advance };
  return (
    <section aria-labelledby="steps-title" className="space-y-3">
      <h2 id="steps-title" className="text-lg font-semibold">
        Fulfilment
      </h2>
      <FormStatus state={outcome} />
      {status === "PLACED" ? (
        <PrepareForm {...common} state={advanced} action={advance} preparingLabel={props.preparingLabel} />
      ) : status === "PREPARING" ? (
        <ShipForm {...common} state={advanced} action={advance} />
      ) : status === "SHIPPED" ? (
        <DeliverForm {...common} state={advanced} action={advance} />
      ) : (
        <p className="rounded-xl border border-roast-200 bg-white p-4 text-sm text-roast-800">
          {status === "DELIVERED" ? "Delivered: nothing left to do." : "Cancelled: nothing left to do."}
        </p>
      )}
      {!props.paid && status !== "CANCELLED" ? (
        <MarkPaidForm orderId={orderId} clickKey={clickKeys.paid} action={markPaid} />
      ) : null}
      {props.canCancel && (status === "PLACED" || status === "PREPARING") ? (
        <CancelForm {...common} clickKey={clickKeys.cancel} state={cancelled} action={cancel} />
      ) : null}
    </section>
  );
}
