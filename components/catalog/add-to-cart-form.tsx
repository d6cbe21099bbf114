"use client";

import { useActionState, useEffect, type FormEvent } from "react";
import type { CartAction } from "@/components/cart/cart-action-state";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import { announceCartChanged } from "@/components/cart/cart-events";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";

export interface AddToCartFormProps {
  productId: string;
  stock: number;
  /** The add-to-cart server action, handed down by the page (components do not import app). */
  action: CartAction;
}

export function AddToCartForm({ productId, stock, action }: AddToCartFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const soldOut = stock <= 0;
  const max = Math.max(1, Math.min(stock, MAX_LINE_QUANTITY));

  useEffect(() => {
    if (state.status === "ok") announceCartChanged(state.data?.itemCount);
  }, [state]);

  // The button is never disabled while adding: a disabled button drops keyboard focus to <body>.
  // A second press meanwhile is ignored here instead (React runs no action for a prevented submit).
  const ignoreWhilePending = (event: FormEvent) => {
    if (pending) event.preventDefault();
  };

  return (
    <form action={formAction} onSubmit={ignoreWhilePending} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="add-quantity" className="block text-sm font-semibold text-roast-900">
            Quantity
          </label>
          <input
            id="add-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            defaultValue={1}
            disabled={soldOut}
            className="mt-1 w-20 rounded-lg border border-roast-300 bg-white px-3 py-2 text-roast-900 disabled:bg-roast-100"
          />
        </div>
        <Button
          type="submit"
          disabled={soldOut}
          aria-disabled={pending || undefined}
          className="px-6 py-3 aria-disabled:cursor-wait aria-disabled:opacity-60"
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to cart"}
        </Button>
      </div>
      <LiveMessage
        message={state.status === "idle" ? null : state.message}
        tone={state.status === "error" ? "error" : "success"}
      />
    </form>
  );
}
