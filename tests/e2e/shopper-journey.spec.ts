import { test, expect } from "@playwright/test";
import {
  SAMPLE_SHOPPER,
  addToCart,
  cartLink,
  checkOut,
  expectNotFoundPage,
  fillCheckout,
  waitForShopReady,
} from "../e2e-support/shop";

// Demo store data (lib/domains/demo/demo-catalog.ts). Each spec uses its own products so live numbers and stock never collide.
const CATEGORY = "Brewing gear";
const PRODUCT = { title: "Paper Filters, 100 pack", unitPrice: "€6.50", twoOf: "€13.00" };

test("a shopper browses, adds to the cart, checks out and sees their order, which nobody else can", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Ember & Oak Roasters/);
  await expect(page.getByRole("heading", { name: "Everything in the shop" })).toBeVisible();

  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: CATEGORY }).click();
  await expect(page.getByRole("heading", { level: 1, name: CATEGORY })).toBeVisible();

  await page.getByRole("link", { name: PRODUCT.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: PRODUCT.title })).toBeVisible();
  await expect(page.getByText("In stock")).toBeVisible();

  await expect(cartLink(page, 0)).toBeVisible();
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added." })).toHaveText(
    `Added. You have 2 of ${PRODUCT.title} in your cart.`,
  );
  await expect(cartLink(page, 2)).toBeVisible();

  await cartLink(page, 2).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  const line = page.getByRole("list", { name: "Cart items" }).getByRole("listitem");
  await expect(line).toHaveCount(1);
  await expect(line.getByRole("link", { name: PRODUCT.title })).toBeVisible();
  await expect(line).toContainText(`${PRODUCT.unitPrice} each`);
  await expect(line.getByRole("group", { name: `Quantity of ${PRODUCT.title}` })).toContainText("2");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(`Subtotal${PRODUCT.twoOf}`);

  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await waitForShopReady(page);

  // An empty form is refused field by field; nothing is ordered.
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveAccessibleDescription("Please enter your name");
  await expect(page.getByRole("textbox", { name: /^Email/ })).toHaveAccessibleDescription(
    /Please enter a valid email address/,
  );
  await expect(page.getByLabel("Address line 1")).toHaveAccessibleDescription("Please enter your street address");
  await expect(page.getByLabel("City")).toHaveAccessibleDescription("Please enter your city");
  await expect(page.getByLabel("Postal code")).toHaveAccessibleDescription("Please enter your postal code");
  await expect(page.getByLabel("Country")).toHaveAccessibleDescription("Please choose a country");
  await expect(page.getByLabel("Full name")).toBeFocused();
  await expect(page).toHaveURL(/\/checkout$/);

  await fillCheckout(page, SAMPLE_SHOPPER);
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Thank you, ${SAMPLE_SHOPPER.name}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Order progress" })).toContainText("Placed (current)");
  const items = page.getByRole("region", { name: "Items" });
  await expect(items.getByRole("listitem")).toHaveText([`${PRODUCT.title} × 2${PRODUCT.twoOf}`]);
  await expect(items).toContainText(`Total${PRODUCT.twoOf}`);
  await expect(page.getByRole("region", { name: "Delivery address" })).toContainText(SAMPLE_SHOPPER.address);
  const orderUrl = page.url();
  // The cart was emptied by the order (see the known-bug test below for the header before a reload).
  await page.reload();
  await expect(cartLink(page, 0)).toBeVisible();

  // Another shopper (their own cookies) gets the same 404 as for an order that does not exist.
  const stranger = await browser.newContext();
  try {
    const strangerPage = await stranger.newPage();
    const response = await strangerPage.goto(orderUrl);
    expect(response?.status()).toBe(404);
    await expectNotFoundPage(strangerPage);
    await expect(strangerPage.getByText(SAMPLE_SHOPPER.name)).toHaveCount(0);
  } finally {
    await stranger.close();
  }
});

test("the header's cart count drops to zero once the order is placed", async ({ page }) => {
  // The order page is reached by a client-side redirect while the header stays mounted.
  await page.goto("/products/brass-cupping-spoon");
  await addToCart(page, "Brass Cupping Spoon", 1);
  await expect(cartLink(page, 1)).toBeVisible();
  await checkOut(page);
  await expect(cartLink(page, 0)).toBeVisible({ timeout: 3_000 });
});

test("searching for a word from a product's story finds that product", async ({ page }) => {
  await page.goto("/");
  // "parabolic" appears only in the story of Finca El Mirador ("a parabolic greenhouse roof").
  await page.getByRole("searchbox", { name: "Search products" }).fill("parabolic");
  await page.getByRole("searchbox", { name: "Search products" }).press("Enter");

  await expect(page).toHaveURL(/\/search\?q=parabolic$/);
  await expect(page.getByRole("heading", { level: 1, name: "Results for “parabolic”" })).toBeVisible();
  await expect(page.getByText("1 product found.")).toBeVisible();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link")).toHaveText(["Colombia Finca El Mirador"]);

  await results.getByRole("link", { name: "Colombia Finca El Mirador" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Colombia Finca El Mirador" })).toBeVisible();
  await expect(page.getByText(/dry it under a parabolic greenhouse roof/)).toBeVisible();
});

test("an unknown product address shows the shop's 404 page", async ({ page }) => {
  const response = await page.goto("/products/no-such-coffee");
  expect(response?.status()).toBe(404);
  await expectNotFoundPage(page);
  await expect(page.getByRole("link", { name: "Back to the shop" })).toBeVisible();
});

test("a sold-out product cannot be added to the cart", async ({ page }) => {
  await page.goto("/products/rwanda-nyamasheke");
  await expect(page.getByRole("heading", { level: 1, name: "Rwanda Nyamasheke" })).toBeVisible();
  await waitForShopReady(page);
  await expect(page.getByRole("button", { name: "Sold out" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add to cart" })).toHaveCount(0);
  await expect(page.getByLabel("Quantity")).toBeDisabled();
});
