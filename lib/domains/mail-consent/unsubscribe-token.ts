import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret, publicOrigin } from "@/lib/platform/http/runtime-config";

/**
 * What an unsubscribe link stops: one question's answer mail (q), one session reminder (r), or every
 * mail to an address (a). Signed with AUTH_SECRET under its own prefix, so a token can never double as a
 * shopper cookie or an order link; the link works from any mail client, without a session.
 */
export type UnsubscribeTarget = { kind: "q" | "r"; id: string } | { kind: "a"; email: string };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");
}

function payloadOf(target: UnsubscribeTarget): string {
  const value = target.kind === "a" ? Buffer.from(target.email.toLowerCase()).toString("base64url") : target.id;
  return `${target.kind}.${value}`;
}

export function unsubscribeToken(target: UnsubscribeTarget, secret = authSecret()): string {
  const payload = payloadOf(target);
  return `${payload}.${sign(payload, secret)}`;
}

export function readUnsubscribeToken(token: string, secret = authSecret()): UnsubscribeTarget | null {
  const [kind, value, signature] = token.split(".");
  if (!kind || !value || !signature || !["q", "r", "a"].includes(kind)) return null;
  const expected = Buffer.from(sign(`${kind}.${value}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (kind === "a") return { kind, email: Buffer.from(value, "base64url").toString("utf8") };
  return { kind: kind as "q" | "r", id: value };
}

/** The RFC 8058 one-click target (List-Unsubscribe): POST works without a session. */
export function oneClickUrl(target: UnsubscribeTarget, origin = publicOrigin(), secret = authSecret()): string {
  return new URL(`/api/unsubscribe?t=${unsubscribeToken(target, secret)}`, origin).toString();
}

/** The page a person opens from the mail's text: it explains and asks for one click (link scanners only GET). */
export function unsubscribePageUrl(target: UnsubscribeTarget, origin = publicOrigin(), secret = authSecret()): string {
  return new URL(`/unsubscribe?t=${unsubscribeToken(target, secret)}`, origin).toString();
}
