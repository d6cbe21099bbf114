"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import { QA_BODY_MAX } from "@/lib/platform/contracts/qa";

export interface AnswerBoxProps {
  questionId: string;
  authorName: string;
  draft: string;
  sending: boolean;
  error: string | null;
  onDraft(text: string): void;
  onSend(): void;
  onClose(): void;
}

/** Inline answer: Ctrl/Cmd+Enter sends, Escape closes (the draft is kept). */
export function AnswerBox({ questionId, authorName, draft, sending, error, onDraft, onSend, onClose }: AnswerBoxProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const id = `answer-${questionId}`;
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!sending) onSend();
    } else if (e.key === "Escape") {
      e.preventDefault();
      onClose();
    }
  };
  return (
    <div className="mt-3 rounded-lg border border-roast-300 bg-roast-50 p-3">
      <label htmlFor={id} className="block text-sm font-semibold text-roast-900">
        Your public answer to {authorName}
      </label>
      <textarea
        ref={ref}
        id={id}
        value={draft}
        maxLength={QA_BODY_MAX}
        rows={3}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onDraft(e.target.value)}
        onKeyDown={onKeyDown}
        className="mt-1 block w-full rounded-md border border-roast-300 bg-white p-2 text-roast-900"
      />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-hint`} className="text-xs text-roast-700">
          <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> sends · <kbd>Esc</kbd> closes (your draft is kept)
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={onClose}
            className="rounded-full px-3 py-1.5 text-sm text-roast-900 underline-offset-4 hover:underline"
          >
            Close
          </button>
          <button
            type="button"
            onClick={onSend}
            disabled={sending}
            className="rounded-full bg-roast-900 px-4 py-1.5 text-sm font-semibold text-roast-50 hover:bg-roast-700 disabled:opacity-60"
          >
            {sending ? "Sending…" : "Send answer"}
          </button>
        </div>
      </div>
      <p id={`${id}-error`} role="alert" className="mt-1 min-h-5 text-sm font-medium text-ember-700">
        {error ?? ""}
      </p>
    </div>
  );
}
