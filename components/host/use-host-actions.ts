"use client";

import { useCallback, useState } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { emitWithAck, type LiveSocket } from "@/components/live/connection/emit-with-ack";
import type { ThreadSource } from "./use-queue-store";

export type Moderation = "pin" | "unpin" | "hide" | "restore";

const moderationDone: Record<Moderation, string> = {
  pin: "Pinned: it shows first on the product page.",
  unpin: "Unpinned.",
  hide: "Hidden from shoppers and from the queue. Restore it under “Hidden questions”.",
  restore: "Restored: shoppers see it again.",
};

interface HostActionOptions {
  socket: LiveSocket | null;
  ids: string[];
  receive(threads: TQaThread[], seq: string, source: ThreadSource): void;
  announce(text: string): void;
  focusItem(id: string | null): void;
}

/** Pin, hide, restore and block from the queue; each says what it did in the live region. */
export function useHostActions({ socket, ids, receive, announce, focusItem }: HostActionOptions) {
  /** The question whose action is being sent. */
  const [busyId, setBusyId] = useState<string | null>(null);

  const moderate = useCallback(
    async (id: string, action: Moderation) => {
      setBusyId(id);
      const ack = await emitWithAck(socket, "qa:moderate", { action, post: { kind: "question", id } });
      setBusyId(null);
      if (!ack.ok) return announce(`Could not ${action}: ${ack.error}`);
      receive([ack.data.thread], ack.data.seq, "own");
      announce(moderationDone[action]);
      if (action === "hide") focusItem(ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1] ?? null);
    },
    [socket, receive, announce, focusItem, ids],
  );

  const block = useCallback(
    async (thread: TQaThread) => {
      setBusyId(thread.id);
      const ack = await emitWithAck(socket, "qa:block-author", { kind: "question", id: thread.id });
      setBusyId(null);
      announce(ack.ok ? `${thread.author.name} is blocked and can no longer post.` : `Could not block: ${ack.error}`);
    },
    [socket, announce],
  );

  return { busyId, moderate, block };
}
