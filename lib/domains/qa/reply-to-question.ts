import type { Db } from "@/lib/platform/db/client";
import type { TQaReply } from "@/lib/platform/contracts/qa";
import type { ContentRules } from "./content-filter";
import type { QaActor } from "./qa-actor";
import { postReply } from "./post-reply";
import { publishAnswered, publishThreadChange, type PublishedThread } from "./publish-thread-change";

/**
 * qa:reply end to end, as askQuestion is for questions: store the reply, tell the thread's audience, and
 * on a new reply tell the asker and followers wherever they are. A retry re-sends the thread as it is now,
 * so a client that missed the first broadcast still gets it; nobody is notified twice.
 */
export async function replyToQuestion(
  db: Db,
  actor: QaActor,
  input: TQaReply,
  rules: ContentRules,
): Promise<PublishedThread & { seq: string }> {
  const posted = await postReply(db, actor, input, rules);
  const both = await publishThreadChange(db, posted);
  if (posted.created) publishAnswered(posted.notify, posted.questionId, both.full.product);
  return { ...both, seq: posted.seq };
}
