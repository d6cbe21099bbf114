"use client";

import { useEffect, type RefObject } from "react";
import { moveSelection } from "./queue-order";

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

interface QueueKeyboardOptions {
  ids: string[];
  selected: string | null;
  queueRef: RefObject<HTMLOListElement | null>;
  select(id: string | null, focus: boolean): void;
  openAnswer(id: string): void;
}

/** j/k (and arrows inside the queue) move, Enter answers. Form fields keep their keys. */
export function useQueueKeyboard({ ids, selected, queueRef, select, openAnswer }: QueueKeyboardOptions) {
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
  }, [ids, selected, queueRef, select, openAnswer]);
}
