import type { TFormState } from "@/lib/platform/contracts/form-state";

/** What a cart server action reports back to its form: on success, the cart's new item count. */
export type CartActionState = TFormState<{ itemCount: number }>;

/** The shape of a cart server action as useActionState calls it. */
export type CartAction = (previous: CartActionState, formData: FormData) => Promise<CartActionState>;
