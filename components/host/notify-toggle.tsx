"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";

const STORAGE_KEY = "ok-host-notify";
const listeners = new Set<() => void>();

function readPref(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "on";
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

/** The opt-in (off by default, remembered in this browser) and the function that notifies. */
export function useNewQuestionAlert() {
  const enabled = useSyncExternalStore(subscribe, readPref, () => false);
  const audio = useRef<AudioContext | null>(null);

  const setEnabled = useCallback(async (on: boolean) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    listeners.forEach((l) => l());
    if (!on) return;
    // Both need a user gesture: create the audio context and ask for permission while we have one.
    if (!audio.current && typeof AudioContext !== "undefined") audio.current = new AudioContext();
    if (typeof Notification !== "undefined" && Notification.permission === "default")
      await Notification.requestPermission();
  }, []);

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
        new Notification(title, { body: body.slice(0, 140), tag: "ok-new-question" });
      }
    },
    [enabled],
  );

  return { enabled, setEnabled, alert };
}

export function NotifyToggle({ enabled, onChange }: { enabled: boolean; onChange(on: boolean): void }) {
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
        Chime and desktop notification for new questions
      </label>
      {enabled && permission === "denied" ? (
        <p className="text-xs text-roast-700">
          Desktop notifications are blocked in this browser; you will hear the chime only.
        </p>
      ) : null}
    </div>
  );
}
