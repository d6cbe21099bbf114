import type { Db } from "@/lib/platform/db/client";
import { publish } from "@/lib/platform/publish/publish";
import { toShopper } from "@/lib/platform/publish/audience";
import { PollError } from "./poll-error";
import { pollAudiencesWithStaff } from "./poll-audience";
import { pollResults } from "./poll-dto";

/** Closes one poll (once), tells its audience the final results and its followers on whatever page they are. */
async function announceClosed(db: Db, pollId: string, threshold: number): Promise<void> {
  const poll = await db.poll.findUniqueOrThrow({
    where: { id: pollId },
    select: { id: true, question: true, audience: true, productId: true, follows: { select: { shopperId: true } } },
  });
  const results = await pollResults(db, pollId, threshold);
  publish("poll:closed", await pollAudiencesWithStaff(db, poll), { pollId, results });
  if (poll.follows.length > 0) {
    publish(
      "poll:result-ready",
      poll.follows.map((f) => toShopper(f.shopperId)),
      { pollId, question: poll.question },
    );
  }
}

/** A host ends a poll early. */
export async function closePoll(db: Db, pollId: string, threshold: number, now = new Date()): Promise<void> {
  const { count } = await db.poll.updateMany({ where: { id: pollId, closedAt: null }, data: { closedAt: now } });
  if (count === 0) {
    const exists = await db.poll.findUnique({ where: { id: pollId }, select: { id: true } });
    throw new PollError(
      exists ? "This poll is already closed." : "This poll no longer exists.",
      exists ? "conflict" : "not_found",
    );
  }
  await announceClosed(db, pollId, threshold);
}

/** The job's half: polls whose end time passed are closed and announced exactly once. */
export async function closeExpiredPolls(db: Db, threshold: number, now = new Date()): Promise<number> {
  const due = await db.poll.findMany({
    where: { closedAt: null, closesAt: { lte: now } },
    select: { id: true },
    take: 100,
  });
  let closed = 0;
  for (const { id } of due) {
    const { count } = await db.poll.updateMany({ where: { id, closedAt: null }, data: { closedAt: now } });
    if (count === 0) continue; // another instance got there first
    closed++;
    await announceClosed(db, id, threshold);
  }
  return closed;
}
