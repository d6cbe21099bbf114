"use client";

import { useQaLive } from "./qa-live-provider";
import { QaThreadCard } from "./qa-thread-card";

/** The live threads; the polite region announces new questions and host answers, not every vote. */
export function QaThreadList({ standalone = false }: { standalone?: boolean }) {
  const { threads, typing, announcement } = useQaLive();
  return (
    <div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement ?? ""}
      </p>
      {threads.length === 0 ? (
        <p className="text-roast-700">
          No questions yet. Ask the first one: a host or another shopper will answer here.
        </p>
      ) : (
        <ol className="divide-y divide-roast-200" data-testid="qa-threads">
          {threads.map((thread) => (
            <li key={thread.id} className="py-6 first:pt-0">
              <QaThreadCard thread={thread} typingHost={typing[thread.id]} standalone={standalone} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
