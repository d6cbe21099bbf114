import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TMyPollAnswer, TPoll, TPromptAnswerForStaff } from "@/lib/platform/contracts/polls";
import { pollResults, pollSelect, toPoll } from "./poll-dto";

const CLOSED_SHOWN = 5;

async function withResults(db: Db, where: Prisma.PollWhereInput, threshold: number, take = 20): Promise<TPoll[]> {
  const rows = await db.poll.findMany({ where, select: pollSelect, orderBy: { createdAt: "desc" }, take });
  return Promise.all(rows.map(async (row) => toPoll(row, await pollResults(db, row.id, threshold))));
}

/**
 * What a shopper on a page is asked now (the shop's polls, this product's, and those about products in
 * their cart), what shoppers said in this product's closed polls, and the shopper's own answers.
 */
export async function pollsForShopper(
  db: Db,
  { shopperId, productId, threshold }: { shopperId: string | null; productId: string | null; threshold: number },
  now = new Date(),
) {
  const inCart = shopperId
    ? (await db.cartItem.findMany({ where: { cart: { shopperId } }, select: { productId: true } })).map(
        (i) => i.productId,
      )
    : [];
  const open: Prisma.PollWhereInput = { closedAt: null, closesAt: { gt: now } };
  const [active, closed] = await Promise.all([
    withResults(
      db,
      {
        ...open,
        OR: [
          { audience: "store" },
          ...(productId ? [{ audience: "product", productId }] : []),
          ...(inCart.length > 0 ? [{ audience: "cart", productId: { in: inCart } }] : []),
        ],
      },
      threshold,
    ),
    productId
      ? withResults(
          db,
          { productId, kind: "poll", OR: [{ closedAt: { not: null } }, { closesAt: { lte: now } }] },
          threshold,
          CLOSED_SHOWN,
        )
      : Promise.resolve([]),
  ]);
  const ids = [...active, ...closed].map((p) => p.id);
  const mine: Record<string, TMyPollAnswer> = {};
  if (shopperId && ids.length > 0) {
    const [answers, follows] = await Promise.all([
      db.pollAnswer.findMany({
        where: { shopperId, pollId: { in: ids } },
        select: { pollId: true, optionId: true, body: true },
      }),
      db.pollFollow.findMany({ where: { shopperId, pollId: { in: ids } }, select: { pollId: true } }),
    ]);
    for (const id of ids) {
      const a = answers.find((x) => x.pollId === id);
      const following = follows.some((f) => f.pollId === id);
      if (a || following) mine[id] = { optionId: a?.optionId ?? null, body: a?.body ?? null, following };
    }
  }
  return { active, closed, mine };
}

/** The console's panel: recent polls with live results and every prompt answer (alias only when allowed). */
export async function pollsForStaff(db: Db, threshold: number, now = new Date()) {
  const since = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const polls = await withResults(db, { createdAt: { gte: since } }, threshold, 30);
  const rows = await db.pollAnswer.findMany({
    where: { pollId: { in: polls.map((p) => p.id) }, body: { not: null } },
    select: {
      id: true,
      pollId: true,
      body: true,
      showAlias: true,
      published: true,
      updatedAt: true,
      shopper: { select: { alias: true } },
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  const answers: TPromptAnswerForStaff[] = rows.map((r) => ({
    id: r.id,
    pollId: r.pollId,
    body: r.body ?? "",
    alias: r.showAlias ? r.shopper.alias : null,
    published: r.published,
    at: r.updatedAt.toISOString(),
  }));
  return { polls, answers };
}
