import type { Db } from "@/lib/platform/db/client";
import { COUNTED_ORDER } from "@/lib/domains/checkout/counted-orders";
import { publish } from "@/lib/platform/publish/publish";
import { toShopper } from "@/lib/platform/publish/audience";

const HOUR_MS = 60 * 60 * 1000;
/** Older questions are left to hosts: a buyer asked a day later helps nobody. */
const STALE_MS = 24 * HOUR_MS;
const HELPERS_PER_QUESTION = 3;

export interface BuyerHelpOptions {
  waitMinutes: number;
  /** Which of these shoppers have a tab open in the shop right now (any instance). */
  inShopNow: (shopperIds: string[]) => Promise<Set<string>>;
  now?: Date;
}

/**
 * Questions that waited longer than the store allows without a host answer are offered, gently, to
 * opted-in shoppers who bought the product and are in the shop now: at most one prompt per shopper per
 * hour. Nobody learns who was asked; an answer shows only the helper's alias and verified-buyer badge.
 */
export async function requestBuyerHelp(db: Db, { waitMinutes, inShopNow, now = new Date() }: BuyerHelpOptions) {
  const questions = await db.question.findMany({
    where: {
      hidden: false,
      firstHostAnswerAt: null,
      createdAt: { lte: new Date(now.getTime() - waitMinutes * 60_000), gte: new Date(now.getTime() - STALE_MS) },
    },
    select: { id: true, body: true, shopperId: true, product: { select: { id: true, slug: true, title: true } } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  const rested = new Date(now.getTime() - HOUR_MS);
  let prompted = 0;
  for (const question of questions) {
    const buyers = await db.shopper.findMany({
      where: {
        helpsOthers: true,
        blocked: false,
        id: { not: question.shopperId },
        OR: [{ lastHelpPromptAt: null }, { lastHelpPromptAt: { lt: rested } }],
        // Bought as the verified-buyer badge counts it: paid or delivered, never a made-up unpaid order.
        orders: { some: { ...COUNTED_ORDER, items: { some: { productId: question.product.id } } } },
        replies: { none: { questionId: question.id } },
      },
      select: { id: true },
      take: 50,
    });
    if (buyers.length === 0) continue;
    const present = await inShopNow(buyers.map((b) => b.id));
    let asked = 0;
    for (const buyer of buyers) {
      if (asked >= HELPERS_PER_QUESTION || !present.has(buyer.id)) continue;
      // The claim is the hourly limit: two instances running this job cannot both prompt one shopper.
      const { count } = await db.shopper.updateMany({
        where: { id: buyer.id, OR: [{ lastHelpPromptAt: null }, { lastHelpPromptAt: { lt: rested } }] },
        data: { lastHelpPromptAt: now },
      });
      if (count === 0) continue;
      publish("help:requested", toShopper(buyer.id), {
        questionId: question.id,
        question: question.body,
        product: question.product,
      });
      asked++;
    }
    prompted += asked;
  }
  return prompted;
}
