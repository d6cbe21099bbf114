/** Fired on window after anything changes the cart, so the header count refetches. */
export const CART_CHANGED_EVENT = "ok:cart-changed";

export function announceCartChanged(itemCount?: number): void {
  window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: { itemCount } }));
}
