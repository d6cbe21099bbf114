"use client";

import { useCallback, useRef, useState } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import type { LiveSocket } from "@/components/live/connection/emit-with-ack";
import { catchUpQa } from "@/components/live/connection/catch-up";
import { newerSeq } from "@/components/live/connection/sequence";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";
import { applyThreads, isOpen, type ThreadStore } from "./queue-order";

export type ThreadSource = "live" | "catch-up" | "own";

interface QueueStoreOptions {
  initialThreads: TQaThread[];
  initialSeq: string;
  announce(text: string): void;
  alert(title: string, body: string): void;
}

function hostAnswerer(thread: TQaThread): string | null {
  return thread.replies.find((r) => r.author.kind === "host")?.author.name ?? null;
}

/**
 * Every thread the console knows, each at the newest change seen: the server-rendered queue, live
 * qa:changed pushes, and on every (re)connect everything since the last change seen, page after page.
 * Tells the host about new questions and about questions another host answered.
 */
export function useQueueStore(socket: LiveSocket | null, options: QueueStoreOptions) {
  const { announce, alert } = options;
  const [store, setStore] = useState<ThreadStore>(() =>
    applyThreads({ threads: {}, seqs: {} }, options.initialThreads, options.initialSeq),
  );
  const storeRef = useRef(store);
  const seqRef = useRef(options.initialSeq);
  const [problem, setProblem] = useState<string | null>(null);
  /** Our own answers' broadcasts can arrive before their acks: those are announced once, by the sender. */
  const answeredByMe = useRef(new Set<string>());

  const receive = useCallback(
    (threads: TQaThread[], seq: string, source: ThreadSource) => {
      // Only a catch-up read moves the cursor: live pushes can arrive out of order (instances, adapter),
      // so a push's number says nothing about the changes before it (ARCHITECTURE.md, "Cursors").
      if (source === "catch-up") seqRef.current = newerSeq(seqRef.current, seq);
      const before = storeRef.current;
      const after = applyThreads(before, threads, seq);
      if (after === before) return;
      storeRef.current = after;
      setStore(after);
      if (source === "own") return;
      const arrived = threads.filter((t) => !before.threads[t.id] && isOpen(t) && after.threads[t.id] === t);
      for (const t of threads) {
        const was = before.threads[t.id];
        if (was && isOpen(was) && t.firstHostAnswerAt && !answeredByMe.current.has(t.id)) {
          announce(`${hostAnswerer(t) ?? "A host"} answered the question on ${t.product.title}; it left the queue.`);
        }
      }
      if (arrived.length === 1) {
        const t = arrived[0]!;
        announce(`New question on ${t.product.title} from ${t.author.name}.`);
        alert(`New question on ${t.product.title}`, t.body ?? "");
      } else if (arrived.length > 1) {
        announce(`${arrived.length} new questions in the queue.`);
        alert(`${arrived.length} new questions`, arrived.map((t) => t.product.title).join(", "));
      }
    },
    [alert, announce],
  );

  useOnConnect(socket, (s) => {
    setProblem(null);
    void catchUpQa(s, null, seqRef.current, (threads, seq) => receive(threads, seq, "catch-up")).then((ack) => {
      if (!ack.ok) setProblem(`Could not catch up on questions: ${ack.error}`);
    });
  });
  useSocketEvent(socket, "qa:changed", ({ seq, thread }) => receive([thread], seq, "live"));

  return { store, receive, problem, answeredByMe };
}
