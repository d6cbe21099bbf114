"use client";

import { useState } from "react";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useRememberedSet } from "./remembered-set";

/** Follow a question to be told (on any page of the shop) when a host answers it; not offered to staff. */
export function FollowToggle({ questionId, onError }: { questionId: string; onError(message: string): void }) {
  const { socket, viewer } = useLive();
  const [following, remember] = useRememberedSet("ok:qa:follows");
  const [busy, setBusy] = useState(false);
  const on = following.has(questionId);

  async function toggle() {
    setBusy(true);
    const result = await emitWithAck(socket, "qa:follow", { questionId, on: !on });
    setBusy(false);
    if (!result.ok) return onError(result.code === "timeout" ? "The shop didn't confirm. Try again." : result.error);
    remember(questionId, result.data.following);
  }

  if (viewer?.staff) return null;
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label="Follow this question"
      disabled={busy}
      onClick={() => void toggle()}
      title="Get a notice in this browser when a host answers"
      className="rounded-full px-3 py-1 text-sm font-medium text-roast-900 underline-offset-4 hover:underline disabled:opacity-60"
    >
      {on ? "Following" : "Follow"}
    </button>
  );
}
