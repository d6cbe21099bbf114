import type { Db } from "@/lib/platform/db/client";
import { publish } from "@/lib/platform/publish/publish";
import { PollError } from "./poll-error";
import { pollAudiencesWithStaff } from "./poll-audience";

/** A host shows a chosen prompt answer to everyone, with the shopper's alias: only if the shopper allowed it. */
export async function publishPromptAnswer(db: Db, answerId: string): Promise<void> {
  const answer = await db.pollAnswer.findUnique({
    where: { id: answerId },
    select: {
      id: true,
      body: true,
      showAlias: true,
      shopper: { select: { alias: true } },
      poll: { select: { id: true, audience: true, productId: true } },
    },
  });
  if (!answer || answer.body === null) throw new PollError("This answer no longer exists.", "not_found");
  if (!answer.showAlias) {
    throw new PollError("The shopper did not agree to show this answer with their name.", "forbidden");
  }
  await db.pollAnswer.update({ where: { id: answerId }, data: { published: true } });
  publish("poll:answer-published", await pollAudiencesWithStaff(db, answer.poll), {
    pollId: answer.poll.id,
    answer: { id: answer.id, alias: answer.shopper.alias, body: answer.body },
  });
}
