import type { ReactNode, RefObject } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { ME_TOO_WEIGHT } from "./queue-order";
import { KitchenHoursLine } from "./kitchen-hours-line";

interface QueueSectionProps {
  queue: TQaThread[];
  hiddenThreads: TQaThread[];
  selected: string | null;
  promisedMinutes: number;
  schedule: TKitchenSchedule;
  now: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  queueRef: RefObject<HTMLOListElement | null>;
  renderItem(thread: TQaThread, selected: boolean): ReactNode;
}

/** The question queue: its heading, keys and ordering rule, the waiting questions, and those hidden. */
export function QueueSection({
  queue,
  hiddenThreads,
  selected,
  promisedMinutes,
  schedule,
  now,
  headingRef,
  queueRef,
  renderItem,
}: QueueSectionProps) {
  return (
    <section aria-labelledby="queue-heading" className="lg:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="queue-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          Question queue{" "}
          <span className="font-sans text-base font-normal text-roast-700">({queue.length} waiting)</span>
        </h2>
        <p className="text-sm text-roast-700">We promise an answer within {promisedMinutes} min.</p>
      </div>
      <KitchenHoursLine schedule={schedule} now={now} />
      <p id="queue-keys" className="mt-1 text-xs text-roast-700">
        Keys: <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>Enter</kbd> answer ·{" "}
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> send · <kbd>Esc</kbd> close
      </p>
      <details className="mt-1 text-xs text-roast-700">
        <summary className="cursor-pointer underline decoration-dotted underline-offset-2">
          How is the queue ordered?
        </summary>
        <p className="mt-1 max-w-prose rounded-md bg-roast-100 p-2 text-roast-900">
          Questions without a host answer, most urgent first: waiting seconds × (1 + {ME_TOO_WEIGHT} × “me too” votes).
          Each shopper who has the same question adds half of its waiting time. The timer counts from when the question
          was asked: green under half of our {promisedMinutes}-minute promise, amber until it, red past it. With kitchen
          hours set (Admin → Settings), the timers and the ordering count only time inside those hours: they pause while
          hosts are out of the kitchen, so a question asked at night starts counting when the kitchen opens. Hidden
          questions and questions a host has answered leave the queue.
        </p>
      </details>
      {queue.length === 0 ? (
        <p className="mt-4 rounded-xl border border-dashed border-roast-300 bg-white/60 p-6 text-center text-roast-700">
          No questions waiting. New ones appear here the moment a shopper asks.
        </p>
      ) : (
        <ol ref={queueRef} aria-describedby="queue-keys" className="mt-4 space-y-3">
          {queue.map((t) => renderItem(t, t.id === selected))}
        </ol>
      )}
      {hiddenThreads.length > 0 ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm font-semibold text-roast-900">
            Hidden questions ({hiddenThreads.length}, hidden while this console was open)
          </summary>
          <ul className="mt-2 space-y-3">{hiddenThreads.map((t) => renderItem(t, false))}</ul>
        </details>
      ) : null}
    </section>
  );
}
