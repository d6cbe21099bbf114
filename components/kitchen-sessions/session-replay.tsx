import type { ReplayItem } from "@/lib/domains/kitchen-sessions/read-session-replay";
import { clockLabel } from "@/lib/domains/kitchen-hours/zoned-time";

function ItemBody({ item }: { item: ReplayItem }) {
  switch (item.kind) {
    case "question":
      return (
        <>
          <p className="text-xs font-semibold uppercase tracking-wide text-roast-700">Question · {item.author}</p>
          <p className="whitespace-pre-line text-roast-900">{item.body}</p>
        </>
      );
    case "answer":
      return (
        <>
          <p className="text-xs font-semibold uppercase tracking-wide text-roast-700">
            Answer · {item.author}
            {item.host ? " (host)" : ""}
            {item.accepted ? " · marked as the answer" : ""}
          </p>
          <p className="whitespace-pre-line text-roast-900">{item.body}</p>
        </>
      );
    case "poll":
      return (
        <>
          <p className="text-xs font-semibold uppercase tracking-wide text-roast-700">Poll</p>
          <p className="font-semibold text-roast-900">{item.question}</p>
          {item.results ? (
            <ul className="mt-1 space-y-0.5 text-sm text-roast-800">
              {item.results.map((r) => (
                <li key={r.label}>
                  {r.label}: {r.count} ({r.percent}%)
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-roast-700">
              {item.total} answered: too few to show counts without pointing at anyone.
            </p>
          )}
        </>
      );
    case "kitchen":
      return (
        <>
          <p className="text-xs font-semibold uppercase tracking-wide text-roast-700">Kitchen update</p>
          <p className="whitespace-pre-line text-roast-900">{item.body}</p>
          {item.imagePath ? <img src={item.imagePath} alt="" className="mt-2 max-h-64 rounded-lg" /> : null}
        </>
      );
  }
}

/** What happened in the session's window, in order, from stored rows. */
export function SessionReplay({ items, ended, timezone }: { items: ReplayItem[]; ended: boolean; timezone: string }) {
  return (
    <section aria-labelledby="replay-title" className="space-y-3">
      <h2 id="replay-title" className="text-2xl text-roast-900">
        {ended ? "Replay" : "So far"}
      </h2>
      {items.length === 0 ? (
        <p className="text-roast-700">Nothing was posted in this session{ended ? "" : " yet"}.</p>
      ) : (
        <ol className="space-y-3" data-testid="replay">
          {items.map((item) => (
            <li
              key={`${item.kind}:${item.id}`}
              className="grid grid-cols-[3.5rem_1fr] gap-3 rounded-xl border border-roast-200 bg-white p-3"
              data-testid="replay-item"
              data-kind={item.kind}
            >
              <time dateTime={item.at} className="pt-0.5 text-sm tabular-nums text-roast-700">
                {clockLabel(new Date(item.at), timezone)}
              </time>
              <div className="min-w-0">
                <ItemBody item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-roast-700">
        The replay holds what was posted between the session&apos;s start and end: questions and answers on its product
        (any product for a whole-shop session), and the host&apos;s polls and kitchen updates. Hidden posts are left
        out.
      </p>
    </section>
  );
}
