import { shownAvatar } from "@/lib/domains/staff/staff-profile";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TQaAuthor, TQaReplyDto, TQaThread } from "@/lib/platform/contracts/qa";

const replySelect = {
  id: true,
  questionId: true,
  body: true,
  authorName: true,
  verifiedBuyer: true,
  regular: true,
  hidden: true,
  accepted: true,
  editedAt: true,
  createdAt: true,
  staff: { select: { image: true } },
  staffId: true,
  _count: { select: { votes: true } },
} satisfies Prisma.ReplySelect;

export const threadSelect = {
  id: true,
  body: true,
  authorName: true,
  verifiedBuyer: true,
  regular: true,
  hidden: true,
  pinned: true,
  seenAt: true,
  seenBy: { select: { name: true } },
  firstHostAnswerAt: true,
  editedAt: true,
  createdAt: true,
  product: { select: { id: true, slug: true, title: true } },
  replies: { select: replySelect, orderBy: { createdAt: "asc" } },
  _count: { select: { votes: true } },
} satisfies Prisma.QuestionSelect;

type ThreadRow = Prisma.QuestionGetPayload<{ select: typeof threadSelect }>;
type ReplyRow = ThreadRow["replies"][number];

function toReply(row: ReplyRow): TQaReplyDto {
  const author: TQaAuthor = row.staffId
    ? {
        kind: "host",
        name: row.authorName,
        avatarUrl: shownAvatar(row.staff?.image),
        verifiedBuyer: false,
        regular: false,
      }
    : {
        kind: "shopper",
        name: row.authorName,
        avatarUrl: null,
        verifiedBuyer: row.verifiedBuyer,
        regular: row.regular,
      };
  return {
    id: row.id,
    questionId: row.questionId,
    body: row.body,
    author,
    hidden: row.hidden,
    accepted: row.accepted,
    helpfulCount: row._count.votes,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}

/** The full thread, as hosts see it (hidden posts keep their text). */
export function toThread(row: ThreadRow): TQaThread {
  return {
    id: row.id,
    product: row.product,
    body: row.body,
    author: {
      kind: "shopper",
      name: row.authorName,
      avatarUrl: null,
      verifiedBuyer: row.verifiedBuyer,
      regular: row.regular,
    },
    hidden: row.hidden,
    pinned: row.pinned,
    meTooCount: row._count.votes,
    seenBy: row.seenBy && row.seenAt ? { name: row.seenBy.name, at: row.seenAt.toISOString() } : null,
    firstHostAnswerAt: row.firstHostAnswerAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    replies: row.replies.map(toReply),
  };
}

/** What shoppers see: a hidden post stays in place, marked, without its text. */
export function publicThread(thread: TQaThread): TQaThread {
  return {
    ...thread,
    body: thread.hidden ? null : thread.body,
    replies: thread.replies.map((r) => (r.hidden ? { ...r, body: null } : r)),
  };
}
