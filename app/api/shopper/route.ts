// GET /api/shopper — who this tab is: the anonymous shopper's alias, privacy choices and feed key, and the
// signed-in staff member's name if any. A missing or tampered shopper cookie is replaced here with a fresh
// identity, within the per-address limit on new identities.
import type { TViewer } from "@/lib/platform/contracts/presence";
import { feedKeyOf } from "@/lib/domains/activity/activity-mark";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { db } from "@/lib/platform/db/client";
import { IdentityLimitError } from "@/lib/platform/rate-limit/identity-limiter";
import { authSecret } from "@/lib/platform/http/runtime-config";
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
  const viewer: TViewer = {
    alias,
    invisible,
    showAliasInFeed,
    helpsOthers,
    staff: staff ? { name: staff.name } : null,
    feedKey: feedKeyOf(authSecret(), shopperId),
  };
  return Response.json(viewer, { headers: noStore });
}
