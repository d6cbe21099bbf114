"use client";

import { useCallback, useState } from "react";
import type { TMyPollAnswer, TPoll, TPollAnswer, TPollResults } from "@/lib/platform/contracts/polls";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";

export type PollScope = "shop" | "product";

interface PollState {
  active: TPoll[];
  closed: TPoll[];
  mine: Record<string, TMyPollAnswer>;
}

const EMPTY: PollState = { active: [], closed: [], mine: {} };
const NO_ANSWER: TMyPollAnswer = { optionId: null, body: null, following: false };

/** The shop-wide mount shows store and cart polls; a product page shows its own product's polls. */
function inScope(poll: TPoll, scope: PollScope, productId: string | null): boolean {
  if (scope === "shop") return poll.audience !== "product";
  return poll.audience === "product" && poll.product?.id === productId;
}

function withResults(polls: TPoll[], pollId: string, results: TPollResults, closed?: boolean): TPoll[] {
  return polls.map((p) => (p.id === pollId ? { ...p, results, closed: closed ?? p.closed } : p));
}

/**
 * The polls a shopper on this page is asked, loaded with `poll:list` on every (re)connect (so a dropped
 * connection catches up) and kept live by the server's poll events.
 */
export function usePolls(scope: PollScope, productId: string | null) {
  const { socket } = useLive();
  const [state, setState] = useState<PollState>(EMPTY);

  useOnConnect(socket, (s) => {
    void emitWithAck(s, "poll:list", { productId: scope === "product" ? productId : null }).then((ack) => {
      if (!ack.ok) return;
      const { active, closed, mine } = ack.data;
      setState({
        active: active.filter((p) => inScope(p, scope, productId)),
        closed: scope === "product" ? closed.filter((p) => inScope(p, scope, productId)) : [],
        mine,
      });
    });
  });

  useSocketEvent(socket, "poll:opened", (poll) => {
    if (!inScope(poll, scope, productId)) return;
    setState((prev) => ({ ...prev, active: [poll, ...prev.active.filter((p) => p.id !== poll.id)] }));
  });
  useSocketEvent(socket, "poll:tallied", ({ pollId, results }) =>
    setState((prev) => ({ ...prev, active: withResults(prev.active, pollId, results) })),
  );
  useSocketEvent(socket, "poll:closed", ({ pollId, results }) =>
    setState((prev) => {
      const poll = prev.active.find((p) => p.id === pollId);
      const active = prev.active.filter((p) => p.id !== pollId);
      // Closed polls stay on their product page ("What other shoppers said"); elsewhere they leave.
      const keep = poll && poll.kind === "poll" && scope === "product";
      const closed = keep ? [{ ...poll, results, closed: true }, ...prev.closed] : prev.closed;
      return { ...prev, active, closed };
    }),
  );
  useSocketEvent(socket, "poll:answer-published", ({ pollId, answer }) =>
    setState((prev) => ({
      ...prev,
      active: prev.active.map((p) =>
        p.id === pollId && !p.published.some((a) => a.id === answer.id)
          ? { ...p, published: [...p.published, answer] }
          : p,
      ),
    })),
  );

  const answer = useCallback(
    async (input: TPollAnswer): Promise<string | null> => {
      const ack = await emitWithAck(socket, "poll:answer", input);
      if (!ack.ok) return ack.error;
      const { optionId, body, results } = ack.data;
      setState((prev) => ({
        ...prev,
        active: withResults(prev.active, input.pollId, results),
        mine: { ...prev.mine, [input.pollId]: { ...(prev.mine[input.pollId] ?? NO_ANSWER), optionId, body } },
      }));
      return null;
    },
    [socket],
  );

  const follow = useCallback(
    async (pollId: string, on: boolean): Promise<string | null> => {
      const ack = await emitWithAck(socket, "poll:follow", { pollId, on });
      if (!ack.ok) return ack.error;
      const following = ack.data.following;
      setState((prev) => ({
        ...prev,
        mine: { ...prev.mine, [pollId]: { ...(prev.mine[pollId] ?? NO_ANSWER), following } },
      }));
      return null;
    },
    [socket],
  );

  return { ...state, answer, follow, mineOf: (id: string) => state.mine[id] ?? NO_ANSWER };
}
