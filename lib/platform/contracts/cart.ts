import "./zod-browser";
import { z } from "zod";

import { MAX_LINE_QUANTITY } from "./limits";

export const ZAddToCart = z
  .object({
    productId: z.uuid(),
    quantity: z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY).default(1),
  })
  .strict();
export type TAddToCart = z.infer<typeof ZAddToCart>;

export const ZSetCartQuantity = z
  .object({
    productId: z.uuid(),
    quantity: z.coerce.number().int().min(0).max(MAX_LINE_QUANTITY),
  })
  .strict();
export type TSetCartQuantity = z.infer<typeof ZSetCartQuantity>;
