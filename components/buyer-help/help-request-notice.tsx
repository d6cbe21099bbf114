"use client";

import Link from "next/link";
import { useState } from "react";
import type { THelpRequest } from "@/lib/platform/contracts/kitchen";
import { useLive } from "@/components/live/realtime-provider";
import { useSocketEvent } from "@/components/live/connection/use-socket";

/** A gentle ask to an opted-in buyer, on any shop page: nobody else learns they were asked. */
export function HelpRequestNotice() {
  const { socket } = useLive();
  const [requests, setRequests] = useState<THelpRequest[]>([]);
  useSocketEvent(socket, "help:requested", (request) =>
    setRequests((prev) => [request, ...prev.filter((r) => r.questionId !== request.questionId)].slice(0, 2)),
  );
  const dismiss = (id: string) => setRequests((prev) => prev.filter((r) => r.questionId !== id));
  return (
    <div role="status" aria-live="polite" className="flex flex-col" data-testid="help-request">
      {requests.map((r) => (
        <div
          key={r.questionId}
          data-announces={`[data-question-id="${CSS.escape(r.questionId)}"]`}
          className="pointer-events-auto mt-2 rounded-2xl border border-leaf-600 bg-white p-4 text-sm shadow-md"
        >
          <p className="text-roast-900">Someone asks about {r.product.title}, which you bought. Can you help?</p>
          <p className="mt-1 line-clamp-2 italic text-roast-700">“{r.question}”</p>
          <div className="mt-2 flex gap-4">
            <Link
              href={`/products/${r.product.slug}/questions/${r.questionId}`}
              onClick={() => dismiss(r.questionId)}
              className="font-semibold text-roast-900 underline underline-offset-2"
            >
              See the question
            </Link>
            <button
              type="button"
              onClick={() => dismiss(r.questionId)}
              className="text-roast-700 underline underline-offset-2"
            >
              Not now
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
