"use client";

import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";
import type { TQaReplyDto } from "@/lib/platform/contracts/qa";
import { QaAuthorLine } from "./qa-author-line";
import { HiddenPostNotice } from "./hidden-post-notice";
import { VoteButton } from "./vote-button";
import { OwnPostEditor } from "./own-post-editor";

export function QaReplyItem({ reply, onError }: { reply: TQaReplyDto; onError(message: string): void }) {
  const host = reply.author.kind === "host";
  return (
    <li
      id={`reply-${reply.id}`}
      className={`space-y-2 rounded-xl border p-4 ${host ? "border-leaf-600 bg-leaf-50" : "border-roast-200 bg-white"}`}
      data-testid="qa-reply"
      data-author-kind={reply.author.kind}
    >
      <QaAuthorLine author={reply.author} createdAt={reply.createdAt} editedAt={reply.editedAt} />
      {reply.accepted ? <p className="text-sm font-semibold text-leaf-700">✓ Accepted answer</p> : null}
      {reply.hidden || reply.body === null ? (
        <HiddenPostNotice />
      ) : (
        <p className="whitespace-pre-line break-words text-roast-900">{reply.body}</p>
      )}
      <OpenKitchenOnly>
        <OwnPostEditor post={{ kind: "reply", id: reply.id }} body={reply.hidden ? null : reply.body} />
      </OpenKitchenOnly>
      {reply.hidden ? null : (
        <OpenKitchenOnly>
          <VoteButton
            post={{ kind: "reply", id: reply.id }}
            count={reply.helpfulCount}
            label="Helpful"
            target={`the answer by ${reply.author.name}`}
            onError={onError}
          />
        </OpenKitchenOnly>
      )}
    </li>
  );
}
