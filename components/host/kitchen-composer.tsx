"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { IDLE_FORM_STATE, fieldError, type TFormState } from "@/lib/platform/contracts/form-state";
import { KITCHEN_UPDATE_MAX, type TKitchenUpdate } from "@/lib/platform/contracts/kitchen";
import { SubmitButton } from "@/components/ui/submit-button";

type KitchenAction = (state: TFormState, formData: FormData) => Promise<TFormState>;

/**
 * Post (or edit) a kitchen update without leaving the queue: a textarea, what it is about, and
 * Ctrl/⌘+Enter to send. Keys typed here never reach the queue's shortcuts (they skip text fields).
 */
export function KitchenComposer({
  action,
  products,
  update,
}: {
  action: KitchenAction;
  products: { id: string; title: string }[];
  update?: TKitchenUpdate;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const bodyError = fieldError(state, "body");

  useEffect(() => {
    if (state.status === "ok" && !update) form.current?.reset();
  }, [state, update]);

  return (
    <form
      ref={form}
      action={formAction}
      className="space-y-2"
      aria-label={update ? "Edit kitchen update" : "Post a kitchen update"}
    >
      {update ? <input type="hidden" name="id" value={update.id} /> : null}
      <label htmlFor={`${id}-body`} className="block text-sm font-semibold text-roast-900">
        {update ? "Update text" : "From the kitchen"}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={3}
        maxLength={KITCHEN_UPDATE_MAX}
        required
        defaultValue={update?.body ?? (state.status === "error" ? state.values?.body : undefined)}
        placeholder="Roasting the Kenya AA this morning, batch 42."
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={bodyError ? `${id}-error` : undefined}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) form.current?.requestSubmit();
        }}
        className="w-full rounded-md border border-roast-300 p-2 text-sm"
      />
      {bodyError ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {bodyError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col text-sm text-roast-900">
          <label htmlFor={`${id}-product`}>About</label>
          <select
            id={`${id}-product`}
            name="productIds"
            defaultValue={update?.products[0]?.id ?? ""}
            className="rounded-md border border-roast-300 px-2 py-1"
          >
            <option value="">The whole shop</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton size="sm" pendingLabel="Posting…">
          {update ? "Save" : "Post update"}
        </SubmitButton>
        <span aria-live="polite" className="text-sm">
          {state.status === "error" ? <span className="text-red-800">{state.message}</span> : null}
          {state.status === "ok" ? <span className="text-leaf-600">{state.message}</span> : null}
        </span>
      </div>
    </form>
  );
}
