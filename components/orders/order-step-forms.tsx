"use client";

import { TextAreaField, TextField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TOrderStatus } from "@/lib/platform/contracts/orders";
import { fieldError, type TFormState } from "@/lib/platform/contracts/form-state";

export interface StepFormProps {
  orderId: string;
  status: TOrderStatus;
  /** One per page render: a double click sends the same key, so it makes one step. */
  clickKey: string;
  state: TFormState;
  action: (formData: FormData) => void;
}

function Hidden({ orderId, status, clickKey }: Pick<StepFormProps, "orderId" | "status" | "clickKey">) {
  return (
    <>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <input type="hidden" name="idempotencyKey" value={clickKey} />
    </>
  );
}

const box = "space-y-3 rounded-xl border border-roast-200 bg-white p-4";

function NoteField({ id, state, hint }: { id: string; state: TFormState; hint: string }) {
  return <TextAreaField id={id} name="note" label="Note to the buyer (optional)" rows={3} hint={hint} state={state} />;
}

/** Placed → Preparing, with a note and a photo the buyer sees ("Roasted this morning, batch 42"). */
export function PrepareForm({ preparingLabel, ...props }: StepFormProps & { preparingLabel: string }) {
  const photoError = fieldError(props.state, "photo");
  return (
    <form action={props.action} className={box} aria-label="Start preparing" noValidate>
      <h3 className="font-semibold">Next: {preparingLabel}</h3>
      <Hidden {...props} />
      <input type="hidden" name="to" value="PREPARING" />
      <NoteField id="prepare-note" state={props.state} hint="Shown on the buyer’s order page with your name." />
      <div>
        <label htmlFor="prepare-photo" className="block text-sm font-medium text-roast-900">
          Photo (optional)
        </label>
        <input
          id="prepare-photo"
          name="photo"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          aria-invalid={photoError ? true : undefined}
          aria-describedby={photoError ? "prepare-photo-error" : undefined}
          className="mt-1 block w-full text-sm"
        />
        {photoError ? (
          <p id="prepare-photo-error" className="mt-1 text-sm font-medium text-red-700">
            {photoError}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Moving…">Move to {preparingLabel}</SubmitButton>
    </form>
  );
}

/** Preparing → Shipped, with carrier and tracking (all optional). */
export function ShipForm(props: StepFormProps) {
  const { state } = props;
  return (
    <form action={props.action} className={box} aria-label="Ship" noValidate>
      <h3 className="font-semibold">Next: Shipped</h3>
      <Hidden {...props} />
      <input type="hidden" name="to" value="SHIPPED" />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="ship-carrier" name="carrier" label="Carrier (optional)" state={state} />
        <TextField id="ship-tracking" name="trackingNumber" label="Tracking number (optional)" state={state} />
      </div>
      <TextField
        id="ship-url"
        name="trackingUrl"
        label="Tracking link (optional)"
        hint="https://… from the carrier"
        state={state}
      />
      <NoteField id="ship-note" state={state} hint="Shown on the buyer’s order page with your name." />
      <SubmitButton pendingLabel="Moving…">Mark shipped</SubmitButton>
    </form>
  );
}

/** Shipped → Delivered. */
export function DeliverForm(props: StepFormProps) {
  return (
    <form action={props.action} className={box} aria-label="Deliver" noValidate>
      <h3 className="font-semibold">Next: Delivered</h3>
      <Hidden {...props} />
      <input type="hidden" name="to" value="DELIVERED" />
      <NoteField id="deliver-note" state={props.state} hint="Shown on the buyer’s order page with your name." />
      <SubmitButton pendingLabel="Moving…">Mark delivered</SubmitButton>
    </form>
  );
}

/** Cancel before shipping (owners): the items go back in stock. */
export function CancelForm(props: StepFormProps) {
  return (
    <details className="rounded-xl border border-roast-200 bg-white p-4" open={props.state.status === "error"}>
      <summary className="cursor-pointer font-semibold text-red-800">Cancel the order…</summary>
      <form
        action={props.action}
        onSubmit={(event) => {
          if (!window.confirm("Cancel this order? Its items go back in stock.")) event.preventDefault();
        }}
        className="mt-3 space-y-3"
        aria-label="Cancel order"
        noValidate
      >
        <p className="text-sm text-roast-800">Only before shipping. Its items go back in stock at once.</p>
        <Hidden {...props} />
        <NoteField id="cancel-note" state={props.state} hint="Tell the buyer why; shown on their order page." />
        <SubmitButton variant="danger" pendingLabel="Cancelling…">
          Cancel order
        </SubmitButton>
      </form>
    </details>
  );
}

/** Payment arrived (e.g. cash on delivery): recorded once, with who recorded it. */
export function MarkPaidForm({ orderId, clickKey, action }: Omit<StepFormProps, "status" | "state">) {
  return (
    <form action={action} className="flex flex-wrap items-center gap-3" aria-label="Mark paid">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={clickKey} />
      <span className="text-sm text-roast-800">Not paid yet.</span>
      <SubmitButton variant="secondary" size="sm" pendingLabel="Recording…">
        Mark paid
      </SubmitButton>
    </form>
  );
}
