"use client";

import { useEffect } from "react";
import { announceCartChanged } from "./cart-events";

/** Tells the header badge the cart's size whenever the server re-renders the cart (including after a line is removed). */
export function CartCountSync({ itemCount }: { itemCount: number }) {
  useEffect(() => {
    announceCartChanged(itemCount);
  }, [itemCount]);
  return null;
}
