// GET /api/cart: the current shopper's cart size for the header badge. Never cached.
import { NextResponse } from "next/server";
import { getCart } from "@/lib/domains/cart/cart";
import { db } from "@/lib/platform/db/client";
import { logger } from "@/lib/platform/log/logger";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  try {
    const shopperId = await currentShopperId();
    const itemCount = shopperId ? (await getCart(db(), shopperId)).itemCount : 0;
    return NextResponse.json({ itemCount }, { headers: noStore });
  } catch (error) {
    logger.error({ err: error }, "reading the cart count failed");
    return NextResponse.json({ error: "Cart unavailable" }, { status: 500, headers: noStore });
  }
}
