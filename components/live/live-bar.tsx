import { PresenceCount } from "./presence-count";
import { PrivacyControls } from "./privacy-controls";

/** The strip under the header on every shop page: who is in the shop now, and how you appear. */
export function LiveBar({ threshold }: { threshold: number }) {
  return (
    <div className="border-b border-roast-200 bg-roast-100/60">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-3 px-4 py-2 sm:px-6">
        <PresenceCount threshold={threshold} />
        <PrivacyControls />
      </div>
    </div>
  );
}
