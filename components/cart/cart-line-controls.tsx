"use client";

import { useActionState } from "react";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";
import { LiveMessage } from "@/components/ui/live-message";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import type { CartAction } from "./cart-action-state";

export interface CartLineControlsProps {
  productId: string;
  title: string;
  quantity: number;
  stock: number;
  /** The set-quantity server action, handed down by the page. */
  action: CartAction;
}

const stepClass =
  "inline-flex h-9 w-9 items-center justify-center rounded-full border border-roast-300 bg-white text-lg font-semibold text-roast-900 hover:bg-roast-100 disabled:cursor-not-allowed disabled:opacity-50";

/** − / + / Remove for one line. Each button submits the quantity it stands for, so it works without JS too. */
export function CartLineControls({ productId, title, quantity, stock, action }: CartLineControlsProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const max = Math.min(Math.max(stock, 1), MAX_LINE_QUANTITY);

  return (
    <form action={formAction} className="flex flex-col gap-1" aria-busy={pending}>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label={`Quantity of ${title}`} className="flex items-center gap-2">
          <button
            type="submit"
            name="quantity"
            value={quantity - 1}
            disabled={pending}
            aria-label={quantity === 1 ? `Remove ${title}` : `Decrease quantity of ${title}`}
            className={stepClass}
          >
            <span aria-hidden="true">−</span>
          </button>
          <output aria-live="off" className="min-w-8 text-center font-semibold tabular-nums">
            {quantity}
          </output>
          <button
            type="submit"
            name="quantity"
            value={quantity + 1}
            disabled={pending || quantity >= max}
            aria-label={`Increase quantity of ${title}`}
            className={stepClass}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
        <button
          type="submit"
          name="quantity"
          value={0}
          disabled={pending}
          className="ml-2 text-sm font-medium text-roast-700 underline underline-offset-4 hover:text-ember-700"
        >
          Remove<span className="sr-only"> {title}</span>
        </button>
      </div>
      {/* Successes are announced by the cart page's summary; only problems are reported per line. */}
      <LiveMessage message={state.status === "error" ? state.message : null} tone="error" className="min-h-0" />
    </form>
  );
}
