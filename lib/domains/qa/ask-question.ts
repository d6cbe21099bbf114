import type { Db } from "@/lib/platform/db/client";
import type { TQaAsk } from "@/lib/platform/contracts/qa";
import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import type { ContentRules } from "./content-filter";
import { postQuestion, type PostQuestionOptions } from "./post-question";
import { broadcastThread, publishThreadChange, type PublishedThread } from "./publish-thread-change";

/**
 * qa:ask end to end: store the question, tell the product's viewers and the hosts at once (from the
 * stored row, no read in between), then the work nobody waits for: the shop-wide "question asked"
 * activity event, whose write and 2,000-socket broadcast would otherwise queue ahead of the thread.
 */
export async function askQuestion(
  db: Db,
  shopperId: string,
  input: TQaAsk,
  rules: ContentRules,
  options: PostQuestionOptions = {},
): Promise<PublishedThread & { seq: string }> {
  const posted = await postQuestion(db, shopperId, input, rules, options);
  // A retry re-sends the thread as it is now, so a client that missed the first broadcast still gets it.
  const both = posted.thread ? broadcastThread(posted, posted.thread) : await publishThreadChange(db, posted);
  if (posted.created) {
    recordActivity(db, { kind: "question_asked", productId: posted.productId, shopperId });
    void recordOutcome(db, { shopperId, kind: "QUESTION_ASKED", ref: both.full.id });
  }
  return { ...both, seq: posted.seq };
}
