import type { Db } from "@/lib/platform/db/client";
import { pollResults } from "@/lib/domains/polls/poll-dto";

/** One thing that happened during a session, in the order it happened. */
export type ReplayItem =
  | { kind: "question"; at: string; id: string; author: string; body: string; product: { slug: string; title: string } }
  | {
      kind: "answer";
      at: string;
      id: string;
      questionId: string;
      author: string;
      host: boolean;
      body: string;
      accepted: boolean;
    }
  | {
      kind: "poll";
      at: string;
      id: string;
      question: string;
      /** Counts per option, or null below the store's threshold for showing counts. */
      results: { label: string; count: number; percent: number }[] | null;
      total: number;
    }
  | { kind: "kitchen"; at: string; id: string; body: string; imagePath: string | null };

interface ReplayScope {
  productId: string | null;
  hostId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * What belongs to a session: in its window, the questions and answers on its product (on any product for
 * a whole-shop session), and the host's polls and kitchen updates for that product or the whole shop.
 * Read from stored rows and timestamps; hidden posts and removed updates are left out.
 */
export async function readSessionReplay(db: Db, scope: ReplayScope, threshold: number): Promise<ReplayItem[]> {
  const window = { gte: scope.startsAt, lt: scope.endsAt };
  const onProduct = scope.productId ? { productId: scope.productId } : {};
  const [questions, replies, polls, updates] = await Promise.all([
    db.question.findMany({
      where: { ...onProduct, hidden: false, createdAt: window },
      select: {
        id: true,
        authorName: true,
        body: true,
        createdAt: true,
        product: { select: { slug: true, title: true } },
      },
    }),
    db.reply.findMany({
      where: { hidden: false, createdAt: window, question: { ...onProduct, hidden: false } },
      select: {
        id: true,
        questionId: true,
        authorName: true,
        body: true,
        staffId: true,
        accepted: true,
        createdAt: true,
      },
    }),
    db.poll.findMany({
      where: {
        createdById: scope.hostId,
        createdAt: window,
        ...(scope.productId ? { OR: [{ productId: scope.productId }, { productId: null }] } : {}),
      },
      select: { id: true, question: true, createdAt: true, options: { select: { id: true, label: true } } },
    }),
    db.kitchenUpdate.findMany({
      where: {
        authorId: scope.hostId,
        removedAt: null,
        createdAt: window,
        ...(scope.productId
          ? { OR: [{ products: { some: { productId: scope.productId } } }, { products: { none: {} } }] }
          : {}),
      },
      select: { id: true, body: true, imagePath: true, createdAt: true },
    }),
  ]);
  const pollItems = await Promise.all(
    polls.map(async (poll): Promise<ReplayItem> => {
      const results = await pollResults(db, poll.id, threshold);
      const labels = new Map(poll.options.map((o) => [o.id, o.label]));
      return {
        kind: "poll",
        at: poll.createdAt.toISOString(),
        id: poll.id,
        question: poll.question,
        total: results.total,
        results:
          results.options?.map((o) => ({ label: labels.get(o.id) ?? "", count: o.count, percent: o.percent })) ?? null,
      };
    }),
  );
  const items: ReplayItem[] = [
    ...questions.map((q) => ({
      kind: "question" as const,
      at: q.createdAt.toISOString(),
      id: q.id,
      author: q.authorName,
      body: q.body,
      product: q.product,
    })),
    ...replies.map((r) => ({
      kind: "answer" as const,
      at: r.createdAt.toISOString(),
      id: r.id,
      questionId: r.questionId,
      author: r.authorName,
      host: r.staffId !== null,
      body: r.body,
      accepted: r.accepted,
    })),
    ...pollItems,
    ...updates.map((u) => ({
      kind: "kitchen" as const,
      at: u.createdAt.toISOString(),
      id: u.id,
      body: u.body,
      imagePath: u.imagePath,
    })),
  ];
  // ISO strings of one format sort as time; ties keep a stable order by kind then id.
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
