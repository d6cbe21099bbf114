import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { toThread } from "./thread-dto";

export interface NewQuestion {
  productId: string;
  shopperId: string;
  authorName: string;
  body: string;
  idempotencyKey: string;
  verifiedBuyer: boolean;
  regular: boolean;
}

export interface InsertedQuestion {
  questionId: string;
  productId: string;
  seq: string;
  /** The stored thread as hosts see it, built from the row the statement returned. */
  thread: TQaThread;
}

interface InsertedRow {
  id: string;
  body: string;
  authorName: string;
  verifiedBuyer: boolean;
  regular: boolean;
  hidden: boolean;
  pinned: boolean;
  createdAt: Date;
  seq: bigint;
  productId: string;
  slug: string;
  title: string;
}

/**
 * Stores a question, its author's follow and its "asked" change in one statement (one round trip, atomic
 * like the transaction it replaces). Only a published product takes questions. Returns null when nothing
 * was stored: the idempotency key was used already, or the product is not published; the caller tells
 * which. A new question has no replies, votes or host marks yet, so its thread is the returned row.
 */
export async function insertQuestion(db: Db, q: NewQuestion): Promise<InsertedQuestion | null> {
  const rows = await db.$queryRaw<InsertedRow[]>`
    WITH q AS (
      INSERT INTO "Question" (id, "productId", "shopperId", "authorName", body, "verifiedBuyer", regular, "idempotencyKey")
      SELECT ${randomUUID()}, p.id, ${q.shopperId}, ${q.authorName}, ${q.body}, ${q.verifiedBuyer}, ${q.regular}, ${q.idempotencyKey}
        FROM "Product" p WHERE p.id = ${q.productId} AND p.published
      ON CONFLICT ("shopperId", "idempotencyKey") DO NOTHING
      RETURNING id, "productId", body, "authorName", "verifiedBuyer", regular, hidden, pinned, "createdAt"
    ), follow AS (
      INSERT INTO "QuestionFollow" ("questionId", "shopperId") SELECT id, ${q.shopperId} FROM q
    ), change AS (
      INSERT INTO "QaChange" ("productId", "questionId", kind) SELECT "productId", id, 'asked' FROM q RETURNING id
    )
    SELECT q.id, q.body, q."authorName", q."verifiedBuyer", q.regular, q.hidden, q.pinned, q."createdAt",
           change.id AS seq, p.id AS "productId", p.slug, p.title
      FROM q CROSS JOIN change JOIN "Product" p ON p.id = q."productId"`;
  const row = rows[0];
  if (!row) return null;
  const thread = toThread({
    id: row.id,
    body: row.body,
    authorName: row.authorName,
    verifiedBuyer: row.verifiedBuyer,
    regular: row.regular,
    hidden: row.hidden,
    pinned: row.pinned,
    seenAt: null,
    seenBy: null,
    firstHostAnswerAt: null,
    editedAt: null,
    createdAt: row.createdAt,
    product: { id: row.productId, slug: row.slug, title: row.title },
    replies: [],
    _count: { votes: 0 },
  });
  return { questionId: row.id, productId: row.productId, seq: row.seq.toString(), thread };
}
