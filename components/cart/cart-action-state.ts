/** What a cart server action reports back to its form. */
export interface CartActionState {
  ok: boolean;
  message: string | null;
  itemCount?: number;
  /** Changes on every completed submission, so the same message is announced again. */
  at?: number;
}

/** The shape of a cart server action as useActionState calls it. */
export type CartAction = (previous: CartActionState, formData: FormData) => Promise<CartActionState>;

export const initialCartActionState: CartActionState = { ok: true, message: null };
