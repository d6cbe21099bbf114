/** The part of Web Crypto a key needs; `randomUUID` exists only in secure contexts (https, localhost). */
export type KeySource = Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string };

/**
 * A v4 UUID naming one submission, so a retry after a lost ack is stored once. Over plain http on a LAN
 * address the browser has no `crypto.randomUUID`; `getRandomValues` exists everywhere and gives the same.
 */
export function newIdempotencyKey(source: KeySource = globalThis.crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
