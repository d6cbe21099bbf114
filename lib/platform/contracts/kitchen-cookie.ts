/**
 * The cookie that tells a cached page, before it paints, which kitchen this browser sees. Universal: the shop
 * layout's inline script, the browser's live layer and GET /api/shopper (which sets it) read the same format:
 * `<open|closed>.<experiment id>.<block>.<valid until, ms since epoch>`. It is a hint for the first paint only:
 * the server decides on every page view and rewrites it, so altering it changes nothing that is counted.
 */
export const KITCHEN_COOKIE = "ok_kitchen";

/** Set on <html> while the kitchen is being decided (no cookie for the running experiment yet). */
export const KITCHEN_ATTRIBUTE = "data-kitchen";

/** Marks what only the open kitchen shows; the shop's CSS hides it in the closed kitchen. */
export const OPEN_KITCHEN_ONLY = "data-open-kitchen";

export type KitchenState = "open" | "closed" | "pending";

export interface KitchenCookie {
  kitchen: "open" | "closed";
  experimentId: string;
  block: number;
  validUntil: number;
}

export function formatKitchenCookie(c: KitchenCookie): string {
  return `${c.kitchen}.${c.experimentId}.${c.block}.${c.validUntil}`;
}

export function parseKitchenCookie(value: string | undefined): KitchenCookie | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [kitchen, experimentId, block, validUntil] = parts as [string, string, string, string];
  if (kitchen !== "open" && kitchen !== "closed") return null;
  const parsed = { kitchen, experimentId, block: Number(block), validUntil: Number(validUntil) } as const;
  return Number.isInteger(parsed.block) && Number.isFinite(parsed.validUntil) ? parsed : null;
}
