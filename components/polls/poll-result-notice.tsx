"use client";

import { useState } from "react";
import { useLive } from "@/components/live/realtime-provider";
import { useSocketEvent } from "@/components/live/connection/use-socket";

/** "The poll you asked about has closed": shown on whatever shop page the follower is on, until dismissed. */
export function PollResultNotice() {
  const { socket } = useLive();
  const [ready, setReady] = useState<{ pollId: string; question: string }[]>([]);
  useSocketEvent(socket, "poll:result-ready", (r) =>
    setReady((prev) => [r, ...prev.filter((p) => p.pollId !== r.pollId)].slice(0, 3)),
  );
  return (
    <div role="status" aria-live="polite" className="flex flex-col">
      {ready.map((r) => (
        <div
          key={r.pollId}
          data-announces={`[data-poll-id="${CSS.escape(r.pollId)}"]`}
          className="pointer-events-auto mt-2 rounded-2xl border border-roast-300 bg-white p-4 text-sm shadow-md"
        >
          <p className="font-semibold text-roast-900">A poll you follow has closed</p>
          <p className="mt-1 text-roast-800">“{r.question}” — its result is on the product page.</p>
          <button
            type="button"
            onClick={() => setReady((prev) => prev.filter((p) => p.pollId !== r.pollId))}
            className="mt-2 text-roast-700 underline underline-offset-2"
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
