"use client";

import Link from "next/link";
import { countdownLabel, sessionPhase, type TKitchenSession } from "@/lib/platform/contracts/session-phase";
import { sessionWindowLabel } from "@/lib/domains/kitchen-sessions/session-time";
import { useNow } from "@/components/ui/use-now";
import { RemindMe } from "./remind-me";

interface SessionBannerProps {
  sessions: TKitchenSession[];
  emailEnabled: boolean;
  timezone: string;
  /** On the home page, a product's session names its product. */
  showProduct?: boolean;
  /** On the session's own page: only the status and the actions (the page already says what and when). */
  compact?: boolean;
}

/**
 * Scheduled kitchen sessions on cached pages. The HTML carries the stored times only; the countdown,
 * "Live now" and "Ended" are computed here from those times and the reader's clock (nothing invented:
 * no countdown appears before the browser knows the time).
 */
export function SessionBanner({
  sessions,
  emailEnabled,
  timezone,
  showProduct = false,
  compact = false,
}: SessionBannerProps) {
  const now = useNow(null, 1000);
  if (sessions.length === 0) return null;
  return (
    <section
      aria-label={compact ? "This session" : undefined}
      aria-labelledby={compact ? undefined : "sessions-title"}
      className="rounded-2xl border border-roast-200 bg-white p-5"
    >
      {compact ? null : (
        <h2 id="sessions-title" className="mb-3 text-xl text-roast-900">
          Kitchen sessions
        </h2>
      )}
      <ul className="space-y-4">
        {sessions.map((session) => {
          const phase = now === null ? null : sessionPhase(session, now);
          return (
            <li key={session.id} className="space-y-1" data-testid="session-card">
              {compact ? null : (
                <>
                  <p className="font-semibold text-roast-900">
                    <Link href={`/sessions/${session.id}`} className="underline-offset-2 hover:underline">
                      {session.title}
                    </Link>
                    {showProduct && session.product ? (
                      <span className="font-normal text-roast-700">
                        {" "}
                        · on <Link href={`/products/${session.product.slug}`}>{session.product.title}</Link>
                      </span>
                    ) : null}
                  </p>
                  <p className="text-sm text-roast-800">
                    {sessionWindowLabel(session.startsAt, session.endsAt, timezone)} ({timezone}) · with{" "}
                    {session.host.name}
                  </p>
                  {session.description ? <p className="text-sm text-roast-800">{session.description}</p> : null}
                </>
              )}
              <p className="min-h-6 text-sm font-semibold" aria-live="polite" data-testid="session-status">
                {phase === "upcoming" ? (
                  <span className="tabular-nums text-roast-900">
                    Starts in {countdownLabel(Date.parse(session.startsAt) - now!)}
                  </span>
                ) : phase === "live" ? (
                  <Link href={`/sessions/${session.id}`} className="text-ember-700 underline underline-offset-2">
                    ● Live now with {session.host.name}
                  </Link>
                ) : phase === "ended" ? (
                  <Link href={`/sessions/${session.id}`} className="underline underline-offset-2">
                    Ended · see the replay
                  </Link>
                ) : null}
              </p>
              {phase !== "ended" ? (
                <div className="flex flex-wrap items-start gap-3 text-sm">
                  <a
                    href={`/sessions/${session.id}/calendar.ics`}
                    className="rounded-lg border border-roast-300 px-3 py-1.5 font-semibold text-roast-900"
                    download
                  >
                    Add to calendar
                  </a>
                  {emailEnabled && phase === "upcoming" ? <RemindMe sessionId={session.id} /> : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
