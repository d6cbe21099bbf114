"use client";

import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";
import Link from "next/link";
import { useState } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { RelativeTime } from "@/components/live/relative-time";
import { LiveMessage } from "@/components/ui/live-message";
import { QaAuthorLine } from "./qa-author-line";
import { HiddenPostNotice } from "./hidden-post-notice";
import { VoteButton } from "./vote-button";
import { FollowToggle } from "./follow-toggle";
import { QaReplyItem } from "./qa-reply-item";
import { ReplyBox } from "./reply-box";
import { OwnPostEditor } from "./own-post-editor";

interface QaThreadCardProps {
  thread: TQaThread;
  typingHost: string | undefined;
  /** On the question's own page the question is the page heading and links nowhere. */
  standalone?: boolean;
}

export function QaThreadCard({ thread, typingHost, standalone = false }: QaThreadCardProps) {
  const [error, setError] = useState<string | null>(null);
  const headingId = `question-${thread.id}`;
  const href = `/products/${thread.product.slug}/questions/${thread.id}`;
  const text = thread.hidden || thread.body === null ? null : thread.body;
  const Heading = standalone ? "h1" : "h3";
  const replies = thread.replies.length;

  return (
    <article aria-labelledby={headingId} className="space-y-4" data-testid="qa-thread" data-question-id={thread.id}>
      <div className="space-y-2">
        {thread.pinned ? (
          <p className="text-xs font-semibold uppercase tracking-wide text-leaf-700">📌 Pinned by the shop</p>
        ) : null}
        <Heading
          id={headingId}
          className={`${standalone ? "text-3xl" : "text-lg"} whitespace-pre-line break-words font-semibold text-roast-900`}
        >
          {text === null ? (
            <HiddenPostNotice as="span" />
          ) : standalone ? (
            text
          ) : (
            <Link href={href} className="hover:underline">
              {text}
            </Link>
          )}
        </Heading>
        <QaAuthorLine author={thread.author} createdAt={thread.createdAt} editedAt={thread.editedAt} />
        <div className="flex flex-wrap items-center gap-3">
          {thread.hidden ? null : (
            <OpenKitchenOnly>
              <VoteButton
                post={{ kind: "question", id: thread.id }}
                count={thread.meTooCount}
                label="Me too"
                target="this question"
                onError={setError}
              />
            </OpenKitchenOnly>
          )}
          <OpenKitchenOnly>
            <FollowToggle questionId={thread.id} onError={setError} />
          </OpenKitchenOnly>
          {standalone || text === null ? null : (
            <Link href={href} className="text-sm text-roast-700 underline underline-offset-2">
              {replies === 0 ? "No answers yet" : replies === 1 ? "1 answer" : `${replies} answers`}
              <span className="sr-only"> (open the question&apos;s page)</span>
            </Link>
          )}
        </div>
        <OpenKitchenOnly>
          <OwnPostEditor post={{ kind: "question", id: thread.id }} body={text} />
        </OpenKitchenOnly>
        <div aria-live="polite" className="min-h-5 text-sm text-roast-700" data-open-kitchen="">
          {typingHost ? (
            <span className="text-leaf-700">
              <span className="motion-safe:animate-pulse" aria-hidden="true">
                ✎{" "}
              </span>
              {typingHost} (host) is answering…
            </span>
          ) : thread.seenBy && !thread.firstHostAnswerAt ? (
            <span>
              Seen by {thread.seenBy.name} <RelativeTime iso={thread.seenBy.at} />
            </span>
          ) : null}
        </div>
      </div>

      {replies > 0 ? (
        <ol
          className="space-y-3 border-l-2 border-roast-200 pl-4"
          aria-label={`Answers to this question`}
          data-answers=""
        >
          {thread.replies.map((reply) => (
            <QaReplyItem key={reply.id} reply={reply} onError={setError} />
          ))}
        </ol>
      ) : null}
      {thread.hidden ? null : (
        <OpenKitchenOnly>
          <ReplyBox questionId={thread.id} />
        </OpenKitchenOnly>
      )}
      <LiveMessage message={error} tone="error" />
    </article>
  );
}
