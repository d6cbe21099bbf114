"use client";

import { useEffect } from "react";
import { useLive } from "./realtime-provider";

/** Tells the shop this tab is on a product page, for as long as the page is shown. */
export function EnterProductRoom({ productId }: { productId: string }) {
  const { enterProduct } = useLive();
  // The returned leave is a no-op when the next page has already entered its own room.
  useEffect(() => enterProduct(productId), [productId, enterProduct]);
  return null;
}
