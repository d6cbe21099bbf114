// GET /api/shopper — the current anonymous shopper's alias and privacy choices, for the privacy panel.
import { db } from "@/lib/db/client";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import { currentShopperId } from "@/lib/shoppers/current-shopper";

export const dynamic = "force-dynamic";

export async function GET() {
  const shopperId = await currentShopperId();
  if (!shopperId) return Response.json({ error: "No shopper cookie: enable cookies and reload." }, { status: 400 });
  const { alias, invisible, showAliasInFeed } = await ensureShopper(db(), shopperId);
  return Response.json({ alias, invisible, showAliasInFeed }, { headers: { "Cache-Control": "no-store" } });
}
