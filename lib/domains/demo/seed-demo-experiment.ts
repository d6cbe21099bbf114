import type { PrismaClient } from "@/lib/platform/db/generated/client";
import type { ActiveExperiment } from "@/lib/domains/experiments/experiment-dto";
import { DEMO_SHOP } from "@/lib/domains/experiments/simulation/demo-shop";
import { seededRandom } from "@/lib/domains/experiments/simulation/seeded-random";
import { simulateDay } from "@/lib/domains/experiments/simulation/simulated-shoppers";

const DAY_MS = 86_400_000;
const DAYS = 30;
/** The simulated truth, so the demo shows what a detected lift looks like (the restaurant study found +17.3%). */
const DEMO_LIFT = 0.17;

/**
 * One finished experiment built from simulated shoppers, so a new owner sees what results look like. It is
 * marked `demo` (the page says so) and written only by the demo seed, which runs only on an empty database it
 * is allowed to seed. Orders are ORDER_PAID outcomes without order rows: nothing simulated reaches the shop.
 */
export async function seedDemoExperiment(db: PrismaClient, now = new Date()): Promise<void> {
  const startedAt = new Date(now.getTime() - (DAYS + 5) * DAY_MS);
  const experiment: ActiveExperiment = {
    id: "demo",
    design: "holdout",
    status: "running",
    salt: "open-kitchen-demo-experiment",
    closedShare: 0.5,
    blockMinutes: 0,
    washoutMinutes: 0,
    startedAt,
  };
  const shop = { ...DEMO_SHOP, shoppersPerDay: 3_000, lift: DEMO_LIFT };
  const random = seededRandom(experiment.salt);
  const { id } = await db.experiment.create({
    data: {
      name: "Demo: open kitchen against a closed kitchen, 50 : 50",
      design: "HOLDOUT",
      status: "ENDED",
      salt: experiment.salt,
      closedShare: experiment.closedShare,
      windowDays: 7,
      demo: true,
      startedAt,
      endedAt: new Date(startedAt.getTime() + DAYS * DAY_MS),
      startedByName: "Demo data",
    },
    select: { id: true },
  });
  for (let day = 0; day < DAYS; day++) {
    const shoppers = simulateDay(shop, experiment, day, random);
    const at = (offsetMinutes: number) => new Date(startedAt.getTime() + day * DAY_MS + offsetMinutes * 60_000);
    await db.experimentExposure.createMany({
      data: shoppers.map((s, i) => ({
        experimentId: id,
        shopperId: s.id,
        kitchen: s.kitchen === "open" ? "OPEN" : "CLOSED",
        hostOnDuty: i % 3 !== 0,
        exposedAt: at(i % 1_200),
      })),
    });
    await db.experimentOutcome.createMany({
      data: shoppers.flatMap((s, i) => [
        ...(s.carted
          ? [{ experimentId: id, shopperId: s.id, kind: "CART_ADD" as const, at: at((i % 1_200) + 5) }]
          : []),
        ...(s.asked
          ? [
              {
                experimentId: id,
                shopperId: s.id,
                kind: "QUESTION_ASKED" as const,
                ref: `demo-${day}-${i}`,
                at: at((i % 1_200) + 7),
              },
            ]
          : []),
        ...(s.orderCents === null
          ? []
          : [
              { experimentId: id, shopperId: s.id, kind: "CHECKOUT_START" as const, at: at((i % 1_200) + 9) },
              {
                experimentId: id,
                shopperId: s.id,
                kind: "ORDER_PAID" as const,
                ref: `demo-order-${day}-${i}`,
                amountCents: s.orderCents,
                at: at((i % 1_200) + 12),
              },
            ]),
      ]),
    });
  }
  // Fresh tables have no statistics yet; without them the results' joins are planned as nested loops.
  await db.$executeRaw`ANALYZE "ExperimentExposure", "ExperimentOutcome"`;
}
