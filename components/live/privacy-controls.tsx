"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useLive } from "./realtime-provider";

const PrivacyPanel = dynamic(() => import("./privacy-panel"), {
  ssr: false,
  loading: () => <p className="mt-2 text-roast-700">Loading your choices…</p>,
});

/**
 * How this shopper appears to others, with their privacy choices behind it. The summary takes its place
 * before the viewer has loaded (no layout shift); staff see nothing: they are never counted.
 */
export function PrivacyControls() {
  const { viewer } = useLive();
  const [open, setOpen] = useState(false);
  if (viewer?.staff) return null;
  return (
    // On phones (the live bar's top right) the alias alone, after a person icon; the words stay for screen readers.
    // Its padding makes a 24 px tap target (WCAG 2.5.8) without making the line taller.
    <details
      className="text-sm max-sm:text-xs"
      data-testid="privacy-controls"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer max-sm:-my-1 max-sm:flex max-sm:list-none max-sm:items-center max-sm:gap-1 max-sm:py-1 max-sm:underline max-sm:decoration-dotted max-sm:underline-offset-2 max-sm:[&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5 sm:hidden" fill="currentColor">
          <path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.5-8 5.5V21h16v-1.5c0-3-3.6-5.5-8-5.5Z" />
        </svg>
        <span className="max-sm:sr-only">You appear as </span>
        {/* On phones a long chosen alias is cut short (the panel shows it whole), so the bar keeps its two lines. */}
        <span className="inline-block min-w-24 max-sm:min-w-16 max-sm:max-w-32 max-sm:truncate">
          {viewer?.alias ?? "…"}
        </span>
      </summary>
      {open && viewer ? <PrivacyPanel viewer={viewer} /> : null}
    </details>
  );
}
