/** The checkout form's fields as typed, echoed back on error so nothing typed is lost. */
export interface CheckoutFormValues {
  customerName: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postalCode: string;
  country: string;
  paymentMethod: string;
}

export type CheckoutField = keyof CheckoutFormValues;

export interface CheckoutFormState {
  message: string | null;
  problem?: "sold_out" | "empty_cart" | "other";
  fieldErrors: Partial<Record<CheckoutField, string>>;
  values: CheckoutFormValues;
  at?: number;
  /**
   * The key the next submission carries: the same one after a form error or a failure (a retry must not
   * place a second order), a fresh one after a refusal (the refused key keeps answering with that refusal).
   */
  nextIdempotencyKey?: string;
}

export const emptyCheckoutValues: CheckoutFormValues = {
  customerName: "",
  email: "",
  addressLine1: "",
  addressLine2: "",
  city: "",
  postalCode: "",
  country: "",
  paymentMethod: "pay_on_delivery",
};

export const initialCheckoutFormState: CheckoutFormState = {
  message: null,
  fieldErrors: {},
  values: emptyCheckoutValues,
};
