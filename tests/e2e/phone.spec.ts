import { test as base, expect, type Page } from "@playwright/test";
import { askQuestion, runTag } from "../e2e-support/qa";
import { cartLink, fillCheckout, waitForShopReady } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

// Runs in the "phone" project only (playwright.config.ts): a 390×844 touch screen. Every test here is
// tagged @phone, the tag that project selects.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

// Demo store data (lib/domains/demo/demo-catalog.ts); no other spec renames this category or buys or asks about this product.
const CATEGORY = "Gifts";
const PRODUCT = "Origins Tasting Flight";

/**
 * The page never scrolls sideways: anything wide scrolls inside its own frame. Compared with the screen's
 * width, not innerWidth: on a mobile viewport the browser zooms out to fit wide content, and innerWidth grows
 * with it, so scrollWidth ≤ innerWidth would always hold.
 */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const screenWidth = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(screenWidth);
}

/** How far down the page content starts: the header, category strip and live bar together. */
async function shopChromeHeight(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.getByRole("main").evaluate((main) => main.getBoundingClientRect().top);
}

test(
  "on a phone, a shopper browses by category, adds to the cart and checks out",
  { tag: "@phone" },
  async ({ page }) => {
    await page.goto("/");
    await waitForShopReady(page);
    // The presence line has loaded too: its text is part of the live bar's height.
    await expect(page.getByTestId("privacy-controls")).toBeVisible();
    expect(await shopChromeHeight(page)).toBeLessThanOrEqual(120);
    await expectNoSidewaysScroll(page);

    // The categories do not fit: the strip scrolls sideways, and reaching a category scrolls it.
    const strip = page.getByRole("navigation", { name: "Categories" }).getByRole("list");
    expect(await strip.evaluate((list) => list.scrollWidth > list.clientWidth)).toBe(true);
    await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: CATEGORY }).tap();
    await expect(page.getByRole("heading", { level: 1, name: CATEGORY })).toBeVisible();
    expect(await strip.evaluate((list) => list.scrollLeft)).toBeGreaterThan(0);

    await page.getByRole("link", { name: PRODUCT }).tap();
    await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
    await waitForShopReady(page);
    await expectNoSidewaysScroll(page);

    // Added from the keyboard; focus stays on the button rather than falling back to the page.
    const add = page.getByRole("button", { name: "Add to cart" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Added." })).toHaveText(
      `Added. You have 1 of ${PRODUCT} in your cart.`,
    );
    await expect(add).toBeFocused();
    await expect(cartLink(page, 1)).toBeVisible();

    await cartLink(page, 1).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
    await page.getByRole("link", { name: "Checkout" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
    await waitForShopReady(page);
    await expectNoSidewaysScroll(page);

    // What is being ordered is on screen before the button that orders it.
    const summary = page.getByRole("complementary", { name: "Your order" });
    await expect(summary).toContainText(PRODUCT);
    const placeOrder = page.getByRole("button", { name: "Place order" });
    const summaryBox = await summary.boundingBox();
    const buttonBox = await placeOrder.boundingBox();
    expect(summaryBox && buttonBox && summaryBox.y + summaryBox.height <= buttonBox.y).toBe(true);

    await fillCheckout(page);
    await placeOrder.tap();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Thank you/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  },
);

test(
  "on a phone, the live bar keeps its two lines and 'How is this counted?' on one, even with a long alias",
  { tag: "@phone" },
  async ({ page }) => {
    await page.goto("/");
    await waitForShopReady(page);
    const bar = page.locator(".live-bar");
    const reserved = await bar.evaluate((element) => element.getBoundingClientRect().height);
    // With one shopper in the shop the count is hidden and the bar says why, its longest text; it says so
    // once the live connection is up, which saving an alias needs too.
    const store = page.getByTestId("store-presence");
    await expect(store.getByTestId("presence-hidden")).toBeVisible();
    // The longest alias a shopper may choose (32 characters) floats at the bar's top right.
    const privacy = page.getByTestId("privacy-controls");
    await privacy.locator("summary").tap();
    await privacy.getByRole("textbox", { name: "Alias" }).fill("Gently Roasting Sleepy Nightjars");
    await privacy.getByRole("button", { name: "Save" }).tap();
    await expect(privacy.getByText("Saved.")).toBeVisible();
    await privacy.locator("summary").tap();
    await expect(privacy.getByText("Saved.")).toBeHidden();

    await expect(store.getByTestId("presence-hidden")).toBeVisible();
    const howCounted = store.locator("summary", { hasText: "How is this counted?" });
    await expect(howCounted).toBeVisible();
    expect(await howCounted.evaluate((summary) => summary.getClientRects().length), "line boxes").toBe(1);
    expect(await bar.evaluate((element) => element.getBoundingClientRect().height)).toBeLessThanOrEqual(reserved);
  },
);

test("on a phone, search opens from the header's button", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search products" });
  await expect(search).toBeHidden();
  await page.getByRole("banner").locator("summary", { hasText: "Search" }).tap();
  await search.fill("parabolic");
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Results for “parabolic”" })).toBeVisible();
});

test("on a phone, a shopper asks a question on a product page", { tag: "@phone" }, async ({ page }) => {
  await page.goto(`/products/espresso-cup-pair`);
  await waitForShopReady(page);
  await askQuestion(page, `Do these cups stack in a small cupboard? ${runTag()}`);
  await expectNoSidewaysScroll(page);
});

test(
  "on a phone, the admin's tables stay inside the screen and their frames scroll from the keyboard",
  { tag: "@phone" },
  async ({ ownerPage }) => {
    for (const path of ["/admin/products", "/admin/orders", "/admin/staff"]) {
      await ownerPage.goto(path);
      await expect(ownerPage.getByRole("main")).toBeVisible();
      await expectNoSidewaysScroll(ownerPage);
    }
    // The product table is wider than the screen: its frame takes focus and scrolls with the arrow keys.
    await ownerPage.goto("/admin/products");
    const frame = ownerPage.getByRole("region", { name: "All products" });
    await frame.focus();
    await expect(frame).toBeFocused();
    await ownerPage.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  },
);
