"use client";

import { useEffect, useState, type CSSProperties, type RefObject } from "react";
import {
  CORNER_WIDTH,
  EDGE_GAP,
  candidatePlacements,
  choosePlacement,
  type Box,
  type Placement,
} from "./clear-placement";

// What a person can click or type into: the notices should not lie over any of it.
const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

function onScreenBoxes(elements: Iterable<Element>, viewport: { width: number; height: number }): Box[] {
  const boxes: Box[] = [];
  for (const element of elements) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.bottom <= 0 || r.right <= 0 || r.top >= viewport.height || r.left >= viewport.width) continue;
    boxes.push({ x: r.left, y: r.top, width: r.width, height: r.height });
  }
  return boxes;
}

/** The elements the dock's notices announce: each notice names them in `data-announces` (a CSS selector). */
function announcedElements(dock: HTMLElement): Element[] {
  const selectors = [...dock.querySelectorAll<HTMLElement>("[data-announces]")]
    .map((notice) => notice.dataset.announces)
    .filter((selector): selector is string => Boolean(selector));
  return selectors.flatMap((selector) => [...document.querySelectorAll(selector)]);
}

/**
 * Keeps a fixed dock of notices where it covers neither what they announce nor anything clickable: chosen
 * again when the notices change, the page scrolls or resizes, or its content moves (an answer arriving
 * below a question). Nothing is measured while the dock is empty.
 */
export function useClearPlacement(dockRef: RefObject<HTMLElement | null>): Placement | null {
  const [placement, setPlacement] = useState<Placement | null>(null);
  useEffect(() => {
    const dock = dockRef.current;
    if (!dock) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const height = dock.offsetHeight;
      // Empty: no need to look at the page, only to be in this screen's preferred place when a notice comes.
      if (height === 0) {
        const candidates = candidatePlacements(viewport.width);
        return setPlacement((current) => (current && candidates.includes(current) ? current : candidates[0]!));
      }
      const interactive = [...document.querySelectorAll(INTERACTIVE)].filter((element) => !dock.contains(element));
      setPlacement((current) =>
        choosePlacement({
          viewport,
          height,
          interactive: onScreenBoxes(interactive, viewport),
          announced: onScreenBoxes(announcedElements(dock), viewport),
          current: current ?? undefined,
        }),
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const mutations = new MutationObserver(schedule);
    mutations.observe(dock, { childList: true, subtree: true });
    const sizes = new ResizeObserver(schedule);
    sizes.observe(dock);
    sizes.observe(document.body);
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      sizes.disconnect();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [dockRef]);
  return placement;
}

/** The dock's position for a placement (before the first choice, made on mount: the bottom edge). */
export function placementStyle(placement: Placement | null): CSSProperties {
  const gap = `${EDGE_GAP}px`;
  switch (placement ?? "bottom") {
    case "top":
      return { top: gap, left: gap, right: gap };
    case "bottom":
      return { bottom: gap, left: gap, right: gap };
    case "top-left":
      return { top: gap, left: gap, width: CORNER_WIDTH };
    case "top-right":
      return { top: gap, right: gap, width: CORNER_WIDTH };
    case "bottom-left":
      return { bottom: gap, left: gap, width: CORNER_WIDTH };
    case "bottom-right":
      return { bottom: gap, right: gap, width: CORNER_WIDTH };
  }
}
