import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { enrolShopper } from "@/lib/domains/experiments/enrol-shopper";
import { forgetActiveExperiment } from "@/lib/domains/experiments/active-experiment";
import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { readExperimentReport } from "@/lib/domains/experiments/read-experiment-report";
import { startExperiment } from "@/lib/domains/experiments/start-experiment";
import { changeExperiment } from "@/lib/domains/experiments/change-experiment";
import { ExperimentError } from "@/lib/domains/experiments/experiment-error";
import { createDb, type Db } from "@/lib/platform/db/client";
import type { TStartExperiment } from "@/lib/platform/contracts/experiments";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let other: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  other = createDb(t.url, 2); // a second instance: its own pool and its own cached experiment
});
afterAll(async () => {
  await other.$disconnect();
  await t.drop();
});

const HOLDOUT: TStartExperiment = {
  name: "Test holdout",
  design: "holdout",
  closedSharePercent: 50,
  blockHours: 2,
  washoutMinutes: 15,
  windowDays: 7,
};

async function endAll() {
  await t.db.experiment.updateMany({ where: { status: { not: "ENDED" } }, data: { status: "ENDED" } });
  forgetActiveExperiment(t.db);
  forgetActiveExperiment(other);
}

async function start(input: Partial<TStartExperiment> = {}, startedAt = new Date()) {
  await endAll();
  const { id } = await startExperiment(t.db, { ...HOLDOUT, ...input }, "Owner", startedAt);
  forgetActiveExperiment(other);
  return id;
}

const exposures = (experimentId: string, shopperId?: string) =>
  t.db.experimentExposure.findMany({ where: { experimentId, ...(shopperId ? { shopperId } : {}) } });

describe("assignment and exposure", () => {
  beforeEach(endAll);

  it("gives a shopper the same kitchen on every instance and in every tab, and stores one exposure", async () => {
    const id = await start();
    const shoppers = await Promise.all(Array.from({ length: 40 }, () => createShopper(t.db)));
    for (const s of shoppers) {
      const first = await enrolShopper(t.db, { shopperId: s.id, excluded: false, cookie: null });
      const otherInstance = await enrolShopper(other, { shopperId: s.id, excluded: false, cookie: null });
      const withCookie = await enrolShopper(t.db, { shopperId: s.id, excluded: false, cookie: first.cookie });
      expect(otherInstance.kitchen).toBe(first.kitchen);
      expect(withCookie.kitchen).toBe(first.kitchen);
      expect(first.cookie?.experimentId).toBe(id);
    }
    const stored = await exposures(id);
    expect(stored).toHaveLength(40);
    const kitchens = new Set(stored.map((e) => e.kitchen));
    expect(kitchens).toEqual(new Set(["OPEN", "CLOSED"])); // 40 shoppers at 50%: both groups (1 in 5·10¹¹ fails)
  });

  it("never enrols staff or crawlers, and enrols nobody without a running experiment", async () => {
    const shopper = await createShopper(t.db);
    expect(await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: null })).toEqual({
      kitchen: "open",
      cookie: null,
    });
    const id = await start();
    expect(await enrolShopper(t.db, { shopperId: shopper.id, excluded: true, cookie: null })).toEqual({
      kitchen: "open",
      cookie: null,
    });
    expect(await exposures(id)).toHaveLength(0);
    await changeExperiment(t.db, { experimentId: id, to: "pause" });
    expect((await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: null })).kitchen).toBe("open");
    expect(await exposures(id)).toHaveLength(0);
  });

  it("counts a cookie that shows the other kitchen as a crossover", async () => {
    const id = await start();
    const shopper = await createShopper(t.db);
    const first = await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: null });
    const forged = { ...first.cookie!, kitchen: first.kitchen === "open" ? ("closed" as const) : ("open" as const) };
    const again = await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: forged });
    expect(again.kitchen).toBe(first.kitchen);
    expect((await exposures(id, shopper.id))[0]?.crossedAt).not.toBeNull();
  });

  it("runs one experiment at a time", async () => {
    await start();
    await expect(startExperiment(t.db, HOLDOUT, "Owner")).rejects.toBeInstanceOf(ExperimentError);
  });
});

describe("outcomes", () => {
  beforeEach(endAll);

  it("count only after exposure and within the window, and conversion only for paid orders", async () => {
    const id = await start();
    const product = await createProduct(t.db, { stock: 50, priceCents: 1200 });
    const shopper = await createShopper(t.db);
    await recordOutcome(t.db, { shopperId: shopper.id, kind: "CART_ADD" }); // before exposure: not counted
    expect(await t.db.experimentOutcome.count({ where: { experimentId: id } })).toBe(0);

    await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: null });
    await addToCart(t.db, shopper.id, product.id, 2);
    const placed = await placeOrder(t.db, shopper.id, checkoutInput(), "EUR");
    await waitFor(async () => (await t.db.experimentOutcome.count({ where: { experimentId: id } })) === 2);
    const late = new Date(Date.now() + 8 * 86_400_000);
    await recordOutcome(t.db, { shopperId: shopper.id, kind: "QUESTION_ASKED", ref: "late", at: late });
    expect(await t.db.experimentOutcome.count({ where: { experimentId: id, kind: "QUESTION_ASKED" } })).toBe(0);

    const report = async () => (await readExperimentReport(t.db, id, "UTC"))!.results.groups;
    const mine = async () => (await report()).find((g) => g.shoppers === 1)!;
    expect((await mine()).converted).toBe(0); // placed, unpaid: no purchase yet
    expect((await mine()).addToCartRate).toBe(1);
    await t.db.order.update({ where: { id: placed.orderId }, data: { paidAt: new Date() } });
    expect((await mine()).converted).toBe(1);
    expect((await mine()).revenueCents).toBe(2400);
    await t.db.order.update({ where: { id: placed.orderId }, data: { status: "CANCELLED" } });
    expect((await mine()).converted).toBe(0);
  });

  it("stops counting while paused", async () => {
    const id = await start();
    const shopper = await createShopper(t.db);
    await enrolShopper(t.db, { shopperId: shopper.id, excluded: false, cookie: null });
    await changeExperiment(t.db, { experimentId: id, to: "pause" });
    await recordOutcome(t.db, { shopperId: shopper.id, kind: "CART_ADD" });
    expect(await t.db.experimentOutcome.count({ where: { experimentId: id } })).toBe(0);
    await changeExperiment(t.db, { experimentId: id, to: "resume" });
    await recordOutcome(t.db, { shopperId: shopper.id, kind: "CART_ADD" });
    expect(await t.db.experimentOutcome.count({ where: { experimentId: id } })).toBe(1);
  });
});

describe("switchback", () => {
  beforeEach(endAll);

  it("gives everyone the block's kitchen, leaves the washout out, and counts outcomes in their own block", async () => {
    const hour = 3_600_000;
    const startedAt = new Date(Date.now() - 10 * hour - 30 * 60_000); // now: 30 min into block 5 (2 h blocks)
    const id = await start({ design: "switchback", blockHours: 2, washoutMinutes: 40 }, startedAt);
    const [a, b] = [await createShopper(t.db), await createShopper(t.db)];
    const inWashout = await enrolShopper(t.db, { shopperId: a.id, excluded: false, cookie: null });
    expect(inWashout.cookie?.block).toBe(5);
    expect(await exposures(id)).toHaveLength(0); // 30 min into a block with a 40 min washout

    const later = new Date(startedAt.getTime() + 10 * hour + 50 * 60_000);
    const [ea, eb] = await Promise.all([
      enrolShopper(t.db, { shopperId: a.id, excluded: false, cookie: null, now: later }),
      enrolShopper(t.db, { shopperId: b.id, excluded: false, cookie: null, now: later }),
    ]);
    expect(ea.kitchen).toBe(eb.kitchen);
    expect((await exposures(id)).map((e) => e.block)).toEqual([5, 5]);

    await recordOutcome(t.db, { shopperId: a.id, kind: "CART_ADD", at: new Date(later.getTime() + 60_000) });
    await recordOutcome(t.db, { shopperId: b.id, kind: "CART_ADD", at: new Date(later.getTime() + 2 * hour) }); // block 6
    const outcomes = await t.db.experimentOutcome.findMany({ where: { experimentId: id } });
    expect(outcomes.map((o) => [o.shopperId, o.block])).toEqual([[a.id, 5]]);
  });
});

describe("results", () => {
  beforeEach(endAll);

  async function seedExposures(id: string, open: number, closed: number, paidPerGroup: number) {
    const rows = (kitchen: "OPEN" | "CLOSED", n: number) =>
      Array.from({ length: n }, (_, i) => ({
        experimentId: id,
        shopperId: `${kitchen}-${i}`,
        kitchen,
        exposedAt: new Date(),
      }));
    await t.db.experimentExposure.createMany({ data: [...rows("OPEN", open), ...rows("CLOSED", closed)] });
    const paid = (kitchen: string) =>
      Array.from({ length: paidPerGroup }, (_, i) => ({
        experimentId: id,
        shopperId: `${kitchen}-${i}`,
        kind: "ORDER_PAID" as const,
        ref: `o-${kitchen}-${i}`,
        amountCents: 3000,
        at: new Date(),
      }));
    await t.db.experimentOutcome.createMany({ data: [...paid("OPEN"), ...paid("CLOSED")] });
  }

  it("says what is missing instead of a verdict until each group has 100 shoppers and 10 paid orders", async () => {
    const id = await start();
    await seedExposures(id, 120, 63, 4);
    const { results } = (await readExperimentReport(t.db, id, "UTC"))!;
    expect(results.verdictShown).toBe(false);
    expect(results.missing).toEqual([
      "needs 6 more paid orders in the open-kitchen group",
      "needs 37 more shoppers and 6 more paid orders in the closed group",
    ]);
  });

  it("hides the verdict when the group sizes do not match the split", async () => {
    const id = await start();
    await seedExposures(id, 900, 300, 20);
    const { results } = (await readExperimentReport(t.db, id, "UTC"))!;
    expect(results.missing).toEqual([]);
    expect(results.health.find((h) => h.name.startsWith("Group sizes"))?.ok).toBe(false);
    expect(results.verdictShown).toBe(false);
  });

  it("shows the verdict once the data is there and healthy", async () => {
    const id = await start();
    await seedExposures(id, 400, 410, 20);
    const { results, series } = (await readExperimentReport(t.db, id, "UTC"))!;
    expect(results.health.every((h) => h.ok)).toBe(true);
    expect(results.verdictShown).toBe(true);
    expect(results.groups.map((g) => [g.kitchen, g.shoppers, g.paidOrders])).toEqual([
      ["open", 400, 20],
      ["closed", 410, 20],
    ]);
    expect(series.at(-1)?.openShoppers).toBe(400);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}
