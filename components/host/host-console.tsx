"use client";

import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { THostOnDuty, TQaThread } from "@/lib/platform/contracts/qa";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { LiveMessage } from "@/components/ui/live-message";
import { useNow } from "@/components/ui/use-now";
import { useTypingSignals } from "@/components/live/connection/typing-window";
import { useSharedSocket, useSocketEvent } from "@/components/live/connection/use-socket";
import { orderQueue } from "./queue-order";
import { useAnswerDrafts } from "./use-answer-drafts";
import { useFloorAndDuty } from "./use-floor-and-duty";
import { useHostActions } from "./use-host-actions";
import { useQueueKeyboard } from "./use-queue-keyboard";
import { useQueueSelection } from "./use-queue-selection";
import { useQueueStore } from "./use-queue-store";
import { DutyPanel } from "./duty-panel";
import { LiveFloor } from "./live-floor";
import { QueueItem } from "./queue-item";
import { QueueSection } from "./queue-section";
import { NotifyToggle, useNewQuestionAlert } from "./notify-toggle";

export interface HostConsoleProps {
  me: { id: string; name: string };
  initialThreads: TQaThread[];
  initialSeq: string;
  initialHosts: THostOnDuty[];
  promisedMinutes: number;
  /** The shop's kitchen hours: promise timers count only time inside them. */
  schedule: TKitchenSchedule;
  /** Server time of the render, so the first client render of the timers matches the HTML. */
  renderedAt: number;
  /** Server-rendered response metrics, refreshed through router.refresh(). */
  metrics: ReactNode;
}

/**
 * The host console: duty, the question queue answered from the keyboard, and the live floor. It shares
 * the tab's socket (components/live/connection) but never enters presence rooms: staff are never counted.
 */
export function HostConsole(props: HostConsoleProps) {
  const { me, promisedMinutes, metrics, schedule } = props;
  const { socket, connected } = useSharedSocket();
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const { enabled: alertsOn, setEnabled: setAlertsOn, alert } = useNewQuestionAlert();
  // One clock for every wait timer on the page.
  const now = useNow(props.renderedAt, 1000);
  const { store, receive, problem, answeredByMe } = useQueueStore(socket, {
    initialThreads: props.initialThreads,
    initialSeq: props.initialSeq,
    announce,
    alert,
  });
  const { floor, hosts, dutyBusy, setDuty } = useFloorAndDuty(socket, props.initialHosts, announce);
  const { typing, signal } = useTypingSignals();
  useSocketEvent(socket, "qa:typing", ({ questionId, host }) => {
    if (host !== me.name) signal(questionId, host);
  });

  const queue = useMemo(() => orderQueue(Object.values(store.threads), now, schedule), [store, now, schedule]);
  const hiddenThreads = useMemo(
    () => Object.values(store.threads).filter((t) => t.hidden && t.firstHostAnswerAt === null),
    [store],
  );
  const ids = useMemo(() => queue.map((t) => t.id), [queue]);
  const { selected, setSelectedId, select, focusItem, itemRef, headingRef } = useQueueSelection(ids);
  const answers = useAnswerDrafts({ socket, ids, receive, answeredByMe, announce, setSelectedId, select, focusItem });
  const { busyId, moderate, block } = useHostActions({ socket, ids, receive, announce, focusItem });
  const queueRef = useRef<HTMLOListElement>(null);
  useQueueKeyboard({ ids, selected, queueRef, select, openAnswer: answers.openAnswer });

  const renderItem = (thread: TQaThread, isSelected: boolean) => (
    <QueueItem
      key={thread.id}
      ref={itemRef(thread.id)}
      thread={thread}
      now={now}
      schedule={schedule}
      promisedMinutes={promisedMinutes}
      selected={isSelected}
      typingHost={typing[thread.id] ?? null}
      busy={busyId === thread.id}
      answer={
        answers.answeringId === thread.id
          ? {
              draft: answers.drafts[thread.id] ?? "",
              sending: answers.sendingId === thread.id,
              error: answers.errors[thread.id] ?? null,
              onDraft: (text) => answers.onDraft(thread.id, text),
              onSend: () => void answers.send(thread.id),
              onClose: answers.closeAnswer,
            }
          : null
      }
      onSelect={() => setSelectedId(thread.id)}
      onOpenAnswer={() => answers.openAnswer(thread.id)}
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
        <QueueSection
          queue={queue}
          hiddenThreads={hiddenThreads}
          selected={selected}
          promisedMinutes={promisedMinutes}
          schedule={schedule}
          now={now}
          headingRef={headingRef}
          queueRef={queueRef}
          renderItem={renderItem}
        />
        <div className="space-y-6">
          <LiveFloor floor={floor} connected={connected} />
          {metrics}
        </div>
      </div>
    </div>
  );
}
