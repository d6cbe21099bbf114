/**
 * Limits that forms, contracts, domain code and messages must agree on. One place, so a change reaches
 * the input's `max`, the zod schema, the server's clamp and the sentence a person reads at once.
 */

/** Q&A post bodies and per-post display names. */
export const QA_BODY_MAX = 2000;
export const DISPLAY_NAME_MAX = 40;

/** A free-text answer to a host's prompt. */
export const PROMPT_ANSWER_MAX = 500;

/** Hex characters of an activity event's mark (see lib/domains/activity/activity-mark.ts). */
export const ACTIVITY_MARK_LENGTH = 32;

/** Most of one product a cart line may hold. */
export const MAX_LINE_QUANTITY = 20;

/** Staff passwords: better-auth is configured with the same bounds (lib/domains/auth/auth.ts). */
export const STAFF_PASSWORD_MIN = 10;
export const STAFF_PASSWORD_MAX = 128;

/** Alt text of a product image. */
export const IMAGE_ALT_MAX = 300;

/** Q&A posts each shopper and each network address may make per window (rate-limiter-flexible points, seconds). */
export const POST_LIMITS = {
  perShopper: { points: 6, duration: 60 },
  perIp: { points: 30, duration: 60 },
} as const;

/** The shoppers' other writes, each with its own budget so voting cannot eat the budget for asking. */
export const WRITE_LIMITS = {
  edit: { perShopper: { points: 10, duration: 60 }, perIp: { points: 60, duration: 60 } },
  vote: { perShopper: { points: 30, duration: 60 }, perIp: { points: 200, duration: 60 } },
  preferences: { perShopper: { points: 10, duration: 60 }, perIp: { points: 60, duration: 60 } },
  /** Giving or erasing an email address: few a person needs, so a script cannot list addresses to mail. */
  email: { perShopper: { points: 10, duration: 60 * 60 }, perIp: { points: 30, duration: 60 * 60 } },
} as const;

/**
 * Staff sign-in, counted before the password is checked (lib/platform/rate-limit/sign-in-limiter.ts): attempts on one
 * account from anywhere, then pauses that double within a day; failed attempts from one address.
 */
export const SIGN_IN_LIMITS = {
  perAccount: { attempts: 5, windowSeconds: 60 * 60, firstPauseSeconds: 60, maxPauseSeconds: 60 * 60 },
  perAddress: { attempts: 20, windowSeconds: 15 * 60, pauseSeconds: 15 * 60 },
} as const;

/** New anonymous shopper identities per address: a household or office is far below, a script is not. */
export const NEW_IDENTITY_LIMITS = {
  perMinute: { points: 30, duration: 60 },
  perHour: { points: 300, duration: 60 * 60 },
} as const;

/** How long a host's block also holds for new identities at the blocked shopper's last posting address. */
export const ADDRESS_BLOCK_HOURS = 24;

/** Raster types an upload may be (the server checks the bytes; this filters the file picker). */
export const IMAGE_UPLOAD_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";
