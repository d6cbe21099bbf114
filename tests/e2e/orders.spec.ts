import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_STAFF, staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { addToCart, checkOut, expectNotFoundPage, SAMPLE_SHOPPER, waitForHydration } from "../e2e-support/shop";
import { expectSameDocument, markDocument, newShopper } from "../e2e-support/live";

// Issue 8: a buyer orders; an owner in another browser sees it arrive live, moves it through the kitchen,
// and the buyer's page follows live with the staff member's name and note; the buyer finds the order
// again from a fresh browser. Every person is their own browser context (own cookies, own socket).
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

const PRODUCT = { path: "/products/paper-filters-100", title: "Paper Filters, 100 pack" };
const OWNER = DEMO_STAFF.owner.name;
// A 1×1 PNG: the photo of the Preparing step.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

/** The order number as the buyer's page shows it ("Order #1042"). */
async function orderNumber(page: Page): Promise<string> {
  const eyebrow = await page.getByText(/^Order #\d+$/).textContent();
  return eyebrow!.replace("Order ", "");
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function timeline(page: Page) {
  return page.getByRole("list", { name: "Order timeline" });
}

async function placeOrder(page: Page, email = SAMPLE_SHOPPER.email): Promise<{ url: string; number: string }> {
  await page.goto(PRODUCT.path);
  await addToCart(page, PRODUCT.title, 1);
  const url = await checkOut(page, { ...SAMPLE_SHOPPER, email });
  return { url, number: await orderNumber(page) };
}

test("an owner moves a new order through the kitchen while the buyer watches it live, then finds it from a fresh browser", async ({
  browser,
  baseURL,
  ownerPage: owner,
}) => {
  await owner.goto("/admin/orders");
  await expect(owner.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(owner.getByText("● Live: new orders appear here")).toBeVisible();
  await markDocument(owner);
  expect(await axeViolations(owner), "the admin's order list").toEqual([]);

  const buyer = await newShopper(browser, baseURL);
  const { url, number } = await placeOrder(buyer, "ada.orders@example.test");
  await expect(buyer.getByText(/A confirmation goes to/)).toHaveCount(0); // no SMTP_URL: no claim
  await expect(timeline(buyer).getByRole("listitem")).toHaveCount(1);
  await expect(buyer.getByTestId("timeline-live")).toHaveText(/● Live/);
  await markDocument(buyer);

  // The order arrives on the owner's list without a reload, marked new.
  const row = owner.getByRole("row").filter({ has: owner.getByRole("link", { name: number, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("new");
  await expect(row).toContainText(SAMPLE_SHOPPER.name);
  await expectSameDocument(owner);

  await row.getByRole("link", { name: number, exact: true }).click();
  await expect(owner.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await waitForHydration(owner);
  const prepare = owner.getByRole("form", { name: "Start preparing" });
  await prepare.getByLabel("Note to the buyer (optional)").fill("Roasted this morning by Maya, batch 42");
  await prepare
    .getByLabel("Photo (optional)")
    .setInputFiles({ name: "batch-42.png", mimeType: "image/png", buffer: PNG });
  await prepare.getByRole("button", { name: "Move to Roasting your beans" }).click();
  await expect(owner.getByText("Done: the buyer sees this step now.")).toBeVisible();

  // The buyer's page, never reloaded, shows the step with who took it, the note and the photo.
  const preparing = timeline(buyer).getByRole("listitem").filter({ hasText: "Roasting your beans" });
  await expect(preparing).toContainText(OWNER);
  await expect(preparing).toContainText("Roasted this morning by Maya, batch 42");
  await expect(preparing.getByRole("img", { name: `Photo shared by ${OWNER}` })).toBeVisible();
  await expect(buyer.getByRole("list", { name: "Order progress" })).toContainText("Roasting your beans (current)");

  const ship = owner.getByRole("form", { name: "Ship" });
  await ship.getByLabel("Carrier (optional)").fill("CTT");
  await ship.getByLabel("Tracking number (optional)").fill("RR123456789PT");
  await ship.getByLabel("Note to the buyer (optional)").fill("On its way!");
  await ship.getByRole("button", { name: "Mark shipped" }).click();
  await expect(owner.getByRole("form", { name: "Deliver" })).toBeVisible();

  const shipped = timeline(buyer).getByRole("listitem").filter({ hasText: "Shipped" });
  await expect(shipped).toContainText("CTT · RR123456789PT");
  await expect(shipped).toContainText(OWNER);
  await expect(shipped).toContainText("On its way!");
  await expect(buyer.getByRole("list", { name: "Order progress" })).toContainText("Shipped (current)");
  await expectSameDocument(buyer);
  expect(await axeViolations(buyer), "the buyer's order page").toEqual([]);
  expect(await axeViolations(owner), "the admin's order page").toEqual([]);

  // A fresh browser: a wrong email is refused like a wrong number, then number + email open the order.
  const elsewhere = await newShopper(browser, baseURL);
  await elsewhere.goto("/orders");
  await expect(elsewhere.getByText("No orders from this browser yet.")).toBeVisible();
  await waitForHydration(elsewhere);
  const lookup = elsewhere.getByRole("form", { name: "Find an order" });
  await lookup.getByLabel("Order number").fill(number);
  await lookup.getByLabel("Email").fill("someone.else@example.test");
  await lookup.getByRole("button", { name: "Find my order" }).click();
  const refusal = "We could not find an order with that number and email. Check both against your order and try again.";
  await expect(lookup.getByRole("status")).toHaveText(refusal);
  await elsewhere.reload();
  await waitForHydration(elsewhere);
  await expect(lookup.getByRole("status")).toHaveText("");
  await lookup.getByLabel("Order number").fill("#99999999");
  await lookup.getByLabel("Email").fill("ada.orders@example.test");
  await lookup.getByRole("button", { name: "Find my order" }).click();
  await expect(lookup.getByRole("status")).toHaveText(refusal);
  await lookup.getByLabel("Order number").fill(number);
  await lookup.getByRole("button", { name: "Find my order" }).click();
  await expect(elsewhere).toHaveURL(new RegExp(`${url.replace(/^https?:\/\/[^/]+/, "")}\\?key=[A-Za-z0-9_-]+$`));
  await expect(elsewhere.getByRole("heading", { level: 1, name: `Thank you, ${SAMPLE_SHOPPER.name}` })).toBeVisible();
  await expect(timeline(elsewhere).getByRole("listitem")).toHaveCount(3);
  // The private link lets this browser follow the order live too.
  await expect(elsewhere.getByTestId("timeline-live")).toHaveText(/● Live/);
  await owner.getByRole("form", { name: "Deliver" }).getByRole("button", { name: "Mark delivered" }).click();
  await expect(timeline(elsewhere).getByRole("listitem").filter({ hasText: "Delivered" })).toContainText(OWNER);
});

test("who sees which order page: buyer, another shopper, link holder, host and owner", async ({
  browser,
  baseURL,
  ownerPage: owner,
  hostPage: host,
}) => {
  const buyer = await newShopper(browser, baseURL);
  const { url, number } = await placeOrder(buyer, "grace.orders@example.test");
  const link = await buyer.getByRole("textbox", { name: "Private link" }).inputValue();
  expect(link).toMatch(new RegExp(`^${url}\\?key=[A-Za-z0-9_-]{43}$`));
  await buyer.goto("/orders");
  await expect(buyer.getByRole("list", { name: "Your orders" })).toContainText(`Order ${number}`);

  const stranger = await newShopper(browser, baseURL);
  expect((await stranger.goto(url))?.status()).toBe(404);
  await expectNotFoundPage(stranger);
  expect((await stranger.goto(`${url}?key=${"A".repeat(43)}`))?.status()).toBe(404);
  await stranger.goto("/orders");
  await expect(stranger.getByText(`Order ${number}`)).toHaveCount(0);
  await stranger.goto("/admin/orders");
  await expect(stranger).toHaveURL(/\/sign-in\?next=%2Fadmin%2Forders$/);

  const holder = await newShopper(browser, baseURL);
  expect((await holder.goto(link))?.status()).toBe(200);
  await expect(holder.getByRole("heading", { level: 1, name: `Thank you, ${SAMPLE_SHOPPER.name}` })).toBeVisible();

  for (const staff of [host, owner]) {
    expect((await staff.goto(url))?.status()).toBe(200);
    await expect(staff.getByRole("link", { name: "Open this order in the orders screen" })).toBeVisible();
    await staff.goto("/admin/orders");
    await expect(staff.getByRole("link", { name: number, exact: true })).toBeVisible();
    await staff.getByRole("link", { name: number, exact: true }).click();
    await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
    await expect(staff.getByRole("form", { name: "Start preparing" })).toBeVisible();
  }
  // Cancelling is the owner's alone.
  await expect(host.getByText("Cancel the order…")).toHaveCount(0);
  await expect(host.getByRole("form", { name: "Cancel order" })).toHaveCount(0);
  await owner.getByText("Cancel the order…").click();
  await expect(owner.getByRole("form", { name: "Cancel order" })).toBeVisible();
});
