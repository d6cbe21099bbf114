"use client";

import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { forwardRef, useState } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { waitingSeconds } from "./queue-order";
import { WaitTimer } from "./wait-timer";
import { AnswerBox, type AnswerBoxProps } from "./answer-box";

export interface QueueItemProps {
  thread: TQaThread;
  now: number;
  schedule: TKitchenSchedule;
  promisedMinutes: number;
  selected: boolean;
  /** Another host typing an answer to this question right now. */
  typingHost: string | null;
  answer: Omit<AnswerBoxProps, "questionId" | "authorName"> | null;
  busy: boolean;
  onSelect(): void;
  onOpenAnswer(): void;
  onModerate(action: "pin" | "unpin" | "hide" | "restore"): void;
  onBlock(): void;
}

const chip = "rounded-full px-2 py-0.5 text-xs font-medium";
const smallButton =
  "rounded-full border border-roast-300 bg-white px-3 py-1 text-xs font-semibold text-roast-900 hover:bg-roast-100 disabled:opacity-60";

/** One waiting question: who asked what, on which product, for how long, and what a host can do. */
export const QueueItem = forwardRef<HTMLLIElement, QueueItemProps>(function QueueItem(
  {
    thread,
    now,
    schedule,
    promisedMinutes,
    selected,
    typingHost,
    answer,
    busy,
    onSelect,
    onOpenAnswer,
    onModerate,
    onBlock,
  },
  ref,
) {
  const [confirmBlock, setConfirmBlock] = useState(false);
  const headingId = `q-${thread.id}-title`;
  return (
    <li
      ref={ref}
      tabIndex={selected ? 0 : -1}
      aria-current={selected ? "true" : undefined}
      aria-labelledby={headingId}
      data-question-id={thread.id}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onSelect();
      }}
      onClick={onSelect}
      className={`rounded-xl border bg-white p-4 ${selected ? "border-roast-900 ring-2 ring-roast-900" : "border-roast-200"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <WaitTimer waited={waitingSeconds(thread, now, schedule)} promisedMinutes={promisedMinutes} />
        {thread.meTooCount > 0 ? (
          <span className={`${chip} bg-roast-100 text-roast-900`}>{thread.meTooCount} × me too</span>
        ) : null}
        {thread.pinned ? <span className={`${chip} bg-roast-900 text-roast-50`}>Pinned</span> : null}
        {thread.hidden ? <span className={`${chip} bg-ember-50 text-ember-700`}>Hidden from shoppers</span> : null}
      </div>
      <p className="mt-2 text-sm text-roast-700">
        on{" "}
        <a
          href={`/products/${encodeURIComponent(thread.product.slug)}#question-${thread.id}`}
          target="_blank"
          rel="noopener noreferrer"
          className="font-semibold text-roast-900 underline underline-offset-2 hover:text-leaf-700"
        >
          {thread.product.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
      <h3
        id={headingId}
        className="mt-1 whitespace-pre-line break-words font-sans text-base font-normal text-roast-900"
      >
        {thread.body ?? "(no text)"}
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-roast-700">
        <span>
          asked by <strong className="text-roast-900">{thread.author.name}</strong>
        </span>
        {thread.author.verifiedBuyer ? (
          <span className={`${chip} bg-leaf-50 text-leaf-700`}>Verified buyer</span>
        ) : null}
        {thread.author.regular ? <span className={`${chip} bg-leaf-50 text-leaf-700`}>Regular</span> : null}
        {thread.editedAt ? <span>(edited)</span> : null}
        {thread.replies.length > 0 ? (
          <span>
            {thread.replies.length} community {thread.replies.length === 1 ? "reply" : "replies"}
          </span>
        ) : null}
        {thread.seenBy ? <span>· seen by {thread.seenBy.name}</span> : null}
        {typingHost ? <span className="font-semibold text-roast-900">· {typingHost} is answering…</span> : null}
      </p>

      {answer ? (
        <AnswerBox questionId={thread.id} authorName={thread.author.name} {...answer} />
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={onOpenAnswer}
            className="rounded-full bg-roast-900 px-3 py-1 text-xs font-semibold text-roast-50 hover:bg-roast-700"
          >
            Answer
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => onModerate(thread.pinned ? "unpin" : "pin")}
            className={smallButton}
          >
            {thread.pinned ? "Unpin" : "Pin"}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => onModerate(thread.hidden ? "restore" : "hide")}
            className={smallButton}
          >
            {thread.hidden ? "Restore" : "Hide"}
          </button>
          {confirmBlock ? (
            <span
              role="group"
              aria-label={`Confirm blocking ${thread.author.name}`}
              className="inline-flex flex-wrap items-center gap-2 rounded-full bg-ember-50 px-3 py-1 text-xs text-ember-700"
            >
              Block {thread.author.name} from posting?
              <button
                type="button"
                autoFocus
                disabled={busy}
                onClick={() => {
                  setConfirmBlock(false);
                  onBlock();
                }}
                className="rounded-full bg-ember-700 px-3 py-1 font-semibold text-white"
              >
                Yes, block
              </button>
              <button
                type="button"
                onClick={() => setConfirmBlock(false)}
                className="font-semibold underline underline-offset-2"
              >
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" disabled={busy} onClick={() => setConfirmBlock(true)} className={smallButton}>
              Block author…
            </button>
          )}
        </div>
      )}
    </li>
  );
});
