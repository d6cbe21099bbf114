import type { Ack, ClientAckData } from "@/lib/platform/contracts/events";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { emitWithAck, type LiveSocket } from "./emit-with-ack";
import { seqAfter } from "./sequence";

/**
 * Asks for page after page until the server says there is no more, handing each page over as it comes
 * (the server answers at most a page per request). Ends on the first failure, or on a page that moves the
 * cursor nowhere, so it never spins. Resolves with the cursor reached.
 */
async function pageThrough<T extends { more: boolean }>(
  from: string,
  ask: (cursor: string) => Promise<Ack<T>>,
  cursorAfter: (page: T, cursor: string) => string,
  onPage: (page: T) => void,
): Promise<Ack<{ cursor: string }>> {
  let cursor = from;
  for (;;) {
    const ack = await ask(cursor);
    if (!ack.ok) return ack;
    onPage(ack.data);
    const next = cursorAfter(ack.data, cursor);
    if (!ack.data.more || !seqAfter(next, cursor)) return { ok: true, data: { cursor: next } };
    cursor = next;
  }
}

/** Every Q&A change after `afterSeq` (one product's, or with `productId` null the whole shop's, for hosts). */
export function catchUpQa(
  socket: LiveSocket,
  productId: string | null,
  afterSeq: string,
  onPage: (threads: TQaThread[], seq: string) => void,
): Promise<Ack<{ cursor: string }>> {
  return pageThrough<ClientAckData["qa:since"]>(
    afterSeq,
    (cursor) => emitWithAck(socket, "qa:since", { productId, afterSeq: cursor }),
    (page) => page.seq,
    (page) => onPage(page.threads, page.seq),
  );
}

/** Every broadcast activity event after `afterId`, oldest first. */
export function catchUpActivity(
  socket: LiveSocket,
  afterId: string,
  onPage: (events: TActivityEvent[]) => void,
): Promise<Ack<{ cursor: string }>> {
  return pageThrough<ClientAckData["activity:since"]>(
    afterId,
    (cursor) => emitWithAck(socket, "activity:since", { afterId: cursor }),
    (page, cursor) => page.events.at(-1)?.id ?? cursor,
    (page) => onPage(page.events),
  );
}
