/**
 * Values the server entry resolves once at start (an embedded database URL, a generated secret)
 * and hands to Next's bundles through process.env, which both module graphs share.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the shop through server.ts`);
  return value;
}

export function authSecret(): string {
  return required("AUTH_SECRET");
}

export function publicOrigin(): string {
  return process.env.PUBLIC_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Every cookie the shop sets (shopper identity, staff session) is Secure whenever the shop is served over https. */
export function secureCookies(): boolean {
  return publicOrigin().startsWith("https:");
}

export function allowedOrigins(): string[] {
  const extra = (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  // Without a configured origin the shop is local: both spellings of loopback are the same shop.
  const local = process.env.PUBLIC_ORIGIN ? [] : [`http://127.0.0.1:${process.env.PORT ?? 3000}`];
  return [publicOrigin(), ...local, ...extra];
}
