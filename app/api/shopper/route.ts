// GET /api/shopper — who this tab is: the anonymous shopper's alias, privacy choices and feed key, the kitchen
// they see (an experiment's closed group sees no live layer), and the signed-in staff member's name if any.
// A missing or tampered shopper cookie is replaced here with a fresh identity, within the per-address limit on
// new identities. Every shop page asks, so this is also where an experiment's exposures are stored.
import { cookies, headers } from "next/headers";
import type { TViewer } from "@/lib/platform/contracts/presence";
import { KITCHEN_COOKIE, formatKitchenCookie, parseKitchenCookie } from "@/lib/platform/contracts/kitchen-cookie";
import { feedKeyOf } from "@/lib/domains/activity/activity-mark";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { enrolShopper } from "@/lib/domains/experiments/enrol-shopper";
import { isCrawler } from "@/lib/domains/experiments/is-crawler";
import { db } from "@/lib/platform/db/client";
import { IdentityLimitError } from "@/lib/platform/rate-limit/identity-limiter";
import { authSecret, publicOrigin } from "@/lib/platform/http/runtime-config";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { currentOrNewShopperId } from "@/lib/domains/shoppers/shopper-identity";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

export async function GET() {
  let shopperId: string;
  try {
    shopperId = await currentOrNewShopperId();
  } catch (error) {
    if (!(error instanceof IdentityLimitError)) throw error;
    const retryAfter = String(Math.ceil(error.retryAfterMs / 1000));
    return Response.json({ error: error.message }, { status: 429, headers: { ...noStore, "Retry-After": retryAfter } });
  }
  const [{ alias, invisible, showAliasInFeed, helpsOthers }, staff] = await Promise.all([
    ensureShopper(db(), shopperId),
    currentStaff(),
  ]);
  const jar = await cookies();
  const enrolment = await enrolShopper(db(), {
    shopperId,
    excluded: staff !== null || isCrawler((await headers()).get("user-agent")),
    cookie: parseKitchenCookie(jar.get(KITCHEN_COOKIE)?.value),
  });
  const secure = publicOrigin().startsWith("https:");
  if (enrolment.cookie) {
    // Readable by the page's first script (it only hides or shows the live layer), so not httpOnly.
    const expires = new Date(enrolment.cookie.validUntil);
    jar.set(KITCHEN_COOKIE, formatKitchenCookie(enrolment.cookie), { sameSite: "lax", secure, path: "/", expires });
  } else if (jar.has(KITCHEN_COOKIE)) {
    jar.delete(KITCHEN_COOKIE);
  }
  const viewer: TViewer = {
    alias,
    invisible,
    showAliasInFeed,
    helpsOthers,
    staff: staff ? { name: staff.name } : null,
    feedKey: feedKeyOf(authSecret(), shopperId),
    kitchen: enrolment.kitchen,
    inExperiment: enrolment.cookie !== null,
  };
  return Response.json(viewer, { headers: noStore });
}
