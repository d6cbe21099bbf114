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
    <details className="text-sm" data-testid="privacy-controls" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer">
        You appear as <span className="inline-block min-w-24">{viewer?.alias ?? "…"}</span>
      </summary>
      {open && viewer ? <PrivacyPanel viewer={viewer} /> : null}
    </details>
  );
}
