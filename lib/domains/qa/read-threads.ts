import type { Db } from "@/lib/platform/db/client";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { publicThread, threadSelect, toThread } from "./thread-dto";

export type Audience = "public" | "staff";

function forAudience(thread: TQaThread, audience: Audience): TQaThread {
  return audience === "staff" ? thread : publicThread(thread);
}

/** The latest change number, taken before reading so a client that catches up from it misses nothing. */
export async function currentQaSeq(db: Db, productId: string | null): Promise<string> {
  const last = await db.qaChange.findFirst({
    where: productId ? { productId } : {},
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return (last?.id ?? 0n).toString();
}

/** A product's threads: pinned first, then the newest. */
export async function listProductThreads(
  db: Db,
  productId: string,
  audience: Audience = "public",
): Promise<{ threads: TQaThread[]; seq: string }> {
  const seq = await currentQaSeq(db, productId);
  const rows = await db.question.findMany({
    where: { productId },
    select: threadSelect,
    orderBy: [{ pinned: "desc" }, { createdAt: "desc" }],
    take: 100,
  });
  return { threads: rows.map((r) => forAudience(toThread(r), audience)), seq };
}

export async function getThread(db: Db, questionId: string, audience: Audience = "public"): Promise<TQaThread | null> {
  const row = await db.question.findUnique({ where: { id: questionId }, select: threadSelect });
  return row ? forAudience(toThread(row), audience) : null;
}

/** Most changes one `threadsSince` call reads; a client further behind asks again from the returned seq. */
export const QA_SINCE_PAGE = 1000;

/**
 * The threads changed after `afterSeq`, for one product or (hosts) the whole shop: one page of at most
 * `pageSize` changes, up to and including `seq`. `more` says later changes exist (ask again from `seq`).
 */
export async function threadsSince(
  db: Db,
  productId: string | null,
  afterSeq: bigint,
  audience: Audience,
  pageSize = QA_SINCE_PAGE,
): Promise<{ threads: TQaThread[]; seq: string; more: boolean }> {
  // One row past the page tells whether there is more, without a count.
  const changes = await db.qaChange.findMany({
    where: { id: { gt: afterSeq }, ...(productId ? { productId } : {}) },
    select: { id: true, questionId: true },
    orderBy: { id: "asc" },
    take: pageSize + 1,
  });
  const more = changes.length > pageSize;
  const page = more ? changes.slice(0, pageSize) : changes;
  if (page.length === 0) return { threads: [], seq: afterSeq.toString(), more: false };
  const ids = [...new Set(page.map((c) => c.questionId))];
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: threadSelect });
  return {
    threads: rows.map((r) => forAudience(toThread(r), audience)),
    seq: page[page.length - 1]!.id.toString(),
    more,
  };
}

/** The hosts' queue: visible questions still waiting for a host answer. */
export async function openQuestions(db: Db): Promise<{ threads: TQaThread[]; seq: string }> {
  const seq = await currentQaSeq(db, null);
  const rows = await db.question.findMany({
    where: { firstHostAnswerAt: null, hidden: false },
    select: threadSelect,
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return { threads: rows.map(toThread), seq };
}
