import { test, expect } from "@playwright/test";
import { addToCart, checkOut, waitForShopReady } from "../e2e-support/shop";
import { signInThroughApi } from "../e2e-support/staff";
import {
  expectSameDocument,
  feedEntries,
  markDocument,
  newShopper,
  productPresenceNumber,
  storePresenceNumber,
} from "../e2e-support/live";

// Issue: two shoppers on two browsers see each other's presence and activity live.
// Every shopper is its own browser context (own cookie, own socket). Each test uses its own demo
// product so one test's viewers never count in another's. The demo threshold is 2: a lone viewer sees no number.

test.afterEach(async ({ browser }) => {
  // Every shopper's socket goes with its context, so no test leaves people "in the shop" for the next.
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test("a second shopper on the same product shows up as 2 looking, and drops out when they leave", async ({
  browser,
  baseURL,
}) => {
  const path = "/products/guatemala-huehuetenango";
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);

  await a.goto(path);
  await waitForShopReady(a);
  await markDocument(a);
  await expect(productPresenceNumber(a)).toBeHidden();

  await b.goto(path);
  await expect(productPresenceNumber(a)).toHaveText("2");
  await expect(a.getByTestId("product-presence")).toContainText("2 looking at this now");
  await expect(productPresenceNumber(b)).toHaveText("2");

  await b.close();
  // One viewer is below the threshold: the number goes away rather than showing "1".
  await expect(productPresenceNumber(a)).toBeHidden({ timeout: 10_000 });
  await expectSameDocument(a);
});

test("a cart add by one shopper appears in the other's product feed without a reload", async ({ browser, baseURL }) => {
  const path = "/products/costa-rica-tarrazu-honey";
  const title = "Costa Rica Tarrazú Honey";
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);

  await a.goto(path);
  await waitForShopReady(a);
  await markDocument(a);
  await expect(feedEntries(a, "to their cart")).toHaveCount(0);

  await b.goto(path);
  // Both live connections are up once each sees the other.
  await expect(productPresenceNumber(a)).toHaveText("2");
  await addToCart(b, title, 1);

  await expect(feedEntries(a, "to their cart")).toHaveText([/^A shopper added this to their cart · /]);
  await expectSameDocument(a);
});

test("a page served from the cache still shows what happened since it was cached, once its socket joins", async ({
  browser,
  baseURL,
}) => {
  const path = "/products/oak-smoke-dark";
  const title = "Oak Smoke Dark Roast";
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);

  // A's visit renders the page and caches it with an empty cart-add list (no other spec uses this product).
  await a.goto(path);
  await waitForShopReady(a);
  await expect(feedEntries(a, "to their cart")).toHaveCount(0);
  await addToCart(a, title, 1);

  // B is served the cached HTML, which predates A's cart add: the event arrives through catch-up.
  const response = await b.goto(path);
  expect(await response?.headerValue("x-nextjs-cache")).toMatch(/HIT|STALE/);
  await expect(feedEntries(b, "to their cart")).toHaveText([/^A shopper added this to their cart · /]);
});

test("a shopper who chose to be invisible is not counted", async ({ browser, baseURL }) => {
  const path = "/products/sumatra-aceh-gayo";
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);
  const invisible = await newShopper(browser, baseURL);

  await a.goto(path);
  await waitForShopReady(a);

  // The invisible shopper first shows up in the shop (A and them: 2), then opts out there.
  await invisible.goto("/");
  await expect(storePresenceNumber(invisible)).toHaveText("2");
  await invisible
    .getByTestId("privacy-controls")
    .getByText(/^You appear as /)
    .click();
  // The box follows the server's answer rather than the click, so click and then wait for it to be checked.
  await invisible.getByLabel("Show me as invisible").click();
  await expect(invisible.getByLabel("Show me as invisible")).toBeChecked();
  await expect(invisible.getByTestId("privacy-controls").getByText("Saved.")).toBeVisible();
  // Not asserted here: the invisible shopper's own store count dropping back. If they opt out within the
  // same one-second presence interval they arrived in, no push follows and their "2" stays (app bug, see report).

  // Now on A's product: A alone is counted, so neither of them sees a number.
  await invisible.goto(path);
  await waitForShopReady(invisible);
  await invisible
    .getByTestId("privacy-controls")
    .getByText(/^You appear as /)
    .click();
  await expect(invisible.getByTestId("privacy-controls").getByLabel("Show me as invisible")).toBeChecked();
  await expect(productPresenceNumber(a)).toBeHidden();

  await b.goto(path);
  await expect(productPresenceNumber(a)).toHaveText("2");
  // The invisible shopper is connected and in the room: they see A and B, just as A does.
  await expect(productPresenceNumber(invisible)).toHaveText("2");

  await b.close();
  // Were the invisible shopper counted, A would still see 2 here.
  await expect(productPresenceNumber(a)).toBeHidden({ timeout: 10_000 });
  await expect(productPresenceNumber(invisible)).toBeHidden();
});

test("an unpaid order leaves no trace in the shop feed; once paid, the purchase shows live", async ({
  browser,
  baseURL,
}) => {
  const title = "Morning Ember";
  const a = await newShopper(browser, baseURL);
  const b = await newShopper(browser, baseURL);

  await a.goto("/");
  await waitForShopReady(a);
  await markDocument(a);
  await expect(a.getByRole("heading", { name: "Happening in the shop" })).toBeVisible();
  await expect(feedEntries(a, "bought", title)).toHaveCount(0);

  await b.goto("/products/morning-ember");
  // A's live connection is up once it counts B in the shop.
  await expect(storePresenceNumber(a)).toHaveText("2");
  await addToCart(b, title, 1);
  const orderUrl = await checkOut(b);

  // Placed and unpaid (pay on delivery): nothing public yet, live or on a fresh page.
  const fresh = await newShopper(browser, baseURL);
  await fresh.goto("/");
  await waitForShopReady(fresh);
  await expect(fresh.getByRole("heading", { name: "Happening in the shop" })).toBeVisible();
  await expect(feedEntries(fresh, "bought", title)).toHaveCount(0);
  await expect(feedEntries(a, "bought", title)).toHaveCount(0);

  // The owner records the payment: now it counts, and the feed says so.
  const owner = await browser.newContext({ baseURL, storageState: await signInThroughApi(baseURL!, "owner") });
  const admin = await owner.newPage();
  await admin.goto(`/admin/orders/${new URL(orderUrl).pathname.split("/").pop()}`);
  await admin.getByRole("form", { name: "Mark paid" }).getByRole("button", { name: "Mark paid" }).click();
  await expect(admin.getByText("Payment recorded.")).toBeVisible();
  await owner.close();

  await expect(feedEntries(a, "bought", title)).toHaveText([/^A shopper bought Morning Ember/]);
  await expect(feedEntries(a, "bought", title).getByRole("link", { name: title })).toHaveAttribute(
    "href",
    "/products/morning-ember",
  );
  await expectSameDocument(a);
});
