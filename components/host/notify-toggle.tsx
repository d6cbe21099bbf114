"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";

const STORAGE_KEY = "ok-host-notify";
const listeners = new Set<() => void>();

function readPref(storageKey: string): boolean {
  try {
    return window.localStorage.getItem(storageKey) === "on";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** A short, quiet two-note chime; no audio file to load. */
function beep(ctx: AudioContext) {
  const t = ctx.currentTime;
  for (const [i, freq] of [660, 880].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t + i * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.15, t + i * 0.15 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.15 + 0.14);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t + i * 0.15);
    osc.stop(t + i * 0.15 + 0.15);
  }
}

/**
 * The opt-in (off by default, remembered in this browser) and the function that notifies. Each screen
 * keeps its own choice (`storageKey`): the host console's questions, the orders screen's new orders.
 */
export function useNewQuestionAlert(storageKey = STORAGE_KEY, tag = "ok-new-question") {
  const enabled = useSyncExternalStore(
    subscribe,
    () => readPref(storageKey),
    () => false,
  );
  const audio = useRef<AudioContext | null>(null);

  const setEnabled = useCallback(
    async (on: boolean) => {
      try {
        window.localStorage.setItem(storageKey, on ? "on" : "off");
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      listeners.forEach((l) => l());
      if (!on) return;
      // Both need a user gesture: create the audio context and ask for permission while we have one.
      if (!audio.current && typeof AudioContext !== "undefined") audio.current = new AudioContext();
      if (typeof Notification !== "undefined" && Notification.permission === "default")
        await Notification.requestPermission();
    },
    [storageKey],
  );

  const alert = useCallback(
    (title: string, body: string) => {
      if (!enabled) return;
      if (!audio.current && typeof AudioContext !== "undefined") audio.current = new AudioContext();
      const ctx = audio.current;
      // After a reload the context starts suspended; any keypress on the page lets it resume.
      if (ctx)
        void ctx.resume().then(
          () => beep(ctx),
          () => undefined,
        );
      if (
        typeof Notification !== "undefined" &&
        Notification.permission === "granted" &&
        document.visibilityState === "hidden"
      ) {
        new Notification(title, { body: body.slice(0, 140), tag });
      }
    },
    [enabled, tag],
  );

  return { enabled, setEnabled, alert };
}

export function NotifyToggle({
  enabled,
  onChange,
  label = "Chime and desktop notification for new questions",
}: {
  enabled: boolean;
  onChange(on: boolean): void;
  label?: string;
}) {
  const permission = typeof Notification === "undefined" ? "unsupported" : Notification.permission;
  return (
    <div className="text-sm text-roast-800">
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onChange(e.target.checked)}
          className="h-4 w-4 accent-roast-900"
        />
        {label}
      </label>
      {enabled && permission === "denied" ? (
        <p className="text-xs text-roast-700">
          Desktop notifications are blocked in this browser; you will hear the chime only.
        </p>
      ) : null}
    </div>
  );
}
