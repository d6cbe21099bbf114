"use client";

import { ExperimentNotice } from "./experiment-notice";
import { useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { ZShopperAlias, type TShopperPreferences, type TViewer } from "@/lib/platform/contracts/presence";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useLive } from "./realtime-provider";
import { StoredAddresses } from "./stored-addresses";

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
 * "Show me as invisible", "show my alias in the feed", "happy to help with what I bought", and the alias.
 * Loaded when the shopper opens the privacy summary (it brings zod's alias check with it).
 */
export default function PrivacyPanel({ viewer }: { viewer: TViewer }) {
  const { socket, connected, updateViewer } = useLive();
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

  return (
    // On phones the live bar's summary sits in a float at the top right: the panel spans the bar below it instead.
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
        Show me as invisible (I am not counted in who is here, and nothing I do appears in the activity feed)
      </label>
      {gpc ? (
        <p id={`${id}-gpc`} className="text-roast-700" data-testid="gpc-honoured">
          Your browser sends Global Privacy Control, and we honour it as if you chose invisible: you are never
          counted in who is here, and what you look at, add to your cart or buy never appears in the activity feed,
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
      {viewer.inExperiment ? <ExperimentNotice /> : null}
      <p aria-live="polite" className="text-roast-700">
        {message}
      </p>
      <StoredAddresses />
    </div>
  );
}
