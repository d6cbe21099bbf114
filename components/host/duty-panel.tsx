"use client";

import type { THostOnDuty } from "@/lib/platform/contracts/qa";
import { formatStoreTime } from "@/lib/platform/time/store-time";

export interface DutyPanelProps {
  me: { handle: string; name: string };
  hosts: THostOnDuty[];
  connected: boolean;
  busy: boolean;
  onToggle(next: boolean): void;
  /** The store's time zone: every time shown is in it. */
  timeZone: string;
}

/** Going on duty is what shoppers see: the switch says so in words, not only in colour. */
export function DutyPanel({ me, hosts, connected, busy, onToggle, timeZone }: DutyPanelProps) {
  const onDuty = hosts.some((h) => h.handle === me.handle);
  return (
    <section aria-labelledby="duty-heading" className="rounded-xl border border-roast-200 bg-white p-4 lg:col-span-2">
      <h2 id="duty-heading" className="sr-only">
        Duty
      </h2>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          role="switch"
          aria-checked={onDuty}
          disabled={!connected || busy}
          onClick={() => onToggle(!onDuty)}
          className={`inline-flex items-center gap-3 rounded-full border px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${
            onDuty ? "border-leaf-700 bg-leaf-50 text-leaf-700" : "border-roast-300 bg-roast-50 text-roast-800"
          }`}
        >
          <span
            aria-hidden="true"
            className={`relative h-5 w-9 rounded-full ${onDuty ? "bg-leaf-600" : "bg-roast-300"}`}
          >
            <span
              className={`absolute top-0.5 h-4 w-4 rounded-full bg-white transition-[left] ${onDuty ? "left-4.5" : "left-0.5"}`}
            />
          </span>
          {onDuty ? "On duty — shoppers see you" : "Off duty"}
        </button>
        <p className="text-sm text-roast-700">
          {onDuty
            ? "Your name shows in the shop as a host on duty."
            : "Go on duty so shoppers know a person is here to answer."}
        </p>
      </div>
      <div className="mt-3 text-sm">
        <h3 className="font-semibold text-roast-900">Hosts on duty now</h3>
        {hosts.length === 0 ? (
          <p className="text-roast-700">Nobody is on duty: shoppers see that no host is here right now.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2">
            {hosts.map((h) => (
              <li
                key={h.handle}
                className="inline-flex items-center gap-2 rounded-full bg-roast-100 px-3 py-1 text-roast-900"
              >
                {h.avatarUrl ? <img src={h.avatarUrl} alt="" className="h-5 w-5 rounded-full object-cover" /> : null}
                <span>
                  {h.name}
                  {h.handle === me.handle ? " (you)" : ""}
                </span>{" "}
                <span className="text-xs text-roast-700">
                  since{" "}
                  <time dateTime={h.since} suppressHydrationWarning>
                    {formatStoreTime(h.since, timeZone, { withDate: false })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
