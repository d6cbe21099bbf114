import { PresenceCount } from "./presence-count";
import { PrivacyControls } from "./privacy-controls";

/**
 * The strip under the header on every shop page: who is in the shop now, and how you appear. On phones its
 * parts flow inline as small text around the alias, so it takes two short lines rather than four; both are
 * reserved from the start, so the count arriving never pushes the page down.
 */
export function LiveBar({ threshold }: { threshold: number }) {
  return (
    <div className="border-b border-roast-200 bg-roast-100/60">
      <div className="live-bar relative mx-auto min-h-[2.375rem] max-w-6xl px-4 py-[3px] text-xs leading-4 sm:flex sm:min-h-0 sm:flex-wrap sm:items-start sm:justify-between sm:gap-3 sm:px-6 sm:py-2 sm:text-sm sm:leading-normal">
        {/* First in the source so that on phones it floats to the top right and the count flows around it. */}
        <div className="max-sm:float-right max-sm:ml-2 sm:order-last">
          <PrivacyControls />
        </div>
        <PresenceCount threshold={threshold} />
      </div>
    </div>
  );
}
