import type { Db } from "@/lib/db/client";
import type { TQaThread } from "@/lib/contracts/qa";
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

/** Every thread changed after `afterSeq`, for one product or (hosts) the whole shop. */
export async function threadsSince(
  db: Db,
  productId: string | null,
  afterSeq: bigint,
  audience: Audience,
): Promise<{ threads: TQaThread[]; seq: string }> {
  const changes = await db.qaChange.findMany({
    where: { id: { gt: afterSeq }, ...(productId ? { productId } : {}) },
    select: { id: true, questionId: true },
    orderBy: { id: "asc" },
    take: 1000,
  });
  if (changes.length === 0) return { threads: [], seq: afterSeq.toString() };
  const ids = [...new Set(changes.map((c) => c.questionId))];
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: threadSelect });
  return {
    threads: rows.map((r) => forAudience(toThread(r), audience)),
    seq: changes[changes.length - 1]!.id.toString(),
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
