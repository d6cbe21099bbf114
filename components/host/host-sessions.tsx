import Link from "next/link";
import type { TKitchenSession } from "@/lib/platform/contracts/session-phase";
import { sessionWindowLabel } from "@/lib/domains/kitchen-sessions/session-time";

function SessionList({ sessions, timezone }: { sessions: TKitchenSession[]; timezone: string }) {
  return (
    <ul className="space-y-2 text-sm">
      {sessions.map((s) => (
        <li key={s.id}>
          <Link href={`/sessions/${s.id}`} className="font-semibold underline underline-offset-2">
            {s.title}
          </Link>{" "}
          <span className="text-roast-700">
            · {sessionWindowLabel(s.startsAt, s.endsAt, timezone)} · {s.host.name} ·{" "}
            {s.product ? s.product.title : "whole shop"}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Scheduled and past sessions in the console: the polls, updates and answers a host posts in one belong to it. */
export function HostSessions({
  upcoming,
  past,
  timezone,
}: {
  upcoming: TKitchenSession[];
  past: TKitchenSession[];
  timezone: string;
}) {
  return (
    <section aria-labelledby="host-sessions-title" className="h-fit rounded-2xl border border-roast-200 bg-white p-5">
      <h2 id="host-sessions-title" className="mb-2 text-xl text-roast-900">
        Kitchen sessions
      </h2>
      <p className="mb-3 text-xs text-roast-700">
        During a session, your polls and kitchen updates (on its product or the whole shop) and the questions and
        answers on its product are kept in its replay.
      </p>
      <h3 className="text-sm font-semibold">Coming up and live</h3>
      {upcoming.length > 0 ? (
        <SessionList sessions={upcoming} timezone={timezone} />
      ) : (
        <p className="text-sm text-roast-700">None scheduled.</p>
      )}
      {past.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">Replays</h3>
          <SessionList sessions={past} timezone={timezone} />
        </>
      ) : null}
    </section>
  );
}
