import type { TQaReplyDto, TQaThread } from "@/lib/platform/contracts/qa";
import { truncateText } from "./qa-thread-merge";

type JsonLd = Record<string, unknown>;

function answer(reply: TQaReplyDto & { body: string }, pageUrl: string): JsonLd {
  return {
    "@type": "Answer",
    text: reply.body,
    dateCreated: reply.createdAt,
    upvoteCount: reply.helpfulCount,
    url: `${pageUrl}#reply-${reply.id}`,
    author: { "@type": "Person", name: reply.author.name },
  };
}

/**
 * schema.org QAPage for one question, only once it has a visible answer; hidden questions and
 * hidden answers are never described (their text is not public).
 */
export function qaPageJsonLd(thread: TQaThread, pageUrl: string): JsonLd | null {
  if (thread.hidden || thread.body === null) return null;
  const visible = thread.replies.filter((r): r is TQaReplyDto & { body: string } => !r.hidden && r.body !== null);
  if (visible.length === 0) return null;
  const accepted = visible.find((r) => r.accepted);
  const suggested = visible.filter((r) => r !== accepted);
  const question: JsonLd = {
    "@type": "Question",
    name: truncateText(thread.body, 110),
    text: thread.body,
    answerCount: visible.length,
    upvoteCount: thread.meTooCount,
    dateCreated: thread.createdAt,
    author: { "@type": "Person", name: thread.author.name },
  };
  if (accepted) question.acceptedAnswer = answer(accepted, pageUrl);
  if (suggested.length > 0) question.suggestedAnswer = suggested.map((r) => answer(r, pageUrl));
  return { "@context": "https://schema.org", "@type": "QAPage", mainEntity: question };
}

/** JSON for a <script> element: "<" escaped so no posted text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
