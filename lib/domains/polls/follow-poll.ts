import type { Db } from "@/lib/platform/db/client";
import { PollError } from "./poll-error";

/** "Tell me the result": followed shoppers are told when the poll closes, on any page of the shop. */
export async function followPoll(db: Db, shopperId: string, pollId: string, on: boolean): Promise<boolean> {
  const poll = await db.poll.findUnique({ where: { id: pollId }, select: { closedAt: true } });
  if (!poll) throw new PollError("This poll no longer exists.", "not_found");
  if (on) {
    await db.pollFollow.upsert({
      where: { pollId_shopperId: { pollId, shopperId } },
      create: { pollId, shopperId },
      update: {},
    });
  } else {
    await db.pollFollow.deleteMany({ where: { pollId, shopperId } });
  }
  return on;
}
