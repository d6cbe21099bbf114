// Storefront steps several e2e specs share, written the way a shopper sees the page.
import { expect, type Page } from "@playwright/test";

export interface CheckoutDetails {
  name: string;
  email: string;
  address: string;
  city: string;
  postalCode: string;
  /** The country's name as listed in the form. */
  country: string;
}

export const SAMPLE_SHOPPER: CheckoutDetails = {
  name: "Ada Lovelace",
  email: "ada@example.test",
  address: "12 Roastery Lane",
  city: "Utrecht",
  postalCode: "3511 AB",
  country: "Netherlands",
};

/** The header's cart link, once the browser has loaded the count (its accessible name carries it). */
export function cartLink(page: Page, items?: number) {
  const name = items === undefined ? /^Cart \d+ items?$/ : `Cart ${items} ${items === 1 ? "item" : "items"}`;
  return page.getByRole("banner").getByRole("link", { name });
}

/**
 * Next's client router adds its route announcer when the page hydrates; before that, a click on a form
 * posts the whole page instead of running the client-side action. For pages without the shop header.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator("#__next-route-announcer__")).toBeAttached();
}

/**
 * The shop's client components are hydrated once the header has fetched the cart count: only then
 * do forms run through their client-side actions rather than a full-page post.
 */
export async function waitForShopReady(page: Page): Promise<void> {
  await expect(cartLink(page)).toBeVisible();
}

/** On a product page: set the quantity and add to the cart, then wait for the confirmation. */
export async function addToCart(page: Page, title: string, quantity: number): Promise<void> {
  await waitForShopReady(page);
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(`Added. You have ${quantity} of ${title} in your cart.`)).toBeVisible();
}

let doorNumber = 0;

export async function fillCheckout(page: Page, details: CheckoutDetails = SAMPLE_SHOPPER): Promise<void> {
  await page.getByLabel("Full name").fill(details.name);
  await page.getByRole("textbox", { name: /^Email/ }).fill(details.email);
  // Each order goes to its own door: the shop limits unpaid orders per delivery address, and the whole
  // suite places far more pay-on-delivery orders than one household would.
  await page.getByLabel("Address line 1").fill(`${details.address}, door ${++doorNumber}`);
  await page.getByLabel("City").fill(details.city);
  await page.getByLabel("Postal code").fill(details.postalCode);
  await page.getByLabel("Country").selectOption({ label: details.country });
}

/** From a cart with something in it: checkout, fill the form, place the order; returns the order page URL. */
export async function checkOut(page: Page, details: CheckoutDetails = SAMPLE_SHOPPER): Promise<string> {
  await page.goto("/checkout");
  await waitForShopReady(page);
  await fillCheckout(page, details);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Thank you, ${details.name}` })).toBeVisible();
  return page.url();
}

/** The shop's 404 page, as a shopper sees it. */
export async function expectNotFoundPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
}
