"use client";

import { useState } from "react";
import { PollResults } from "@/components/polls/poll-results";
import { PollCreateForm } from "./poll-create-form";
import { useStaffPolls } from "./use-staff-polls";

/** "Polls & prompts": open one, watch results and prompt answers arrive, publish an answer, close early. */
export function PollsPanel({ products }: { products: { id: string; title: string }[] }) {
  const { polls, answers, create, close, publish } = useStaffPolls();
  const [message, setMessage] = useState("");
  const open = polls.filter((p) => !p.closed);

  return (
    <section
      aria-labelledby="polls-title"
      className="space-y-4 rounded-2xl border border-roast-200 bg-white p-5"
      data-testid="polls-panel"
    >
      <h2 id="polls-title" className="text-xl text-roast-900">
        Polls &amp; prompts
      </h2>
      <PollCreateForm products={products} onCreate={create} />
      <p aria-live="polite" className="text-sm text-roast-700">
        {message}
      </p>
      {open.length === 0 ? <p className="text-sm text-roast-700">No poll or prompt is open.</p> : null}
      <ul className="space-y-4">
        {open.map((poll) => {
          const pollAnswers = answers.filter((a) => a.pollId === poll.id);
          return (
            <li key={poll.id} className="rounded-xl border border-roast-200 p-4" data-testid="staff-poll">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-semibold text-roast-900">{poll.question}</p>
                  <p className="text-xs text-roast-700">
                    {poll.audience === "store"
                      ? "Whole shop"
                      : `${poll.audience === "cart" ? "Carts with" : "Page of"} ${poll.product?.title ?? ""}`}{" "}
                    · {poll.results.total} answered
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => void close(poll.id).then((e) => setMessage(e ?? "Closed."))}
                  className="rounded-md border border-roast-300 px-2 py-1 text-sm"
                >
                  Close now<span className="sr-only">: {poll.question}</span>
                </button>
              </div>
              {poll.kind === "poll" ? (
                <div className="mt-2">
                  <PollResults poll={poll} mine={null} />
                </div>
              ) : (
                <ul className="mt-2 space-y-2 text-sm" aria-label="Answers">
                  {pollAnswers.length === 0 ? <li className="text-roast-700">No answers yet.</li> : null}
                  {pollAnswers.map((a) => (
                    <li
                      key={a.id}
                      className="flex flex-wrap items-start justify-between gap-2 border-t border-roast-100 pt-2"
                    >
                      <span className="min-w-0 flex-1 break-words">
                        “{a.body}”{" "}
                        <span className="text-roast-700">— {a.alias ?? "anonymous (alias not allowed)"}</span>
                      </span>
                      {a.published ? (
                        <span className="text-leaf-700">Published</span>
                      ) : a.alias ? (
                        <button
                          type="button"
                          onClick={() => void publish(a.id).then((e) => setMessage(e ?? "Published."))}
                          className="rounded-md border border-roast-300 px-2 py-0.5"
                        >
                          Publish<span className="sr-only"> the answer from {a.alias}</span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
