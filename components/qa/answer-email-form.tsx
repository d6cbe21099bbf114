"use client";

import { useId, useState, type FormEvent } from "react";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { LiveMessage } from "@/components/ui/live-message";
import { AnswerEmailField } from "./answer-email-field";

/**
 * "Tell me when it's answered" for someone following a question (the question page). Only rendered while
 * the shop sends email; staff get nothing to fill in.
 */
export function AnswerEmailForm({ questionId, answered }: { questionId: string; answered: boolean }) {
  const { socket, viewer, connected } = useLive();
  const id = useId();
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; tone: "ok" | "error" } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ack = await emitWithAck(socket, "notify:answer", { questionId, email: email.trim() });
    setBusy(false);
    if (!ack.ok) return setResult({ text: ack.error, tone: "error" });
    setEmail("");
    setResult({
      text: answered ? "We will email you if a host marks an answer." : "We will email you once when this is answered.",
      tone: "ok",
    });
  }

  if (viewer?.staff) return null;
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      className="space-y-2 rounded-2xl border border-roast-200 bg-white p-4"
      data-testid="answer-email-form"
    >
      <AnswerEmailField id={`${id}-email`} value={email} onChange={setEmail} answered={answered} />
      <button
        type="submit"
        disabled={busy || !connected || email.trim() === ""}
        className="rounded-lg bg-roast-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
      >
        {busy ? "Saving…" : connected ? "Email me" : "Connecting…"}
      </button>
      <LiveMessage message={result?.text ?? null} tone={result?.tone === "error" ? "error" : "success"} />
    </form>
  );
}
