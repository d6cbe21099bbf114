/**
 * Where the shop's floating notices go: the screen edge or corner where they cover neither what they
 * announce (the answer, the closed poll) nor anything a person can click, judged from what is on screen
 * now. Pure, so the choice can be tested without a browser.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Placement = "top" | "bottom" | "top-left" | "top-right" | "bottom-left" | "bottom-right";

/** Below this width (Tailwind's `sm`) notices span the screen, at its top or bottom. */
export const PHONE_MAX_WIDTH = 640;
export const EDGE_GAP = 16;
export const CORNER_WIDTH = 384;

/** In order of preference: on phones the top first, elsewhere the bottom-right corner. */
export function candidatePlacements(viewportWidth: number): Placement[] {
  return viewportWidth < PHONE_MAX_WIDTH ? ["top", "bottom"] : ["bottom-right", "top-right", "bottom-left", "top-left"];
}

/** The box notices `height` tall take at `placement` in a viewport of that size. */
export function placementBox(placement: Placement, height: number, viewport: { width: number; height: number }): Box {
  const stretched = placement === "top" || placement === "bottom";
  const width = stretched ? viewport.width - 2 * EDGE_GAP : Math.min(CORNER_WIDTH, viewport.width - 2 * EDGE_GAP);
  const x = stretched || placement.endsWith("left") ? EDGE_GAP : viewport.width - EDGE_GAP - width;
  const y = placement.startsWith("top") ? EDGE_GAP : viewport.height - EDGE_GAP - height;
  return { x, y, width, height };
}

export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

// Covering what a notice announces weighs more than covering any number of links.
const ANNOUNCED_WEIGHT = 1e6;

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** The notices' height: the same at every placement. */
  height: number;
  /** Links, buttons and fields on screen. */
  interactive: Box[];
  /** What the notices tell about, where it is on this page. */
  announced: Box[];
  /** Where the notices are now: kept unless another place covers less, so they do not hop about. */
  current?: Placement;
}

export function choosePlacement({ viewport, height, interactive, announced, current }: PlacementInput): Placement {
  const cost = (placement: Placement) => {
    const box = placementBox(placement, height, viewport);
    const sum = (boxes: Box[]) => boxes.reduce((total, other) => total + overlapArea(box, other), 0);
    return sum(announced) * ANNOUNCED_WEIGHT + sum(interactive);
  };
  const candidates = candidatePlacements(viewport.width);
  let best = candidates[0]!;
  let bestCost = cost(best);
  for (const placement of candidates.slice(1)) {
    const c = cost(placement);
    if (c < bestCost) [best, bestCost] = [placement, c];
  }
  if (current && candidates.includes(current) && cost(current) <= bestCost) return current;
  return best;
}
