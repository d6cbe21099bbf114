"use client";

import Link from "next/link";
import { useState } from "react";
import { useLive } from "@/components/live/realtime-provider";
import { useSocketEvent } from "@/components/live/connection/use-socket";

interface Answered {
  questionId: string;
  product: { slug: string; title: string };
}

/**
 * "Your question was answered": the server tells the asker's and followers' tabs, on whatever shop page
 * they are. A polite status that stays until dismissed (no auto-hide, so nobody has to race to read it),
 * in the shop's notice dock (ShopNotices), which keeps it off the answer when that is on this page.
 */
export function AnsweredNotifier() {
  const { socket } = useLive();
  const [notices, setNotices] = useState<Answered[]>([]);

  useSocketEvent(socket, "qa:answered", (answered: Answered) =>
    setNotices((prev) => [answered, ...prev.filter((n) => n.questionId !== answered.questionId)].slice(0, 3)),
  );

  const dismiss = (questionId: string) => setNotices((prev) => prev.filter((n) => n.questionId !== questionId));

  return (
    <div role="status" aria-live="polite" className="flex flex-col" data-testid="answered-notifier">
      {notices.map((notice) => (
        <div
          key={notice.questionId}
          data-announces={`[data-question-id="${CSS.escape(notice.questionId)}"] [data-answers]`}
          className="pointer-events-auto mt-2 w-full rounded-2xl border border-leaf-600 bg-white p-4 shadow-lg"
        >
          <p className="font-semibold text-roast-900">A host answered a question you asked or follow</p>
          <p className="mt-1 text-sm text-roast-800">
            On {notice.product.title}.{" "}
            <Link
              href={`/products/${notice.product.slug}/questions/${notice.questionId}`}
              className="font-semibold underline underline-offset-2"
              onClick={() => dismiss(notice.questionId)}
            >
              Read the answer
            </Link>
          </p>
          <button
            type="button"
            onClick={() => dismiss(notice.questionId)}
            className="mt-2 text-sm text-roast-700 underline underline-offset-2 hover:text-roast-900"
          >
            Dismiss<span className="sr-only"> the notice about {notice.product.title}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
