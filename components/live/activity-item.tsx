"use client";

import Link from "next/link";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { activityWords } from "./activity-words";
import { RelativeTime } from "./relative-time";

export function ActivityItem({ event, showProduct }: { event: TActivityEvent; showProduct: boolean }) {
  const { lead, mention, tail } = activityWords(event, !showProduct);
  return (
    <li className="text-sm text-roast-900" data-kind={event.kind}>
      {lead}
      {mention === "title" && event.product ? (
        <>
          {" "}
          <Link href={`/products/${event.product.slug}`} className="font-medium underline underline-offset-2">
            {event.product.title}
          </Link>
        </>
      ) : mention ? (
        ` ${mention}`
      ) : null}
      {tail}
      <span className="text-roast-700">
        {" · "}
        <RelativeTime iso={event.at} />
      </span>
    </li>
  );
}
