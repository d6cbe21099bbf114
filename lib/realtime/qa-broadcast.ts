import type { Db } from "@/lib/db/client";
import type { TQaThread } from "@/lib/contracts/qa";
import { productRoom } from "@/lib/contracts/presence";
import { getThread } from "@/lib/qa/read-threads";
import { publicThread } from "@/lib/qa/thread-dto";
import type { QaMutation } from "@/lib/qa/record-change";
import { EventError } from "./handle-event";
import { STAFF_ROOM, type RealtimeIo } from "./socket-types";

/**
 * After a stored change: the product's viewers get the public thread, hosts the full one.
 * Returns both so the sender's ack matches what its audience sees.
 */
export async function broadcastThread(
  io: RealtimeIo,
  db: Db,
  mutation: QaMutation,
): Promise<{ full: TQaThread; shown: TQaThread }> {
  const full = await getThread(db, mutation.questionId, "staff");
  if (!full) throw new EventError("This question no longer exists.");
  const shown = publicThread(full);
  io.to(productRoom(mutation.productId)).except(STAFF_ROOM).emit("qa:changed", { seq: mutation.seq, thread: shown });
  io.to(STAFF_ROOM).emit("qa:changed", { seq: mutation.seq, thread: full });
  return { full, shown };
}
