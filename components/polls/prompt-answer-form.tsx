"use client";

import { useId, useState, type FormEvent } from "react";
import { PROMPT_ANSWER_MAX } from "@/lib/platform/contracts/limits";
import type { TPoll, TPollAnswer } from "@/lib/platform/contracts/polls";

/** A free-text answer to a host's open prompt; the alias shows only if the shopper ticks the box. */
export function PromptAnswerForm({
  poll,
  sent,
  onAnswer,
}: {
  poll: TPoll;
  sent: string | null;
  onAnswer: (input: TPollAnswer) => Promise<string | null>;
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const [showAlias, setShowAlias] = useState(false);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const error = await onAnswer({ pollId: poll.id, body, showAlias });
    setBusy(false);
    if (error) return setMessage(error);
    setBody("");
    setMessage("Thank you, the host has your answer.");
  };

  return (
    <form onSubmit={submit} className="space-y-2">
      {sent ? <p className="text-sm text-roast-700">You answered: “{sent}”</p> : null}
      <label htmlFor={`${id}-body`} className="block text-sm font-semibold text-roast-900">
        Your answer
      </label>
      <textarea
        id={`${id}-body`}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={PROMPT_ANSWER_MAX}
        rows={3}
        required
        className="w-full rounded-md border border-roast-300 p-2 text-sm"
      />
      <label className="flex items-center gap-2 text-sm text-roast-800">
        <input type="checkbox" checked={showAlias} onChange={(e) => setShowAlias(e.target.checked)} />
        Show my answer with my alias if the host shares it
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-roast-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {sent ? "Change my answer" : "Send answer"}
        </button>
        <p aria-live="polite" className="text-sm text-roast-700">
          {message}
        </p>
      </div>
    </form>
  );
}
