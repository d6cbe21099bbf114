"use client";

import { useState } from "react";

/** The order's private link with a copy button: anyone holding it sees this order, so it is the buyer's to keep. */
export function PrivateLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <section aria-labelledby="private-link-title" className="rounded-2xl border border-roast-200 bg-white p-5">
      <h2 id="private-link-title" className="text-lg text-roast-900">
        Your private link to this order
      </h2>
      <p className="mt-1 text-sm text-roast-700">
        Bookmark it to see this order from any device. Anyone with the link can see the order, so keep it to yourself.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <input
          readOnly
          value={url}
          aria-label="Private link"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-roast-200 bg-roast-50 px-3 py-2 font-mono text-xs text-roast-900"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-full border border-roast-700 bg-white px-4 py-2 text-sm font-semibold text-roast-900 hover:bg-roast-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
        >
          Copy link
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 min-h-5 text-sm text-leaf-700">
        {copied === "yes" ? "Copied." : copied === "no" ? "Could not copy: select the link and copy it yourself." : ""}
      </p>
    </section>
  );
}
