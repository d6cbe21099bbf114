import "./zod-browser";
import { z } from "zod";
import { PROMPT_ANSWER_MAX } from "./limits";
import { zBlock, zLine } from "./text";

export const POLL_KINDS = ["poll", "prompt"] as const;
export const POLL_AUDIENCES = ["product", "store", "cart"] as const;
export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 6;
export const POLL_QUESTION_MAX = 200;
export const POLL_OPTION_MAX = 80;
export { PROMPT_ANSWER_MAX };
export const POLL_HOURS_DEFAULT = 24;
export const POLL_HOURS_MAX = 24 * 14;

const ZQuestion = zLine()
  .min(3, "Please write the question")
  .max(POLL_QUESTION_MAX, `At most ${POLL_QUESTION_MAX} characters`);
const ZOption = zLine().min(1, "Options cannot be empty").max(POLL_OPTION_MAX, `At most ${POLL_OPTION_MAX} characters`);

/** A host opens a poll (2–6 options) or an open prompt (free-text answers) for an audience. */
export const ZPollCreate = z
  .object({
    kind: z.enum(POLL_KINDS),
    question: ZQuestion,
    options: z.array(ZOption).max(POLL_OPTIONS_MAX, `At most ${POLL_OPTIONS_MAX} options`).default([]),
    audience: z.enum(POLL_AUDIENCES),
    productId: z.uuid().nullable().default(null),
    hours: z.number().int().min(1).max(POLL_HOURS_MAX).default(POLL_HOURS_DEFAULT),
  })
  .strict()
  .superRefine((poll, ctx) => {
    if (poll.kind === "poll" && poll.options.length < POLL_OPTIONS_MIN) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `A poll needs at least ${POLL_OPTIONS_MIN} options` });
    }
    if (poll.kind === "prompt" && poll.options.length > 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "An open prompt has no options" });
    }
    if (poll.audience !== "store" && !poll.productId) {
      ctx.addIssue({ code: "custom", path: ["productId"], message: "Choose the product this is about" });
    }
    if (new Set(poll.options.map((o) => o.toLowerCase())).size !== poll.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Options must differ" });
    }
  });
export type TPollCreate = z.input<typeof ZPollCreate>;

export const ZPollRef = z.object({ pollId: z.uuid() }).strict();
export type TPollRef = z.infer<typeof ZPollRef>;

/** One click on an option, or a free-text answer to a prompt; one answer per person, not per tab. */
export const ZPollAnswer = z.union([
  z.object({ pollId: z.uuid(), optionId: z.uuid() }).strict(),
  z
    .object({
      pollId: z.uuid(),
      body: zBlock()
        .min(2, "Please write a few words")
        .max(PROMPT_ANSWER_MAX, `At most ${PROMPT_ANSWER_MAX} characters`),
      showAlias: z.boolean().default(false),
    })
    .strict(),
]);
export type TPollAnswer = z.input<typeof ZPollAnswer>;

export const ZPollList = z.object({ productId: z.uuid().nullable() }).strict();
export const ZPollFollow = z.object({ pollId: z.uuid(), on: z.boolean() }).strict();
export const ZPromptPublish = z.object({ answerId: z.uuid() }).strict();

// ---- What the server sends.

export const ZPollResults = z.object({
  total: z.number().int().nonnegative(),
  /** Null while fewer people answered than the store's presence threshold: "too few answers to show". */
  options: z.array(z.object({ id: z.string(), count: z.number().int(), percent: z.number() })).nullable(),
});
export type TPollResults = z.infer<typeof ZPollResults>;

export const ZPublishedAnswer = z.object({ id: z.string(), alias: z.string(), body: z.string() });

export const ZPoll = z.object({
  id: z.string(),
  kind: z.enum(POLL_KINDS),
  question: z.string(),
  audience: z.enum(POLL_AUDIENCES),
  product: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
  host: z.object({ name: z.string(), avatarUrl: z.string().nullable() }),
  closesAt: z.iso.datetime(),
  closed: z.boolean(),
  results: ZPollResults,
  published: z.array(ZPublishedAnswer),
});
export type TPoll = z.infer<typeof ZPoll>;

/** The asking shopper's own answer, only ever sent to them. */
export const ZMyPollAnswer = z.object({
  optionId: z.string().nullable(),
  body: z.string().nullable(),
  following: z.boolean(),
});
export type TMyPollAnswer = z.infer<typeof ZMyPollAnswer>;

/** What staff see of a prompt answer: the alias only when the shopper allowed it. */
export const ZPromptAnswerForStaff = z.object({
  id: z.string(),
  pollId: z.string(),
  body: z.string(),
  alias: z.string().nullable(),
  published: z.boolean(),
  at: z.iso.datetime(),
});
export type TPromptAnswerForStaff = z.infer<typeof ZPromptAnswerForStaff>;
