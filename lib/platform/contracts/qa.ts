import "./zod-browser";
import { z } from "zod";
import { RESERVED_WORD_MESSAGE, usesReservedWord } from "./public-name";
import { zBlock, zLine } from "./text";

import { DISPLAY_NAME_MAX, QA_BODY_MAX } from "./limits";

export { DISPLAY_NAME_MAX, QA_BODY_MAX };

const ZBody = zBlock()
  .min(3, "Please write at least a few words")
  .max(QA_BODY_MAX, `Please keep it under ${QA_BODY_MAX} characters`);
/** A name for one post; the shopper's alias when empty. */
const ZDisplayName = zLine()
  .max(DISPLAY_NAME_MAX, `At most ${DISPLAY_NAME_MAX} characters`)
  .refine((name) => !usesReservedWord(name), RESERVED_WORD_MESSAGE)
  .optional();
/** Client-generated, so a retried post is recognised and never stored twice. */
const ZIdempotencyKey = z.uuid("idempotencyKey must be a UUID");

export const ZQaAsk = z
  .object({ productId: z.uuid(), body: ZBody, displayName: ZDisplayName, idempotencyKey: ZIdempotencyKey })
  .strict();
export type TQaAsk = z.infer<typeof ZQaAsk>;

export const ZQaReply = z
  .object({ questionId: z.uuid(), body: ZBody, displayName: ZDisplayName, idempotencyKey: ZIdempotencyKey })
  .strict();
export type TQaReply = z.infer<typeof ZQaReply>;

export const ZQaPostRef = z.object({ kind: z.enum(["question", "reply"]), id: z.uuid() }).strict();
export type TQaPostRef = z.infer<typeof ZQaPostRef>;

export const ZQaEdit = z.object({ post: ZQaPostRef, body: ZBody }).strict();
export type TQaEdit = z.infer<typeof ZQaEdit>;

/** "Me too" on a question, "helpful" on a reply: one each per shopper. */
export const ZQaVote = z.object({ post: ZQaPostRef, on: z.boolean() }).strict();
export type TQaVote = z.infer<typeof ZQaVote>;

export const ZQaFollow = z.object({ questionId: z.uuid(), on: z.boolean() }).strict();
export type TQaFollow = z.infer<typeof ZQaFollow>;

/** Catch-up: every thread that changed after `afterSeq` (all products for hosts when productId is null). */
export const ZQaSince = z
  .object({
    productId: z.uuid().nullable(),
    afterSeq: z.string().regex(/^\d{1,19}$/, "afterSeq must be a sequence number"),
  })
  .strict();
export type TQaSince = z.infer<typeof ZQaSince>;

export const ZQaQuestionRef = z.object({ questionId: z.uuid() }).strict();
export type TQaQuestionRef = z.infer<typeof ZQaQuestionRef>;

export const QA_MODERATION_ACTIONS = ["hide", "restore", "pin", "unpin", "accept", "unaccept"] as const;
export const ZQaModerate = z.object({ action: z.enum(QA_MODERATION_ACTIONS), post: ZQaPostRef }).strict();
export type TQaModerate = z.infer<typeof ZQaModerate>;

export const ZHostDuty = z.object({ onDuty: z.boolean() }).strict();
export type THostDuty = z.infer<typeof ZHostDuty>;

// ---- What the server sends. Hidden posts reach the public without their body.

export const ZQaAuthor = z.object({
  kind: z.enum(["shopper", "host"]),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  verifiedBuyer: z.boolean(),
  regular: z.boolean(),
});
export type TQaAuthor = z.infer<typeof ZQaAuthor>;

export const ZQaReplyDto = z.object({
  id: z.string(),
  questionId: z.string(),
  body: z.string().nullable(),
  author: ZQaAuthor,
  hidden: z.boolean(),
  accepted: z.boolean(),
  helpfulCount: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
});
export type TQaReplyDto = z.infer<typeof ZQaReplyDto>;

export const ZQaThread = z.object({
  id: z.string(),
  product: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
  body: z.string().nullable(),
  author: ZQaAuthor,
  hidden: z.boolean(),
  pinned: z.boolean(),
  meTooCount: z.number().int().nonnegative(),
  /** The first host who opened the question. */
  seenBy: z.object({ name: z.string(), at: z.iso.datetime() }).nullable(),
  /** When a host first answered; null while the question waits. */
  firstHostAnswerAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  replies: z.array(ZQaReplyDto),
});
export type TQaThread = z.infer<typeof ZQaThread>;

export const ZQaChanged = z.object({ seq: z.string(), thread: ZQaThread });
export type TQaChanged = z.infer<typeof ZQaChanged>;

export const ZHostOnDuty = z.object({
  id: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  since: z.iso.datetime(),
});
export type THostOnDuty = z.infer<typeof ZHostOnDuty>;

/** Median time to a first host answer; null median when there were too few answers to say. */
export const ZResponseTimes = z.object({
  windowDays: z.number(),
  answered: z.number().int(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  /** With kitchen hours set: waits count kitchen time only, and answers are split by when they came. */
  kitchenTime: z.boolean().optional(),
  answeredInsideHours: z.number().int().optional(),
  answeredOutsideHours: z.number().int().optional(),
});
export type TResponseTimes = z.infer<typeof ZResponseTimes>;

/** The host console's view of the shop floor: the same counts shoppers see, anonymized. */
export const ZFloor = z.object({
  shoppersInShop: z.number().int(),
  products: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string(), viewers: z.number().int() })),
  cartsInProgress: z.array(z.object({ productId: z.string(), title: z.string(), carts: z.number().int() })),
  /** Orders waiting for a step, and when the oldest of them was placed. */
  orders: z.object({
    toPrepare: z.object({ count: z.number().int(), oldestAt: z.iso.datetime().nullable() }),
    toShip: z.object({ count: z.number().int(), oldestAt: z.iso.datetime().nullable() }),
  }),
  at: z.iso.datetime(),
});
export type TFloor = z.infer<typeof ZFloor>;
