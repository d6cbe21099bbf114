import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { createFreshProduct, sql } from "../e2e-support/database";
import { feedEntries, newShopper } from "../e2e-support/live";
import { askBox } from "../e2e-support/qa";
import { addToCart, waitForShopReady } from "../e2e-support/shop";

// The demo store's presence threshold is 2: no live number below 2 is shown.

test("the store feed never shows a shopper their own actions as social proof", async ({ browser, baseURL }) => {
  const tag = randomUUID().slice(0, 8);
  const mine = await createFreshProduct(`Own Event Blend ${tag}`);
  const theirs = await createFreshProduct(`Their Event Blend ${tag}`);

  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);
  await a.goto("/");
  await waitForShopReady(a);
  await b.goto("/");
  await waitForShopReady(b);
  // Both are live once each counts the other in the shop.
  await expect(a.getByTestId("store-presence").getByTestId("presence-number")).toHaveText("2");

  // A adds to a cart from a second tab, while the first shows the store feed.
  const aSecondTab = await a.context().newPage();
  await aSecondTab.goto(`/products/${mine.slug}`);
  await addToCart(aSecondTab, `Own Event Blend ${tag}`, 1);
  await expect(feedEntries(b, "to their cart", `Own Event Blend ${tag}`)).toHaveCount(1);

  // Then B does: once A sees B's line, A has been told about its own line too, and must not show it.
  await b.goto(`/products/${theirs.slug}`);
  await addToCart(b, `Their Event Blend ${tag}`, 1);
  await expect(feedEntries(a, "to their cart", `Their Event Blend ${tag}`)).toHaveCount(1);
  await expect(feedEntries(a, "to their cart", `Own Event Blend ${tag}`)).toHaveCount(0);

  // Nor after a reload, where the line comes with the page's first paint.
  await a.reload();
  await waitForShopReady(a);
  await expect(feedEntries(a, "to their cart", `Their Event Blend ${tag}`)).toHaveCount(1);
  await expect(feedEntries(a, "to their cart", `Own Event Blend ${tag}`)).toHaveCount(0);
});

test("a minute with fewer viewers than the threshold shows no 'looked at' line", async ({ page }) => {
  const product = await createFreshProduct(`Quiet Minute Roast ${randomUUID().slice(0, 8)}`);
  // What the shop writes itself at the end of a minute: one with a single viewer, one with three.
  await sql(
    `INSERT INTO "ActivityEvent" (kind, "productId", count, "createdAt") VALUES
       ('view', $1, 1, now() - interval '2 minutes'), ('view', $1, 3, now() - interval '1 minute')`,
    [product.id],
  );
  await page.goto(`/products/${product.slug}`);
  await waitForShopReady(page);
  await expect(feedEntries(page, "3 shoppers looked at")).toHaveCount(1);
  await expect(feedEntries(page, "looked at")).toHaveCount(1);
});

test("a hidden count says why instead of leaving 'How is this counted?' under nothing", async ({ page }) => {
  const product = await createFreshProduct(`Lonely Page Roast ${randomUUID().slice(0, 8)}`);
  await page.goto(`/products/${product.slug}`);
  await waitForShopReady(page);
  const presence = page.getByTestId("product-presence");
  await expect(presence.getByTestId("presence-hidden")).toHaveText(
    "Fewer than 2 people on this page right now, so we show no number.",
  );
  await expect(presence.getByTestId("presence-number")).toHaveCount(0);
  await expect(presence.getByText("How is this counted?")).toBeVisible();
});

test("with Global Privacy Control on, the privacy panel says the signal is honoured", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "Sec-GPC": "1" } });
  await context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true, configurable: true }),
  );
  const page = await context.newPage();
  await page.goto("/products/kenya-nyeri-aa");
  const panel = page.getByTestId("privacy-controls");
  await panel.getByText(/^You appear as/).click();
  await expect(panel.getByTestId("gpc-honoured")).toContainText("Global Privacy Control, and we honour it");
  const invisible = panel.getByLabel("Show me as invisible");
  await expect(invisible).toBeChecked();
  await expect(invisible).toBeDisabled();
  await context.close();
});

test("a shopper cannot post as the host", async ({ page }) => {
  await page.goto("/products/rwanda-nyamasheke");
  await waitForShopReady(page);
  const form = askBox(page);
  await form.getByLabel("Your question").fill(`Which grind for a moka pot? [${randomUUID().slice(0, 8)}]`);
  await form.getByLabel("Display name").fill("Tomás Reyes (HOST)");
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByText(/kept for the shop's own people/)).toBeVisible();

  await form.getByLabel("Display name").fill("Tomas Reyes");
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByText(/name of someone on the shop's staff/)).toBeVisible();
});
