import type { TViewer } from "@/lib/platform/contracts/presence";

/**
 * The shape of our own route's answer (app/api/shopper builds a TViewer). Checked by hand, like the
 * socket's pushes are trusted by type: parsing it with zod would load zod on every shop page, the
 * largest single script task after React's on a phone (bench:lighthouse).
 */
export function isViewer(value: unknown): value is TViewer {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const flags = [v.invisible, v.showAliasInFeed, v.helpsOthers].every((flag) => typeof flag === "boolean");
  const staff =
    v.staff === null || (typeof v.staff === "object" && typeof (v.staff as { name?: unknown }).name === "string");
  const kitchen = (v.kitchen === "open" || v.kitchen === "closed") && typeof v.inExperiment === "boolean";
  return typeof v.alias === "string" && typeof v.feedKey === "string" && flags && staff && kitchen;
}
