import { randomUUID } from "node:crypto";
import { test as base, expect } from "@playwright/test";
import { createFreshProduct, shopDatabase } from "../e2e-support/database";
import { waitForHydration } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

/*
 * An owner unpublishes a product while its page is being rendered. The render read the product before the
 * change and stores its HTML after it; Next stamps a cached page when it is stored, so without a second
 * expiry that stale page was served as fresh for its whole refresh interval (~30 s). To make the race
 * certain rather than lucky, the render is held halfway: the product is read, then its Q&A query waits
 * on a lock this test holds until the unpublish is done.
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

    // Gone within seconds, and it stays gone.
    await expect.poll(async () => (await shopper.get(path)).status(), { timeout: 15_000 }).toBe(404);
    for (let i = 0; i < 3; i++) expect((await shopper.get(path)).status()).toBe(404);
  } finally {
    await db.query("ROLLBACK").catch(() => undefined);
    await db.end();
    await shopper.dispose();
  }
});
