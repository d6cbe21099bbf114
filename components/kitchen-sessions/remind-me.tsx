"use client";

import { useId, useState, type FormEvent } from "react";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { LiveMessage } from "@/components/ui/live-message";

/** "Remind me": one email 10 minutes before; the address is erased when the session ends. */
export function RemindMe({ sessionId }: { sessionId: string }) {
  const { socket, viewer, connected } = useLive();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; tone: "success" | "error" } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ack = await emitWithAck(socket, "notify:session", { sessionId, email: email.trim() });
    setBusy(false);
    if (!ack.ok) return setResult({ text: ack.error, tone: "error" });
    setEmail("");
    setOpen(false);
    setResult({ text: "We will email you 10 minutes before it starts.", tone: "success" });
  }

  if (viewer?.staff) return null;
  return (
    <div>
      {open ? (
        <form onSubmit={(e) => void onSubmit(e)} className="flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-email`} className="flex flex-col text-sm font-semibold text-roast-900">
            Your email
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              required
              value={email}
              maxLength={254}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby={`${id}-hint`}
              className="mt-1 rounded-lg border border-roast-300 px-3 py-1.5 font-normal"
            />
          </label>
          <button
            type="submit"
            disabled={busy || !connected}
            className="rounded-lg bg-roast-800 px-3 py-1.5 font-semibold text-white disabled:opacity-60"
          >
            {busy ? "Saving…" : "Remind me"}
          </button>
          <p id={`${id}-hint`} className="w-full text-xs text-roast-700">
            One email 10 minutes before; never shown, erased when the session ends.
          </p>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-lg border border-roast-300 px-3 py-1.5 font-semibold text-roast-900"
        >
          Remind me
        </button>
      )}
      <LiveMessage message={result?.text} tone={result?.tone} />
    </div>
  );
}
