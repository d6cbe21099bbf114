"use client";

import { useState } from "react";
import type { TQaPostRef } from "@/lib/platform/contracts/qa";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useQaLive } from "./qa-live-provider";
import { useRememberedSet } from "./remembered-set";

interface VoteButtonProps {
  post: TQaPostRef;
  count: number;
  /** "Me too" on questions, "Helpful" on replies. */
  label: string;
  /** Names the post for screen readers, e.g. "this question". */
  target: string;
  onError(message: string): void;
}

/**
 * A toggle with its count; the count shown is always the server's, from the ack or a live change. Votes are
 * for shoppers: staff get no button (the server refuses theirs).
 */
export function VoteButton({ post, count, label, target, onError }: VoteButtonProps) {
  const { socket, viewer } = useLive();
  const { applyVote } = useQaLive();
  const [voted, remember] = useRememberedSet("ok:qa:votes");
  const [busy, setBusy] = useState(false);
  const key = `${post.kind}:${post.id}`;
  const on = voted.has(key);

  async function toggle() {
    setBusy(true);
    const result = await emitWithAck(socket, "qa:vote", { post, on: !on });
    setBusy(false);
    if (!result.ok)
      return onError(result.code === "timeout" ? "The shop didn't confirm your vote. Try again." : result.error);
    remember(key, !on);
    applyVote(result.data);
  }

  if (viewer?.staff) return null;
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={`${label} on ${target}, ${count} so far`}
      disabled={busy}
      onClick={() => void toggle()}
      className="inline-flex items-center gap-1.5 rounded-full border border-roast-300 px-3 py-1 text-sm font-medium text-roast-900 hover:bg-roast-100 disabled:opacity-60 aria-pressed:border-leaf-700 aria-pressed:bg-leaf-50 aria-pressed:text-leaf-700"
    >
      <span>{label}</span>
      <span className="tabular-nums" aria-hidden="true">
        {count}
      </span>
    </button>
  );
}
