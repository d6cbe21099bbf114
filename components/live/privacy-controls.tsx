"use client";

import { useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { ZShopperAlias, type TShopperPreferences } from "@/lib/contracts/presence";
import { emitWithAck } from "@/components/realtime/emit-with-ack";
import { useLive } from "./realtime-provider";

const noSubscription = () => () => undefined;

/** The browser's Global Privacy Control signal (the socket sends the same one when it connects). */
function useGlobalPrivacyControl(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    () => false,
  );
}

/**
 * "Show me as invisible", "show my alias in the feed", "happy to help with what I bought", and the alias. Not shown to staff: they are
 * never counted, so there is nothing for them to choose.
 */
export function PrivacyControls() {
  const { socket, connected, viewer, updateViewer } = useLive();
  const gpc = useGlobalPrivacyControl();
  /** What is typed in the alias field; null shows the saved alias. */
  const [aliasDraft, setAliasDraft] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const id = useId();
  const alias = aliasDraft ?? viewer?.alias ?? "";

  const save = async (change: TShopperPreferences) => {
    if (!connected) return setMessage("Not connected yet; try again in a moment.");
    const ack = await emitWithAck(socket, "shopper:set-preferences", change);
    if (!ack.ok) return setMessage(ack.error);
    updateViewer(ack.data);
    setAliasDraft(null);
    setMessage("Saved.");
  };

  const saveAlias = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZShopperAlias.safeParse(alias);
    if (!parsed.success) return setMessage(parsed.error.issues[0]?.message ?? "Invalid alias");
    void save({ alias: parsed.data });
  };

  if (!viewer || viewer.staff) return null;
  return (
    // On phones (the live bar's top right) the alias alone, after a person icon; the words stay for screen readers.
    // Its padding makes a 24 px tap target (WCAG 2.5.8) without making the line taller.
    <details className="text-sm max-sm:text-xs" data-testid="privacy-controls">
      <summary className="cursor-pointer max-sm:-my-1 max-sm:flex max-sm:list-none max-sm:py-1 max-sm:items-center max-sm:gap-1 max-sm:underline max-sm:decoration-dotted max-sm:underline-offset-2 max-sm:[&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5 sm:hidden" fill="currentColor">
          <path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.5-8 5.5V21h16v-1.5c0-3-3.6-5.5-8-5.5Z" />
        </svg>
        <span className="max-sm:sr-only">You appear as </span>
        {viewer.alias}
      </summary>
      <div className="mt-2 space-y-2 rounded-md border border-roast-200 bg-white p-3 max-sm:absolute max-sm:inset-x-2 max-sm:z-30 max-sm:text-sm max-sm:shadow-md">
        <form onSubmit={saveAlias} className="flex items-end gap-2">
          <label className="flex flex-col" htmlFor={`${id}-alias`}>
            Alias
            <input
              id={`${id}-alias`}
              value={alias}
              onChange={(e) => setAliasDraft(e.target.value)}
              maxLength={32}
              className="rounded border border-roast-200 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded bg-roast-700 px-3 py-1 text-white">
            Save
          </button>
        </form>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={viewer.invisible || gpc}
            disabled={gpc}
            aria-describedby={gpc ? `${id}-gpc` : undefined}
            onChange={(e) => void save({ invisible: e.target.checked })}
          />
          Show me as invisible (I am not counted in what others see)
        </label>
        {gpc ? (
          <p id={`${id}-gpc`} className="text-roast-700" data-testid="gpc-honoured">
            Your browser sends Global Privacy Control, and we honour it: you are never counted in what others see,
            whatever you choose here.
          </p>
        ) : null}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={viewer.showAliasInFeed}
            onChange={(e) => void save({ showAliasInFeed: e.target.checked })}
          />
          Show my alias in the activity feed
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={viewer.helpsOthers}
            onChange={(e) => void save({ helpsOthers: e.target.checked })}
          />
          I&apos;m happy to help other shoppers with things I bought
        </label>
        <p aria-live="polite" className="text-roast-700">
          {message}
        </p>
      </div>
    </details>
  );
}
