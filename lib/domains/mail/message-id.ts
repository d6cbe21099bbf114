import { createHash } from "node:crypto";

/**
 * A Message-ID derived from the dedupe key: every attempt at the same mail carries the same id, so a
 * copy resent after an attempt whose outcome we never learnt is recognisable (mail clients collapse them).
 */
export function messageIdFor(dedupeKey: string, fromAddress: string): string {
  const domain = fromAddress.split("@").pop() || "localhost";
  const digest = createHash("sha256").update(dedupeKey).digest("base64url").slice(0, 22);
  const readable = dedupeKey.replace(/[^A-Za-z0-9-]+/g, ".").slice(0, 60);
  return `<${readable}.${digest}@${domain}>`;
}
