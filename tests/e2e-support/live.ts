// Helpers for the live layer's e2e tests: separate shoppers and what each of them sees.
import { expect, type Browser, type Page } from "@playwright/test";

/** A new shopper: its own browser context, so its own shopper cookie and its own socket. */
export async function newShopper(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** "N looking at this now" on a product page; hidden while fewer people than the threshold are there. */
export function productPresenceNumber(page: Page) {
  return page.getByTestId("product-presence").getByTestId("presence-number");
}

/** "N shoppers in the shop now" in the live bar under the header. */
export function storePresenceNumber(page: Page) {
  return page.getByTestId("store-presence").getByTestId("presence-number");
}

/** Entries of the (only) activity feed on the page that mention all of the given texts. */
export function feedEntries(page: Page, ...texts: string[]) {
  let entries = page.getByTestId("activity-feed").getByRole("listitem");
  for (const text of texts) entries = entries.filter({ hasText: text });
  return entries;
}

const MARK = "__e2eSameDocument";

/** Marks the current document, so a later check can tell that the page was never reloaded. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate((mark) => Object.assign(window, { [mark]: true }), MARK);
}

export async function expectSameDocument(page: Page): Promise<void> {
  expect(
    await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark] === true, MARK),
    "page was reloaded",
  ).toBe(true);
}
