"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import type { CountryOption } from "@/lib/domains/checkout/countries";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import { SelectField, TextField } from "@/components/ui/form-field";
import { IDLE_FORM_STATE, submittedValue, type TFormState } from "@/lib/platform/contracts/form-state";

export interface CheckoutFormProps {
  idempotencyKey: string;
  countries: CountryOption[];
  paymentMethods: { id: string; label: string; description: string }[];
  /** The place-order server action, handed down by the page. */
  action: (previous: TFormState, formData: FormData) => Promise<TFormState>;
}

const NO_ERRORS: Record<string, string | undefined> = {};

const FIELD_ORDER = ["customerName", "email", "addressLine1", "addressLine2", "city", "postalCode", "country"] as const;

/**
 * Fields are uncontrolled with defaultValue taken from the last submission, so React's post-action form
 * reset restores what the shopper typed instead of clearing it.
 */
export function CheckoutForm({ idempotencyKey, countries, paymentMethods, action }: CheckoutFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const paymentMethod = submittedValue(state, "paymentMethod") ?? "pay_on_delivery";
  const errors: Record<string, string | undefined> = (state.status === "error" && state.fieldErrors) || NO_ERRORS;
  const at = state.status === "idle" ? undefined : state.at;
  // Sold out or empty: the cart, not this form, is what has to change.
  const cartProblem = state.status === "error" && (state.code === "sold_out" || state.code === "conflict");

  // Move focus to the first field that needs attention.
  useEffect(() => {
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [at, errors]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="flex flex-col gap-8"
      aria-describedby="checkout-status"
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-display text-xl text-roast-900">Contact</legend>
        <TextField
          id="field-customerName"
          name="customerName"
          label="Full name"
          autoComplete="name"
          required
          state={state}
        />
        <TextField
          id="field-email"
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          state={state}
          hint="Used only for this order."
        />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-display text-xl text-roast-900">Delivery address</legend>
        <TextField
          className="sm:col-span-2"
          id="field-addressLine1"
          name="addressLine1"
          label="Address line 1"
          autoComplete="address-line1"
          required
          state={state}
        />
        <TextField
          className="sm:col-span-2"
          id="field-addressLine2"
          name="addressLine2"
          label="Address line 2 (optional)"
          autoComplete="address-line2"
          state={state}
        />
        <TextField id="field-city" name="city" label="City" autoComplete="address-level2" required state={state} />
        <TextField
          id="field-postalCode"
          name="postalCode"
          label="Postal code"
          autoComplete="postal-code"
          required
          state={state}
        />
        <SelectField
          className="sm:col-span-2"
          id="field-country"
          name="country"
          label="Country"
          autoComplete="country"
          required
          placeholder="Choose a country"
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          state={state}
        />
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-display text-xl text-roast-900">Payment</legend>
        <div className="flex flex-col gap-2">
          {paymentMethods.map((method) => (
            <label
              key={method.id}
              className="flex cursor-pointer items-start gap-3 rounded-xl border border-roast-300 bg-white p-4 has-checked:border-roast-900"
            >
              <input
                type="radio"
                name="paymentMethod"
                value={method.id}
                defaultChecked={paymentMethod === method.id}
                className="mt-1 h-4 w-4 accent-roast-900"
              />
              <span>
                <span className="block font-semibold text-roast-900">{method.label}</span>
                <span className="block text-sm text-roast-700">{method.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-col gap-3">
        <div id="checkout-status">
          <LiveMessage message={state.status === "error" ? state.message : null} tone="error" />
          {cartProblem ? (
            <Link href="/cart" className="text-sm font-semibold text-roast-900 underline underline-offset-4">
              Review your cart
            </Link>
          ) : null}
        </div>
        <Button type="submit" disabled={pending} className="w-full py-3 text-base sm:w-auto">
          {pending ? "Placing your order…" : "Place order"}
        </Button>
      </div>
    </form>
  );
}
