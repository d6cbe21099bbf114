import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TPoll, TPollResults } from "@/lib/platform/contracts/polls";

export const pollSelect = {
  id: true,
  kind: true,
  question: true,
  audience: true,
  closesAt: true,
  closedAt: true,
  product: { select: { id: true, slug: true, title: true } },
  createdBy: { select: { name: true, image: true } },
  options: { select: { id: true, label: true }, orderBy: { position: "asc" } },
  answers: {
    where: { published: true },
    select: { id: true, body: true, shopper: { select: { alias: true } } },
    orderBy: { updatedAt: "asc" },
  },
} satisfies Prisma.PollSelect;

type PollRow = Prisma.PollGetPayload<{ select: typeof pollSelect }>;
type Tx = Db | Prisma.TransactionClient;

export function isClosed(poll: { closedAt: Date | null; closesAt: Date }, now = new Date()): boolean {
  return poll.closedAt !== null || poll.closesAt <= now;
}

/** Counts per option and %, or nothing while fewer people answered than the store shows counts for. */
export async function pollResults(db: Tx, pollId: string, threshold: number): Promise<TPollResults> {
  const [options, groups] = await Promise.all([
    db.pollOption.findMany({ where: { pollId }, select: { id: true }, orderBy: { position: "asc" } }),
    db.pollAnswer.groupBy({ by: ["optionId"], where: { pollId }, _count: { _all: true } }),
  ]);
  const total = groups.reduce((n, g) => n + g._count._all, 0);
  if (options.length === 0 || total < threshold) return { total, options: null };
  const byOption = new Map(groups.map((g) => [g.optionId, g._count._all]));
  return {
    total,
    options: options.map(({ id }) => {
      const count = byOption.get(id) ?? 0;
      return { id, count, percent: Math.round((count / total) * 1000) / 10 };
    }),
  };
}

export function toPoll(row: PollRow, results: TPollResults, now = new Date()): TPoll {
  return {
    id: row.id,
    kind: row.kind as TPoll["kind"],
    question: row.question,
    audience: row.audience as TPoll["audience"],
    product: row.product,
    options: row.options,
    host: { name: row.createdBy.name, avatarUrl: row.createdBy.image },
    closesAt: row.closesAt.toISOString(),
    closed: isClosed(row, now),
    results,
    published: row.answers.map((a) => ({ id: a.id, alias: a.shopper.alias, body: a.body ?? "" })),
  };
}

export async function readPoll(db: Tx, pollId: string, threshold: number): Promise<TPoll | null> {
  const row = await db.poll.findUnique({ where: { id: pollId }, select: pollSelect });
  return row ? toPoll(row, await pollResults(db, pollId, threshold)) : null;
}
