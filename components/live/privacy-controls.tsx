"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import type { Ack, ClientAckData } from "@/lib/contracts/events";
import { ZShopperAlias, type TShopperPreferences } from "@/lib/contracts/presence";
import { useLive } from "./realtime-provider";

type Preferences = ClientAckData["shopper:set-preferences"];

/** "Show me as invisible", "show my alias in the feed", and the alias itself. */
export function PrivacyControls() {
  const { socket, connected } = useLive();
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [alias, setAlias] = useState("");
  const [message, setMessage] = useState("");
  const id = useId();

  useEffect(() => {
    void fetch("/api/shopper")
      .then((r) => (r.ok ? (r.json() as Promise<Preferences>) : null))
      .then((p) => {
        if (p) {
          setPrefs(p);
          setAlias(p.alias);
        }
      });
  }, []);

  const save = (change: TShopperPreferences) => {
    if (!socket || !connected) return setMessage("Not connected yet; try again in a moment.");
    socket.emit("shopper:set-preferences", change, (ack: Ack<Preferences>) => {
      if (ack.ok) {
        setPrefs(ack.data);
        setAlias(ack.data.alias);
        setMessage("Saved.");
      } else setMessage(ack.error);
    });
  };

  const saveAlias = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZShopperAlias.safeParse(alias);
    if (!parsed.success) return setMessage(parsed.error.issues[0]?.message ?? "Invalid alias");
    save({ alias: parsed.data });
  };

  if (!prefs) return null;
  return (
    <details className="text-sm" data-testid="privacy-controls">
      <summary className="cursor-pointer">You appear as {prefs.alias}</summary>
      <div className="mt-2 space-y-2 rounded-md border border-roast-200 bg-white p-3">
        <form onSubmit={saveAlias} className="flex items-end gap-2">
          <label className="flex flex-col" htmlFor={`${id}-alias`}>
            Alias
            <input
              id={`${id}-alias`}
              value={alias}
              onChange={(e) => setAlias(e.target.value)}
              maxLength={32}
              className="rounded border border-roast-200 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded bg-roast-700 px-3 py-1 text-white">
            Save
          </button>
        </form>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={prefs.invisible} onChange={(e) => save({ invisible: e.target.checked })} />
          Show me as invisible (I am not counted in what others see)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={prefs.showAliasInFeed}
            onChange={(e) => save({ showAliasInFeed: e.target.checked })}
          />
          Show my alias in the activity feed
        </label>
        <p aria-live="polite" className="text-roast-700">
          {message}
        </p>
      </div>
    </details>
  );
}
