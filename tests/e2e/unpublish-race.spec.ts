import { randomUUID } from "node:crypto";
import { test as base, expect } from "@playwright/test";
import { createFreshProduct, shopDatabase } from "../e2e-support/database";
import { waitForHydration } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

/*
 * An owner unpublishes a product (or changes its price) while its page is being rendered. The render read
 * the product before the change and stores its HTML after it; Next stamps a cached page when it is stored,
 * so that stale page passed for fresh (for seconds, or ~30 s before a second expiry was added).
 * cache-handler.mjs does not store a render that began before one of its tags was expired, so the very
 * next request after the change renders afresh. To make the race certain rather than lucky, the render is
 * held halfway: the product is read, then its Q&A query waits on a lock this test holds until the change
 * is saved.
 */
test("a page rendering while its product is unpublished is not served for long after", async ({
  ownerPage,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const title = `Vanishing Roast ${randomUUID().slice(0, 8)}`;
  const product = await createFreshProduct(title);
  const path = `/products/${product.slug}`;
  await ownerPage.goto("/admin/products");
  await waitForHydration(ownerPage);

  const shopper = await playwright.request.newContext({ baseURL });
  const db = await shopDatabase();
  try {
    await db.query("BEGIN");
    await db.query(`LOCK TABLE "Question" IN ACCESS EXCLUSIVE MODE`);
    const rendering = shopper.get(path);
    // The render has read the product and now waits for the lock.
    await expect
      .poll(async () => {
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = '"Question"'::regclass`,
        );
        return rows[0]!.n;
      })
      .toBeGreaterThan(0);

    await ownerPage.getByRole("button", { name: `Unpublish ${title}` }).click();
    await expect(ownerPage.getByText("Unpublished.")).toBeVisible();
    await db.query("COMMIT");
    expect((await rendering).status()).toBe(200);

    // Gone on the very next request, and it stays gone.
    for (let i = 0; i < 3; i++) expect((await shopper.get(path)).status()).toBe(404);
  } finally {
    await db.query("ROLLBACK").catch(() => undefined);
    await db.end();
    await shopper.dispose();
  }
});

test("a page rendering while its price changes shows the new price on the very next request", async ({
  ownerPage,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const title = `Repriced Roast ${randomUUID().slice(0, 8)}`;
  const product = await createFreshProduct(title);
  const path = `/products/${product.slug}`;
  await ownerPage.goto(`/admin/products/${product.id}`);
  await waitForHydration(ownerPage);

  const shopper = await playwright.request.newContext({ baseURL });
  const db = await shopDatabase();
  try {
    await db.query("BEGIN");
    await db.query(`LOCK TABLE "Question" IN ACCESS EXCLUSIVE MODE`);
    const rendering = shopper.get(path);
    await expect
      .poll(async () => {
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = '"Question"'::regclass`,
        );
        return rows[0]!.n;
      })
      .toBeGreaterThan(0);

    await ownerPage.getByLabel(/^Price/).fill("13.70");
    await ownerPage.getByRole("button", { name: "Save product" }).click();
    await expect(ownerPage.locator("#product-form-status")).toHaveText(`Saved “${title}”.`);
    await db.query("COMMIT");
    // The held render finishes with the price it read before the change…
    expect(await (await rendering).text()).toContain("€9.00");
    // …and is not what anyone is served next.
    for (let i = 0; i < 3; i++) {
      const next = await shopper.get(path);
      expect(await next.text()).toContain("€13.70");
    }
  } finally {
    await db.query("ROLLBACK").catch(() => undefined);
    await db.end();
    await shopper.dispose();
  }
});
