import "./zod-browser";
import { z } from "zod";
import { zBlock } from "./text";

export const KITCHEN_UPDATE_MAX = 1000;

export const ZKitchenUpdateInput = z
  .object({
    body: zBlock()
      .min(3, "Please write the update")
      .max(KITCHEN_UPDATE_MAX, `Please keep it under ${KITCHEN_UPDATE_MAX} characters`),
    /** None: about the whole shop. */
    productIds: z.array(z.uuid()).max(20).default([]),
  })
  .strict();
export type TKitchenUpdateInput = z.input<typeof ZKitchenUpdateInput>;

export const ZKitchenUpdateRef = z.object({ id: z.uuid() }).strict();

export const ZKitchenUpdate = z.object({
  id: z.string(),
  body: z.string(),
  imageUrl: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string(), avatarUrl: z.string().nullable() }),
  products: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string() })),
  at: z.iso.datetime(),
  edited: z.boolean(),
});
export type TKitchenUpdate = z.infer<typeof ZKitchenUpdate>;

/** Sent to the buyer of a product when a question about it waits for a host. */
export const ZHelpRequest = z.object({
  questionId: z.string(),
  question: z.string(),
  product: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
});
export type THelpRequest = z.infer<typeof ZHelpRequest>;

/** The /admin/kitchen edit form: the same fields, for one update. */
export const ZKitchenUpdateEdit = ZKitchenUpdateInput.extend({ id: z.uuid() }).strict();
