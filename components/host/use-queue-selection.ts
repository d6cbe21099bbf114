"use client";

import { useCallback, useRef, useState } from "react";

/**
 * The selected question and where it stood, so a question leaving hands the selection to its neighbour;
 * and the focus, which goes to a question or to the queue's heading when none is left, never lost.
 */
export function useQueueSelection(ids: string[]) {
  const [selection, setSelection] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The selection follows its question; if that question left, the one now in its place is selected.
  const selected =
    selection.id !== null && ids.includes(selection.id)
      ? selection.id
      : (ids[Math.min(selection.index, ids.length - 1)] ?? null);

  const setSelectedId = useCallback(
    (id: string | null) => setSelection({ id, index: id ? Math.max(0, ids.indexOf(id)) : 0 }),
    [ids],
  );

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

  /** The ref callback for a question's list item. */
  const itemRef = useCallback(
    (id: string) => (el: HTMLLIElement | null) => {
      if (el) itemRefs.current.set(id, el);
      else itemRefs.current.delete(id);
    },
    [],
  );

  return { selected, setSelectedId, select, focusItem, itemRef, headingRef };
}
