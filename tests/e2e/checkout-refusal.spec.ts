// A refused checkout keeps its answer for its key, shows why, and lets the shopper try again once the
// cart is fixed (the page re-renders with a fresh key).
import { expect, test } from "@playwright/test";
import { addToCart, checkOut, fillCheckout, waitForShopReady } from "../e2e-support/shop";

const PRODUCT = { slug: "pour-over-starter-kit", title: "Pour-Over Starter Kit", stock: 3 };

test("a sold-out refusal is shown, and the same form places the order once the cart is fixed", async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    const shopper = await a.newPage();
    await shopper.goto(`/products/${PRODUCT.slug}`);
    await addToCart(shopper, PRODUCT.title, PRODUCT.stock);

    // Someone else buys one first.
    const other = await b.newPage();
    await other.goto(`/products/${PRODUCT.slug}`);
    await addToCart(other, PRODUCT.title, 1);
    await checkOut(other);

    await shopper.goto("/checkout");
    await waitForShopReady(shopper);
    await fillCheckout(shopper);
    const key = shopper.locator('input[name="idempotencyKey"]');
    const refusedKey = await key.inputValue();
    await shopper.getByRole("button", { name: "Place order" }).click();
    await expect(shopper.getByText(`Sorry, not enough left of: ${PRODUCT.title}.`)).toBeVisible();
    await expect(shopper.getByRole("link", { name: "Review your cart" })).toBeVisible();
    await expect(key).not.toHaveValue(refusedKey);

    // In another tab: one fewer. Back on the same form, the next submission is a new attempt.
    const cartTab = await a.newPage();
    await cartTab.goto("/cart");
    await waitForShopReady(cartTab);
    await cartTab.getByRole("button", { name: `Decrease quantity of ${PRODUCT.title}` }).click();
    await expect(cartTab.getByRole("group", { name: `Quantity of ${PRODUCT.title}` })).toContainText("2");

    await shopper.getByRole("button", { name: "Place order" }).click();
    await expect(shopper).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    await expect(shopper.getByRole("region", { name: "Items" }).getByRole("listitem")).toContainText([
      `${PRODUCT.title} × 2`,
    ]);
  } finally {
    await a.close();
    await b.close();
  }
});
