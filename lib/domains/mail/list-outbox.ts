import type { Db } from "@/lib/platform/db/client";
import { MAIL_STATUSES, type TMailStatus, type TOutboxQuery } from "@/lib/platform/contracts/mail";

export interface OutboxRow {
  id: string;
  kind: string;
  orderId: string | null;
  status: TMailStatus;
  attempts: number;
  lastError: string | null;
  recipient: string;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  /** When the next attempt is due, for rows still waiting. */
  nextAttemptAt: string | null;
}

export interface OutboxPage {
  rows: OutboxRow[];
  counts: Record<TMailStatus, number>;
  /** The `after` of the next page, or null on the last one. */
  nextAfter: string | null;
}

const PAGE_SIZE = 50;
/** Addresses shoppers gave for answers and reminders are never shown to anyone, owners included. */
const PRIVATE_KINDS = new Set(["qa_answer", "session_reminder"]);
export const PRIVATE_RECIPIENT = "a shopper's address (not shown)";

/** The outbox for owners, newest first, a page at a time (keyset on createdAt, id). */
export async function listOutbox(db: Db, query: TOutboxQuery): Promise<OutboxPage> {
  const where = query.status ? { status: query.status } : {};
  const [rows, grouped] = await Promise.all([
    db.mailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      ...(query.after ? { cursor: { id: query.after }, skip: 1 } : {}),
      select: {
        id: true,
        kind: true,
        orderId: true,
        status: true,
        attempts: true,
        lastError: true,
        recipient: true,
        subject: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.mailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<TMailStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  const page = rows.slice(0, PAGE_SIZE);
  return {
    rows: page.map((r) => ({
      ...r,
      recipient: PRIVATE_KINDS.has(r.kind) ? PRIVATE_RECIPIENT : r.recipient,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      nextAttemptAt: r.status === "PENDING" ? r.nextAttemptAt.toISOString() : null,
    })),
    counts,
    nextAfter: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
