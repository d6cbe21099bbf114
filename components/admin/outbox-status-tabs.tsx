import Link from "next/link";
import type { TMailStatus } from "@/lib/platform/contracts/mail";

const TABS: { status?: TMailStatus; label: string }[] = [
  { label: "All" },
  { status: "PENDING", label: "Waiting" },
  { status: "SENT", label: "Sent" },
  { status: "FAILED", label: "Failed" },
  { status: "SKIPPED", label: "Not sent" },
];

/** Status filter links with counts; the current one is marked for assistive tech. */
export function OutboxStatusTabs({ current, counts }: { current?: TMailStatus; counts: Record<TMailStatus, number> }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2">
        {TABS.map((tab) => {
          const active = tab.status === current;
          return (
            <li key={tab.label}>
              <Link
                href={tab.status ? `/admin/outbox?status=${tab.status}` : "/admin/outbox"}
                aria-current={active ? "page" : undefined}
                className={`rounded-md border px-3 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600 ${
                  active
                    ? "border-roast-900 bg-roast-900 text-white"
                    : "border-roast-200 bg-white hover:border-roast-500"
                }`}
              >
                {tab.label} <span className="tabular-nums">({tab.status ? counts[tab.status] : total})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
