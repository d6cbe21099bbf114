import type { Db } from "@/lib/platform/db/client";
import { ZPollAnswer, type TPollAnswer, type TPollResults } from "@/lib/platform/contracts/polls";
import { checkContent, type ContentRules } from "@/lib/domains/qa/content-filter";
import { publish } from "@/lib/platform/publish/publish";
import { toStaff } from "@/lib/platform/publish/audience";
import { PollError } from "./poll-error";
import { pollAudiencesWithStaff } from "./poll-audience";
import { isClosed, pollResults } from "./poll-dto";

export interface AnswerRules extends ContentRules {
  threshold: number;
}

/**
 * One answer per shopper (all their tabs): a poll answer replaces the previous one until the poll
 * closes; a prompt answer is filtered like a question and reaches the hosts, not the public.
 */
export async function answerPoll(db: Db, shopperId: string, input: TPollAnswer, rules: AnswerRules) {
  const answer = ZPollAnswer.parse(input);
  const poll = await db.poll.findUnique({
    where: { id: answer.pollId },
    select: { id: true, kind: true, audience: true, productId: true, closesAt: true, closedAt: true },
  });
  if (!poll) throw new PollError("This poll no longer exists.", "not_found");
  if (isClosed(poll)) throw new PollError("This poll has closed; thank you all the same.", "conflict");

  if ("optionId" in answer) {
    if (poll.kind !== "poll") throw new PollError("This prompt takes a written answer.");
    const option = await db.pollOption.findFirst({
      where: { id: answer.optionId, pollId: poll.id },
      select: { id: true },
    });
    if (!option) throw new PollError("That option is not part of this poll.", "not_found");
    await db.pollAnswer.upsert({
      where: { pollId_shopperId: { pollId: poll.id, shopperId } },
      create: { pollId: poll.id, shopperId, optionId: option.id },
      update: { optionId: option.id },
    });
    const results = await pollResults(db, poll.id, rules.threshold);
    publish("poll:tallied", await pollAudiencesWithStaff(db, poll), { pollId: poll.id, results });
    return { optionId: option.id, body: null, results };
  }

  if (poll.kind !== "prompt") throw new PollError("Choose one of the options.");
  checkContent(answer.body, rules);
  const stored = await db.pollAnswer.upsert({
    where: { pollId_shopperId: { pollId: poll.id, shopperId } },
    create: { pollId: poll.id, shopperId, body: answer.body, showAlias: answer.showAlias },
    update: { body: answer.body, showAlias: answer.showAlias, published: false },
    select: {
      id: true,
      body: true,
      showAlias: true,
      published: true,
      updatedAt: true,
      shopper: { select: { alias: true } },
    },
  });
  publish("poll:answer-received", toStaff(), {
    id: stored.id,
    pollId: poll.id,
    body: stored.body ?? "",
    alias: stored.showAlias ? stored.shopper.alias : null,
    published: stored.published,
    at: stored.updatedAt.toISOString(),
  });
  const results: TPollResults = { total: await db.pollAnswer.count({ where: { pollId: poll.id } }), options: null };
  return { optionId: null, body: stored.body, results };
}
