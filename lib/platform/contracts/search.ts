import "./zod-browser";
import { z } from "zod";
import { zLine } from "./text";

export const SEARCH_MAX_LENGTH = 100;

/** The /search query string: one optional q, trimmed, at most 100 characters. */
export const ZSearchQuery = z.object({
  q: zLine("Searches cannot contain control characters")
    .max(SEARCH_MAX_LENGTH, `Searches are limited to ${SEARCH_MAX_LENGTH} characters`)
    .default(""),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;
