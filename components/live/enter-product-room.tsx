"use client";

import { useEffect } from "react";
import { useLive } from "./realtime-provider";

/** Tells the shop this tab is on a product page, for as long as the page is shown. */
export function EnterProductRoom({ productId }: { productId: string }) {
  const { setProductId } = useLive();
  useEffect(() => {
    setProductId(productId);
    return () => setProductId(null);
  }, [productId, setProductId]);
  return null;
}
