"use client";

import { useCallback, useRef, useState, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { ZQaReply, type TQaThread } from "@/lib/platform/contracts/qa";
import { emitWithAck, type LiveSocket } from "@/components/live/connection/emit-with-ack";
import { newIdempotencyKey } from "@/components/live/connection/idempotency-key";
import { useTypingSender } from "@/components/live/connection/typing-window";
import { isOpen } from "./queue-order";
import type { ThreadSource } from "./use-queue-store";

interface AnswerDraftOptions {
  socket: LiveSocket | null;
  ids: string[];
  receive(threads: TQaThread[], seq: string, source: ThreadSource): void;
  answeredByMe: RefObject<Set<string>>;
  announce(text: string): void;
  setSelectedId(id: string | null): void;
  select(id: string | null, focus: boolean): void;
  focusItem(id: string | null): void;
}

/**
 * The answer box: which question it is open on, a draft per question, and sending. A draft's idempotency
 * key is kept until the server confirms, so a retry after a lost ack is never a second answer.
 */
export function useAnswerDrafts(options: AnswerDraftOptions) {
  const { socket, ids, receive, answeredByMe, announce, setSelectedId, select, focusItem } = options;
  const router = useRouter();
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [sendingId, setSendingId] = useState<string | null>(null);
  const keys = useRef<Record<string, string>>({});
  const sendTyping = useTypingSender(socket);

  const openAnswer = useCallback(
    (id: string) => {
      setSelectedId(id);
      setAnsweringId(id);
      // Tells the shopper a host has seen the question ("Seen by <you>").
      void emitWithAck(socket, "qa:open", { questionId: id }).then((ack) => {
        if (ack.ok) receive([ack.data.thread], ack.data.seq, "own");
      });
    },
    [socket, receive, setSelectedId],
  );

  const closeAnswer = useCallback(() => {
    const id = answeringId;
    setAnsweringId(null);
    focusItem(id);
  }, [answeringId, focusItem]);

  const onDraft = useCallback(
    (id: string, text: string) => {
      setDrafts((prev) => ({ ...prev, [id]: text }));
      setErrors((prev) => ({ ...prev, [id]: null }));
      sendTyping(id);
    },
    [sendTyping],
  );

  const send = useCallback(
    async (id: string) => {
      const key = (keys.current[id] ??= newIdempotencyKey());
      const parsed = ZQaReply.safeParse({ questionId: id, body: drafts[id] ?? "", idempotencyKey: key });
      if (!parsed.success) {
        setErrors((prev) => ({ ...prev, [id]: parsed.error.issues[0]?.message ?? "Please check your answer." }));
        return;
      }
      setSendingId(id);
      answeredByMe.current.add(id);
      const ack = await emitWithAck(socket, "qa:reply", parsed.data);
      setSendingId(null);
      if (!ack.ok) {
        answeredByMe.current.delete(id);
        const error =
          ack.code === "timeout" ? "The server did not answer in time. Your text is kept: try again." : ack.error;
        setErrors((prev) => ({ ...prev, [id]: error }));
        return;
      }
      delete keys.current[id];
      const index = ids.indexOf(id);
      const next = ids[index + 1] ?? ids[index - 1] ?? null;
      receive([ack.data.thread], ack.data.seq, "own");
      setDrafts((prev) => ({ ...prev, [id]: "" }));
      setAnsweringId(null);
      const left = !isOpen(ack.data.thread);
      announce(`Answer posted on ${ack.data.thread.product.title}.${left ? " The question left the queue." : ""}`);
      select(left ? next : id, true);
      router.refresh();
    },
    [drafts, socket, ids, receive, answeredByMe, announce, select, router],
  );

  return { answeringId, drafts, errors, sendingId, openAnswer, closeAnswer, onDraft, send };
}
