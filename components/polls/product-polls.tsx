"use client";

import { useRememberedSet } from "@/components/qa/remembered-set";
import { PollCard } from "./poll-card";
import { usePolls } from "./use-polls";

/** This product's open polls and prompts, and "What other shoppers said" in its closed polls. */
export function ProductPolls({ productId }: { productId: string }) {
  const polls = usePolls("product", productId);
  const [dismissed, setDismissed] = useRememberedSet("ok:dismissed-polls");
  const active = polls.active.filter((p) => !dismissed.has(p.id));
  if (active.length === 0 && polls.closed.length === 0) return null;
  return (
    <div className="space-y-4" data-testid="product-polls">
      {active.map((poll) => (
        <PollCard
          key={poll.id}
          poll={poll}
          mine={polls.mineOf(poll.id)}
          onAnswer={polls.answer}
          onFollow={polls.follow}
          onDismiss={() => setDismissed(poll.id, true)}
        />
      ))}
      {polls.closed.length > 0 ? (
        <section aria-labelledby="said-title" className="space-y-3">
          <h2 id="said-title" className="text-xl text-roast-900">
            What other shoppers said
          </h2>
          {polls.closed.map((poll) => (
            <PollCard
              key={poll.id}
              poll={poll}
              mine={polls.mineOf(poll.id)}
              onAnswer={polls.answer}
              onFollow={polls.follow}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
