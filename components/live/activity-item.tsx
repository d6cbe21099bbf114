"use client";

import Link from "next/link";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { RelativeTime } from "./relative-time";

function who(event: TActivityEvent): string {
  const name = event.alias ?? "A shopper";
  return event.regular ? `${name} (a regular)` : name;
}

function describe(event: TActivityEvent): string {
  switch (event.kind) {
    case "view":
      return event.count === 1 ? "1 shopper looked at" : `${event.count} shoppers looked at`;
    case "cart_add":
      return `${who(event)} added to a cart:`;
    case "purchase":
      return `${who(event)} bought`;
    case "host_on_duty":
      return "A host came on duty";
    case "question_asked":
      return `${who(event)} asked a question about`;
    case "question_answered":
      return "A question was answered about";
  }
}

export function ActivityItem({ event, showProduct }: { event: TActivityEvent; showProduct: boolean }) {
  return (
    <li className="text-sm text-roast-900" data-kind={event.kind}>
      {describe(event)}{" "}
      {event.product && showProduct ? (
        <Link href={`/products/${event.product.slug}`} className="font-medium underline underline-offset-2">
          {event.product.title}
        </Link>
      ) : event.product ? (
        <span className="font-medium">this</span>
      ) : null}
      <span className="text-roast-700">
        {" · "}
        <RelativeTime iso={event.at} />
      </span>
    </li>
  );
}
