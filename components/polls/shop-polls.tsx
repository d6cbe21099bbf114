"use client";

import { useRememberedSet } from "@/components/qa/remembered-set";
import { PollCard } from "./poll-card";
import { usePolls } from "./use-polls";

/** Store- and cart-targeted polls, mounted once in the shop's frame; dismissed ones stay dismissed. */
export function ShopPolls() {
  const polls = usePolls("shop", null);
  const [dismissed, setDismissed] = useRememberedSet("ok:dismissed-polls");
  const shown = polls.active.filter((p) => !dismissed.has(p.id));
  if (shown.length === 0) return null;
  return (
    <aside aria-label="Questions from the shop" className="mx-auto max-w-6xl space-y-3 px-4 pt-4 sm:px-6">
      {shown.slice(0, 2).map((poll) => (
        <PollCard
          key={poll.id}
          poll={poll}
          mine={polls.mineOf(poll.id)}
          onAnswer={polls.answer}
          onFollow={polls.follow}
          onDismiss={() => setDismissed(poll.id, true)}
        />
      ))}
    </aside>
  );
}
