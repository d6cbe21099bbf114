"use client";

import { useRef } from "react";
import { AnsweredNotifier } from "@/components/qa/answered-notifier";
import { PollResultNotice } from "@/components/polls/poll-result-notice";
import { HelpRequestNotice } from "@/components/buyer-help/help-request-notice";
import { placementStyle, useClearPlacement } from "./use-clear-placement";

/**
 * The shop's notices that wait to be dismissed ("a host answered", "a poll you follow closed", "can you
 * help?"), in one dock that sits where it covers neither what they announce nor a link or a button: on
 * phones the top or bottom edge, elsewhere a free corner (components/layout/clear-placement.ts).
 */
export function ShopNotices() {
  const dock = useRef<HTMLDivElement>(null);
  const placement = useClearPlacement(dock);
  return (
    <div
      ref={dock}
      data-testid="shop-notices"
      data-placement={placement ?? undefined}
      style={placementStyle(placement)}
      className="pointer-events-none fixed z-50 flex flex-col"
    >
      <AnsweredNotifier />
      <HelpRequestNotice />
      <PollResultNotice />
    </div>
  );
}
