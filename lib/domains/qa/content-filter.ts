import { QaError } from "./qa-error";

export interface ContentRules {
  blockedWords: readonly string[];
  blockLinks: boolean;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|shop|store|xyz|info|biz|ru|cn|top)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The merchant's word and link filter. Refusals say why, so nothing is dropped silently. */
export function checkContent(body: string, rules: ContentRules): void {
  if (rules.blockLinks && LINK.test(body)) {
    throw new QaError("Links are not allowed in questions and answers here.", "filtered");
  }
  for (const word of rules.blockedWords) {
    const trimmed = word.trim();
    if (!trimmed) continue;
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(trimmed)}($|[^\\p{L}\\p{N}])`, "iu").test(body)) {
      throw new QaError("Your post contains a word this shop does not allow.", "filtered");
    }
  }
}
