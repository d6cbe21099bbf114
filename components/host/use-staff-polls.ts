"use client";

import { useCallback, useState } from "react";
import type { TPoll, TPollCreate, TPromptAnswerForStaff } from "@/lib/platform/contracts/polls";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useOnConnect, useSharedSocket, useSocketEvent } from "@/components/live/connection/use-socket";

/** Every open poll and prompt with live results and incoming prompt answers, reloaded on every reconnect. */
export function useStaffPolls() {
  const { socket, connected } = useSharedSocket();
  const [polls, setPolls] = useState<TPoll[]>([]);
  const [answers, setAnswers] = useState<TPromptAnswerForStaff[]>([]);

  useOnConnect(socket, (s) => {
    void emitWithAck(s, "poll:staff-list", {}).then((ack) => {
      if (!ack.ok) return;
      setPolls(ack.data.polls);
      setAnswers(ack.data.answers);
    });
  });
  useSocketEvent(socket, "poll:opened", (poll) => setPolls((prev) => [poll, ...prev.filter((p) => p.id !== poll.id)]));
  useSocketEvent(socket, "poll:tallied", ({ pollId, results }) =>
    setPolls((prev) => prev.map((p) => (p.id === pollId ? { ...p, results } : p))),
  );
  useSocketEvent(socket, "poll:closed", ({ pollId, results }) =>
    setPolls((prev) => prev.map((p) => (p.id === pollId ? { ...p, results, closed: true } : p))),
  );
  useSocketEvent(socket, "poll:answer-received", (answer) =>
    setAnswers((prev) => [answer, ...prev.filter((a) => a.id !== answer.id)]),
  );
  useSocketEvent(socket, "poll:answer-published", ({ answer }) =>
    setAnswers((prev) => prev.map((a) => (a.id === answer.id ? { ...a, published: true } : a))),
  );

  const create = useCallback(
    async (input: TPollCreate) => {
      const ack = await emitWithAck(socket, "poll:create", input);
      if (!ack.ok) return ack;
      setPolls((prev) => [ack.data, ...prev.filter((p) => p.id !== ack.data.id)]);
      return ack;
    },
    [socket],
  );
  const close = useCallback(
    async (pollId: string) => {
      const ack = await emitWithAck(socket, "poll:close", { pollId });
      return ack.ok ? null : ack.error;
    },
    [socket],
  );
  const publish = useCallback(
    async (answerId: string) => {
      const ack = await emitWithAck(socket, "poll:publish-answer", { answerId });
      if (ack.ok) setAnswers((prev) => prev.map((a) => (a.id === answerId ? { ...a, published: true } : a)));
      return ack.ok ? null : ack.error;
    },
    [socket],
  );

  return { connected, polls, answers, create, close, publish };
}
