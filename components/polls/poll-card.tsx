"use client";

import { useState } from "react";
import type { TMyPollAnswer, TPoll, TPollAnswer } from "@/lib/platform/contracts/polls";
import { PollResults } from "./poll-results";
import { PromptAnswerForm } from "./prompt-answer-form";

interface PollCardProps {
  poll: TPoll;
  mine: TMyPollAnswer;
  onAnswer: (input: TPollAnswer) => Promise<string | null>;
  onFollow: (pollId: string, on: boolean) => Promise<string | null>;
  onDismiss?: () => void;
}

const optionClass =
  "w-full rounded-lg border px-3 py-2 text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2";

/** A host's poll or prompt: a calm card in the page's flow, answered in one click, changeable until it closes. */
export function PollCard({ poll, mine, onAnswer, onFollow, onDismiss }: PollCardProps) {
  const [message, setMessage] = useState("");
  const answered = mine.optionId !== null;
  const headingId = `poll-${poll.id}`;

  const choose = async (optionId: string) => {
    const error = await onAnswer({ pollId: poll.id, optionId });
    setMessage(error ?? "Thanks, your answer counts. You can change it until the poll closes.");
  };
  const toggleFollow = async () => {
    const error = await onFollow(poll.id, !mine.following);
    setMessage(error ?? (mine.following ? "" : "We'll tell you the result when it closes, on any page."));
  };

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-2xl border border-roast-200 bg-white p-5 shadow-sm"
      data-testid="poll-card"
      data-poll-id={poll.id}
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-leaf-700">
            {poll.closed
              ? "Closed"
              : poll.kind === "poll"
                ? `${poll.host.name} asks`
                : `${poll.host.name} would love to hear`}
          </p>
          <h2 id={headingId} className="mt-1 text-lg text-roast-900">
            {poll.question}
          </h2>
        </div>
        {onDismiss ? (
          <button
            type="button"
            onClick={onDismiss}
            className="shrink-0 rounded px-2 py-1 text-sm text-roast-700 underline underline-offset-2 hover:text-roast-900"
          >
            Dismiss<span className="sr-only"> the question “{poll.question}”</span>
          </button>
        ) : null}
      </div>

      <div className="mt-4 space-y-3">
        {poll.kind === "poll" && !poll.closed ? (
          <div role="group" aria-label="Choose your answer" className="space-y-2">
            {poll.options.map((option) => {
              const picked = mine.optionId === option.id;
              return (
                <button
                  key={option.id}
                  type="button"
                  aria-pressed={picked}
                  onClick={() => void choose(option.id)}
                  className={`${optionClass} ${picked ? "border-leaf-600 bg-leaf-50 font-semibold text-roast-900" : "border-roast-200 text-roast-800 hover:border-roast-400"}`}
                >
                  {option.label}
                </button>
              );
            })}
          </div>
        ) : null}
        {poll.kind === "poll" && (answered || poll.closed) ? <PollResults poll={poll} mine={mine.optionId} /> : null}
        {poll.kind === "prompt" && !poll.closed ? (
          <PromptAnswerForm poll={poll} sent={mine.body} onAnswer={onAnswer} />
        ) : null}
        {poll.published.length > 0 ? (
          <div>
            <h3 className="text-sm font-semibold text-roast-900">Shared by the host</h3>
            <ul className="mt-1 space-y-1 text-sm text-roast-800">
              {poll.published.map((a) => (
                <li key={a.id}>
                  “{a.body}” <span className="text-roast-700">— {a.alias}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {!poll.closed ? (
          <button
            type="button"
            aria-pressed={mine.following}
            onClick={() => void toggleFollow()}
            className="text-sm text-roast-700 underline underline-offset-2 hover:text-roast-900"
          >
            {mine.following ? "You'll be told the result (stop)" : "Tell me the result"}
          </button>
        ) : null}
        <p aria-live="polite" className="text-sm text-roast-700">
          {message}
        </p>
      </div>
    </section>
  );
}
