import { PollResultNotice } from "@/components/polls/poll-result-notice";
import { HelpRequestNotice } from "@/components/buyer-help/help-request-notice";

/** Bottom-left, clear of the answered-question notices on the right: calm asks that wait to be dismissed. */
export function ShopNotices() {
  return (
    <div className="pointer-events-none fixed inset-x-4 bottom-4 z-40 flex flex-col gap-2 sm:right-auto sm:w-80">
      <HelpRequestNotice />
      <PollResultNotice />
    </div>
  );
}
