"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ZQaReply, type TFloor, type THostOnDuty, type TQaThread } from "@/lib/contracts/qa";
import { LiveMessage } from "@/components/ui/live-message";
import {
  applyThreads,
  isOpen,
  moveSelection,
  orderQueue,
  seqAfter,
  ME_TOO_WEIGHT,
  type ThreadStore,
} from "./queue-order";
import { newIdempotencyKey, request, useHostSocket, type HostListeners, type HostSocket } from "./use-host-socket";
import { DutyPanel } from "./duty-panel";
import { LiveFloor } from "./live-floor";
import { QueueItem } from "./queue-item";
import { NotifyToggle, useNewQuestionAlert } from "./notify-toggle";

export interface HostConsoleProps {
  me: { id: string; name: string };
  initialThreads: TQaThread[];
  initialSeq: string;
  initialHosts: THostOnDuty[];
  promisedMinutes: number;
  /** Server time of the render, so the first client render of the timers matches the HTML. */
  renderedAt: number;
  /** Server-rendered response metrics, refreshed through router.refresh(). */
  metrics: ReactNode;
}

const TYPING_TTL_MS = 6_000;
const TYPING_EMIT_MS = 2_000;
const MAX_CATCH_UP_ROUNDS = 20;
type Moderation = "pin" | "unpin" | "hide" | "restore";
const moderationDone: Record<Moderation, string> = {
  pin: "Pinned: it shows first on the product page.",
  unpin: "Unpinned.",
  hide: "Hidden from shoppers and from the queue. Restore it under “Hidden questions”.",
  restore: "Restored: shoppers see it again.",
};

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function hostAnswerer(thread: TQaThread): string | null {
  return thread.replies.find((r) => r.author.kind === "host")?.author.name ?? null;
}

/** The host console: duty, the question queue answered from the keyboard, and the live floor. */
export function HostConsole({
  me,
  initialThreads,
  initialSeq,
  initialHosts,
  promisedMinutes,
  renderedAt,
  metrics,
}: HostConsoleProps) {
  const router = useRouter();
  const [store, setStore] = useState<ThreadStore>(() =>
    applyThreads({ threads: {}, seqs: {} }, initialThreads, initialSeq),
  );
  const storeRef = useRef(store);
  const seqRef = useRef(initialSeq);
  const [now, setNow] = useState(renderedAt);
  const [floor, setFloor] = useState<TFloor | null>(null);
  const [hosts, setHosts] = useState(initialHosts);
  const [dutyBusy, setDutyBusy] = useState(false);
  // The selected question and where it stood, so a question leaving hands the selection to its neighbour.
  const [selection, setSelection] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [sendingId, setSendingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [typing, setTyping] = useState<Record<string, { host: string; until: number }>>({});
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const keysRef = useRef<Record<string, string>>({});
  const answeredByMe = useRef(new Set<string>());
  const lastTypingEmit = useRef(0);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const { enabled: alertsOn, setEnabled: setAlertsOn, alert } = useNewQuestionAlert();

  useEffect(() => {
    storeRef.current = store;
  }, [store]);

  // One clock for every timer on the page, ticking each second from the stored createdAt.
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, []);

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  /** Merges threads into the store and tells the host about new and newly answered questions. */
  const receive = useCallback(
    (threads: TQaThread[], seq: string, source: "live" | "catch-up" | "own") => {
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

  const onConnect = useCallback(
    async (s: HostSocket) => {
      setProblem(null);
      void request(s, "host:floor", {}).then((ack) => {
        if (ack.ok) setFloor(ack.data);
      });
      // Catch up on everything that changed since the last change this page saw (SSR or live).
      for (let round = 0; round < MAX_CATCH_UP_ROUNDS; round++) {
        const from = seqRef.current;
        const ack = await request(s, "qa:since", { productId: null, afterSeq: from });
        if (!ack.ok) {
          setProblem(`Could not catch up on questions: ${ack.error}`);
          return;
        }
        receive(ack.data.threads, ack.data.seq, "catch-up");
        if (seqAfter(ack.data.seq, seqRef.current)) seqRef.current = ack.data.seq;
        if (ack.data.threads.length === 0 || !seqAfter(ack.data.seq, from)) return;
      }
    },
    [receive],
  );

  const listeners = useMemo<HostListeners>(
    () => ({
      "qa:changed": ({ seq, thread }) => {
        receive([thread], seq, "live");
        if (seqAfter(seq, seqRef.current)) seqRef.current = seq;
      },
      "floor:updated": (next) => setFloor(next),
      "hosts:changed": ({ hosts: next }) => setHosts(next),
      "qa:typing": ({ questionId, host }) => {
        if (host === me.name) return;
        setTyping((prev) => ({ ...prev, [questionId]: { host, until: Date.now() + TYPING_TTL_MS } }));
      },
    }),
    [receive, me.name],
  );

  const { socket, connected } = useHostSocket((s) => void onConnect(s), listeners);

  const queue = useMemo(() => orderQueue(Object.values(store.threads), now), [store, now]);
  const hiddenThreads = useMemo(
    () => Object.values(store.threads).filter((t) => t.hidden && t.firstHostAnswerAt === null),
    [store],
  );
  const ids = useMemo(() => queue.map((t) => t.id), [queue]);

  // The selection follows its question; if that question left, the one now in its place is selected.
  const selected =
    selection.id !== null && ids.includes(selection.id)
      ? selection.id
      : (ids[Math.min(selection.index, ids.length - 1)] ?? null);
  const setSelectedId = useCallback(
    (id: string | null) => setSelection({ id, index: id ? Math.max(0, ids.indexOf(id)) : 0 }),
    [ids],
  );

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus goes to a question, or to the queue's heading when none is left, never lost to the page.
  const focusItem = useCallback((id: string | null) => {
    window.requestAnimationFrame(() => (itemRefs.current.get(id ?? "") ?? headingRef.current)?.focus());
  }, []);

  const select = useCallback(
    (id: string | null, focus: boolean) => {
      setSelectedId(id);
      if (focus) focusItem(id);
    },
    [focusItem, setSelectedId],
  );

  const openAnswer = useCallback(
    (id: string) => {
      setSelectedId(id);
      setAnsweringId(id);
      // Tells the shopper a host has seen the question ("Seen by <you>").
      void request(socket, "qa:open", { questionId: id }).then((ack) => {
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
      const t = Date.now();
      if (socket?.connected && t - lastTypingEmit.current >= TYPING_EMIT_MS) {
        lastTypingEmit.current = t;
        socket.emit("qa:typing", { questionId: id });
      }
    },
    [socket],
  );

  const send = useCallback(
    async (id: string) => {
      // The key is kept until the server confirms, so a retry after a lost ack is never a second answer.
      const key = (keysRef.current[id] ??= newIdempotencyKey());
      const parsed = ZQaReply.safeParse({ questionId: id, body: drafts[id] ?? "", idempotencyKey: key });
      if (!parsed.success) {
        setErrors((prev) => ({ ...prev, [id]: parsed.error.issues[0]?.message ?? "Please check your answer." }));
        return;
      }
      setSendingId(id);
      // Our own answer's broadcast can arrive before the ack: it is announced once, below.
      answeredByMe.current.add(id);
      const ack = await request(socket, "qa:reply", parsed.data);
      setSendingId(null);
      if (!ack.ok) {
        answeredByMe.current.delete(id);
        setErrors((prev) => ({ ...prev, [id]: ack.error }));
        return;
      }
      delete keysRef.current[id];
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
    [drafts, socket, ids, receive, announce, select, router],
  );

  const moderate = useCallback(
    async (id: string, action: Moderation) => {
      setBusyId(id);
      const ack = await request(socket, "qa:moderate", { action, post: { kind: "question", id } });
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
      const ack = await request(socket, "qa:block-author", { kind: "question", id: thread.id });
      setBusyId(null);
      announce(ack.ok ? `${thread.author.name} is blocked and can no longer post.` : `Could not block: ${ack.error}`);
    },
    [socket, announce],
  );

  const setDuty = useCallback(
    async (onDuty: boolean) => {
      setDutyBusy(true);
      const ack = await request(socket, "host:set-duty", { onDuty });
      setDutyBusy(false);
      if (!ack.ok) return announce(`Could not change duty: ${ack.error}`);
      setHosts(ack.data.hosts);
      announce(onDuty ? "You are on duty: shoppers see you." : "You are off duty.");
    },
    [socket, announce],
  );

  // Keyboard: j/k (and arrows inside the queue) move, Enter answers. Form fields keep their keys.
  const queueRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isFormField(e.target)) return;
      const inQueue = e.target instanceof Node && !!queueRef.current?.contains(e.target);
      const focusedId = e.target instanceof HTMLElement ? e.target.dataset.questionId : undefined;
      const onNothing = e.target === document.body || e.target === document.documentElement;
      let delta = 0;
      if (e.key === "j" || (inQueue && e.key === "ArrowDown")) delta = 1;
      else if (e.key === "k" || (inQueue && e.key === "ArrowUp")) delta = -1;
      if (delta !== 0) {
        e.preventDefault();
        select(moveSelection(ids, selected, selected === null ? 0 : delta), true);
      } else if (e.key === "Enter") {
        const target = focusedId && ids.includes(focusedId) ? focusedId : onNothing ? selected : null;
        if (!target) return;
        e.preventDefault();
        openAnswer(target);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [ids, selected, select, openAnswer]);

  const activeTyping = (id: string) => {
    const t = typing[id];
    return t && t.until > now ? t.host : null;
  };

  const renderItem = (thread: TQaThread, isSelected: boolean) => (
    <QueueItem
      key={thread.id}
      ref={(el) => {
        if (el) itemRefs.current.set(thread.id, el);
        else itemRefs.current.delete(thread.id);
      }}
      thread={thread}
      now={now}
      promisedMinutes={promisedMinutes}
      selected={isSelected}
      typingHost={activeTyping(thread.id)}
      busy={busyId === thread.id}
      answer={
        answeringId === thread.id
          ? {
              draft: drafts[thread.id] ?? "",
              sending: sendingId === thread.id,
              error: errors[thread.id] ?? null,
              onDraft: (text) => onDraft(thread.id, text),
              onSend: () => void send(thread.id),
              onClose: closeAnswer,
            }
          : null
      }
      onSelect={() => setSelectedId(thread.id)}
      onOpenAnswer={() => openAnswer(thread.id)}
      onModerate={(action) => void moderate(thread.id, action)}
      onBlock={() => void block(thread)}
    />
  );

  return (
    <div className="space-y-6">
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <DutyPanel me={me} hosts={hosts} connected={connected} busy={dutyBusy} onToggle={(on) => void setDuty(on)} />
        <div className="space-y-2">
          <p className="text-sm font-medium" role="status">
            {connected ? (
              <span className="text-leaf-700">● Live</span>
            ) : (
              <span className="text-ember-700">■ Not connected — reconnecting; the queue catches up when back</span>
            )}
          </p>
          <NotifyToggle enabled={alertsOn} onChange={(on) => void setAlertsOn(on)} />
        </div>
      </div>
      <LiveMessage message={announcement} />
      {problem ? <p className="text-sm font-medium text-ember-700">{problem}</p> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="queue-heading" className="lg:col-span-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="queue-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
              Question queue{" "}
              <span className="font-sans text-base font-normal text-roast-700">({queue.length} waiting)</span>
            </h2>
            <p className="text-sm text-roast-700">We promise an answer within {promisedMinutes} min.</p>
          </div>
          <p id="queue-keys" className="mt-1 text-xs text-roast-700">
            Keys: <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>Enter</kbd> answer ·{" "}
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> send · <kbd>Esc</kbd> close
          </p>
          <details className="mt-1 text-xs text-roast-700">
            <summary className="cursor-pointer underline decoration-dotted underline-offset-2">
              How is the queue ordered?
            </summary>
            <p className="mt-1 max-w-prose rounded-md bg-roast-100 p-2 text-roast-900">
              Questions without a host answer, most urgent first: waiting seconds × (1 + {ME_TOO_WEIGHT} × “me too”
              votes). Each shopper who has the same question adds half of its waiting time. The timer counts from when
              the question was asked: green under half of our {promisedMinutes}-minute promise, amber until it, red past
              it. Hidden questions and questions a host has answered leave the queue.
            </p>
          </details>
          {queue.length === 0 ? (
            <p className="mt-4 rounded-xl border border-dashed border-roast-300 bg-white/60 p-6 text-center text-roast-700">
              No questions waiting. New ones appear here the moment a shopper asks.
            </p>
          ) : (
            <ol ref={queueRef} aria-describedby="queue-keys" className="mt-4 space-y-3">
              {queue.map((t) => renderItem(t, t.id === selected))}
            </ol>
          )}
          {hiddenThreads.length > 0 ? (
            <details className="mt-6">
              <summary className="cursor-pointer text-sm font-semibold text-roast-900">
                Hidden questions ({hiddenThreads.length}, hidden while this console was open)
              </summary>
              <ul className="mt-2 space-y-3">{hiddenThreads.map((t) => renderItem(t, false))}</ul>
            </details>
          ) : null}
        </section>
        <div className="space-y-6">
          <LiveFloor floor={floor} connected={connected} />
          {metrics}
        </div>
      </div>
    </div>
  );
}
