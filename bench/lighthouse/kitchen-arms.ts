import { randomUUID } from "node:crypto";
import { chromium } from "@playwright/test";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres } from "@/lib/platform/db-setup/embedded-postgres";
import { KITCHEN_COOKIE, formatKitchenCookie } from "@/lib/platform/contracts/kitchen-cookie";
import { assignmentPoint } from "@/lib/domains/experiments/assignment-point";
import { startExperiment } from "@/lib/domains/experiments/start-experiment";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";

export type Kitchen = "open" | "closed";

export interface KitchenArm {
  kitchen: Kitchen;
  /** A returning shopper of that group: their signed shopper cookie and the kitchen cookie the server set. */
  cookies: { name: string; value: string; httpOnly: boolean }[];
}

const FAR_FUTURE_MS = Date.UTC(2100, 0, 1);
const CLOSED_SHARE_PERCENT = 50;

/** A shopper id that the experiment's salt puts in the wanted group (a holdout hashes id and salt). */
function shopperIn(kitchen: Kitchen, salt: string): string {
  for (;;) {
    const id = randomUUID();
    const closed = assignmentPoint(salt, id) < CLOSED_SHARE_PERCENT / 100;
    if (closed === (kitchen === "closed")) return id;
  }
}

/**
 * Starts a 50% holdout on the shop's own database (the embedded Postgres in its DATA_DIR) through the domain
 * function, before any page is rendered, and returns one returning shopper per group. With both cookies the
 * page shows its kitchen before paint and GET /api/shopper confirms it (no flip, no new exposure).
 */
export async function startHoldout(dataDir: string, authSecret: string): Promise<{ id: string; arms: KitchenArm[] }> {
  const database = await startEmbeddedPostgres(dataDir); // the shop's running cluster: attaches to it
  const db = createDb(database.url, 1);
  try {
    const { id } = await startExperiment(
      db,
      {
        name: "Lighthouse bench holdout",
        design: "holdout",
        closedSharePercent: CLOSED_SHARE_PERCENT,
        blockHours: 1,
        washoutMinutes: 0,
        windowDays: 28,
      },
      "bench",
    );
    const { salt } = await db.experiment.findUniqueOrThrow({ where: { id }, select: { salt: true } });
    const arms = (["open", "closed"] as const).map((kitchen) => ({
      kitchen,
      cookies: [
        { name: SHOPPER_COOKIE, value: signShopperId(shopperIn(kitchen, salt), authSecret), httpOnly: true },
        {
          name: KITCHEN_COOKIE,
          value: formatKitchenCookie({ kitchen, experimentId: id, block: 0, validUntil: FAR_FUTURE_MS }),
          httpOnly: false,
        },
      ],
    }));
    return { id, arms };
  } finally {
    await db.$disconnect();
  }
}

/** Puts an arm's cookies in the browser's jar (Lighthouse keeps cookies between runs; each run resets them). */
export async function setArmCookies(chromePort: number, base: string, arm: KitchenArm): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromePort}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error("the browser has no default context");
    await context.clearCookies();
    await context.addCookies(arm.cookies.map((c) => ({ ...c, url: base, sameSite: "Lax" as const })));
  } finally {
    await browser.close(); // over CDP this only disconnects
  }
}

/** The page must carry the running experiment's id for its kitchen script, or both arms would be the same page. */
export async function assertPageKnowsExperiment(url: string, experimentId: string): Promise<void> {
  const html = await (await fetch(url)).text();
  if (!html.includes(JSON.stringify(experimentId))) {
    throw new Error(`${url} does not carry the running experiment ${experimentId}: it was cached before it started`);
  }
}
