import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TKitchenUpdate, THelpRequest } from "@/lib/platform/contracts/kitchen";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { postKitchenUpdate, editKitchenUpdate, removeKitchenUpdate } from "@/lib/domains/kitchen/post-kitchen-update";
import { listKitchenUpdates } from "@/lib/domains/kitchen/list-kitchen-updates";
import { postQuestion } from "@/lib/domains/qa/post-question";
import { requestBuyerHelp } from "@/lib/domains/buyer-help/request-buyer-help";
import { createProduct } from "../factories/catalog";
import { checkoutInput } from "../factories/shoppers";
import { settle } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite();
let productId: string;
let tomas: StaffMember;
let olga: StaffMember;
let hugo: StaffMember;

async function staff(name: string, role: "owner" | "host"): Promise<StaffMember> {
  const user = await suite.t.db.user.create({
    data: { id: randomUUID(), name, email: `${randomUUID()}@staff.test`, role },
  });
  return { id: user.id, name, email: user.email, role, image: null };
}

const shopperSocket = (shopperId = randomUUID()) => suite.connect({ shopperId });

beforeAll(async () => {
  productId = (await createProduct(suite.t.db, { title: "Kenya AA" })).id;
  [tomas, olga, hugo] = [await staff("Tomás", "host"), await staff("Olga", "owner"), await staff("Hugo", "host")];
});

describe("kitchen updates", () => {
  it("reach everyone in the shop live and list on the product page, newest first", async () => {
    const viewer = await shopperSocket();
    const seen: TKitchenUpdate[] = [];
    viewer.on("kitchen:posted", (u) => seen.push(u));
    const shopWide = await postKitchenUpdate(suite.t.db, tomas, { body: "Cupping the new harvest today." });
    const aboutKenya = await postKitchenUpdate(suite.t.db, tomas, {
      body: "Roasting the Kenya AA this morning, batch 42.",
      productIds: [productId],
    });
    const elsewhere = await postKitchenUpdate(suite.t.db, tomas, {
      body: "Packing the decaf.",
      productIds: [(await createProduct(suite.t.db)).id],
    });
    await settle(viewer);
    expect(seen.map((u) => u.id)).toEqual([shopWide.id, aboutKenya.id, elsewhere.id]);
    expect(aboutKenya.author).toEqual({ id: tomas.id, name: "Tomás", avatarUrl: null });
    const onPage = await listKitchenUpdates(suite.t.db, { productId });
    expect(onPage.map((u) => u.id)).toEqual([aboutKenya.id, shopWide.id]);
  });

  it("may be edited or removed by its author or an owner only", async () => {
    const update = await postKitchenUpdate(suite.t.db, tomas, { body: "Resting the beans for 48 h." });
    await expect(editKitchenUpdate(suite.t.db, hugo, update.id, { body: "Not mine to change" })).rejects.toThrow(
      "Only its author or an owner can change this update.",
    );
    const edited = await editKitchenUpdate(suite.t.db, olga, update.id, { body: "Resting the beans for 72 h." });
    expect(edited.body).toBe("Resting the beans for 72 h.");
    await removeKitchenUpdate(suite.t.db, tomas, update.id);
    expect((await listKitchenUpdates(suite.t.db, { limit: 50 })).map((u) => u.id)).not.toContain(update.id);
    await expect(
      postKitchenUpdate(suite.t.db, tomas, { body: "About a ghost", productIds: [randomUUID()] }),
    ).rejects.toThrow("no longer in the shop");
  });
});

describe("buyers who help", () => {
  const rules = { blockedWords: [], blockLinks: true };

  async function buyer(optedIn: boolean) {
    const id = randomUUID();
    await addToCart(suite.t.db, id, productId, 1);
    const { orderId } = await placeOrder(suite.t.db, id, checkoutInput(), "EUR");
    await suite.t.db.order.update({ where: { id: orderId }, data: { paidAt: new Date() } });
    await suite.t.db.shopper.update({ where: { id }, data: { helpsOthers: optedIn } });
    return id;
  }

  it("asks opted-in buyers who are in the shop now, once an hour at most, and nobody else", async () => {
    const asker = randomUUID();
    const posted = await postQuestion(
      suite.t.db,
      asker,
      { productId, body: "Is it good as cold brew?", idempotencyKey: randomUUID() },
      rules,
    );
    const helpful = await buyer(true);
    const shy = await buyer(false);
    const away = await buyer(true);
    // Placed but never paid: not a buyer anyone is asked to vouch for.
    const unpaid = randomUUID();
    await addToCart(suite.t.db, unpaid, productId, 1);
    await placeOrder(suite.t.db, unpaid, checkoutInput({ addressLine1: "9 Other Street" }), "EUR");
    await suite.t.db.shopper.update({ where: { id: unpaid }, data: { helpsOthers: true } });
    const unpaidSocket = await shopperSocket(unpaid);
    const unpaidRequests: THelpRequest[] = [];
    unpaidSocket.on("help:requested", (r) => unpaidRequests.push(r));
    const helpfulSocket = await shopperSocket(helpful);
    const shySocket = await shopperSocket(shy);
    const requests: THelpRequest[] = [];
    const shyRequests: THelpRequest[] = [];
    helpfulSocket.on("help:requested", (r) => requests.push(r));
    shySocket.on("help:requested", (r) => shyRequests.push(r));

    const inShopNow = async (ids: string[]) => {
      const sockets = await suite.h.realtime.io.fetchSockets();
      return new Set(
        sockets.flatMap((s) => (s.data.shopperId && ids.includes(s.data.shopperId) ? [s.data.shopperId] : [])),
      );
    };
    const later = new Date(Date.now() + 6 * 60_000);
    expect(await requestBuyerHelp(suite.t.db, { waitMinutes: 5, inShopNow, now: new Date() })).toBe(0); // not waited long enough
    expect(await requestBuyerHelp(suite.t.db, { waitMinutes: 5, inShopNow, now: later })).toBe(1);
    await settle(helpfulSocket);
    await settle(shySocket);
    expect(requests).toEqual([
      {
        questionId: posted.questionId,
        question: "Is it good as cold brew?",
        product: expect.objectContaining({ id: productId }),
      },
    ]);
    expect(shyRequests).toEqual([]);
    expect(unpaidRequests).toEqual([]);
    expect((await suite.t.db.shopper.findUniqueOrThrow({ where: { id: away } })).lastHelpPromptAt).toBeNull();
    // Within the hour: no second prompt, even for another waiting question.
    await postQuestion(
      suite.t.db,
      asker,
      { productId, body: "Does it keep a month?", idempotencyKey: randomUUID() },
      rules,
    );
    expect(
      await requestBuyerHelp(suite.t.db, { waitMinutes: 5, inShopNow, now: new Date(later.getTime() + 30 * 60_000) }),
    ).toBe(0);
    expect(
      await requestBuyerHelp(suite.t.db, { waitMinutes: 5, inShopNow, now: new Date(later.getTime() + 61 * 60_000) }),
    ).toBe(1);
  });
});
