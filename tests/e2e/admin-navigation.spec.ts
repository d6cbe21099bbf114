import { test as base, expect } from "@playwright/test";
import { createFreshProduct } from "../e2e-support/database";
import { newShopper } from "../e2e-support/live";
import { addToCart, checkOut, SAMPLE_SHOPPER } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

// Issue 20 §4: the admin header had no way to the host console or the shop, and an order in /admin/orders
// opened only from its number.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

test.afterEach(async ({ browser }) => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

test("an owner goes from the admin to the host console and the shop, and sees where they are", async ({
  ownerPage,
}) => {
  await ownerPage.goto("/admin/products");
  const nav = ownerPage.getByRole("banner").getByRole("navigation", { name: "Staff sections" });
  await expect(nav.getByRole("link", { name: "Products" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Orders" })).not.toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Host console" }).click();
  await expect(ownerPage).toHaveURL(/\/host$/);
  await expect(ownerPage.getByRole("heading", { name: "Host console" })).toBeAttached();
  const hostNav = ownerPage.getByRole("banner").getByRole("navigation", { name: "Staff sections" });
  await expect(hostNav.getByRole("link", { name: "Host console" })).toHaveAttribute("aria-current", "page");
  // The title leads back to the owner's start page.
  await expect(ownerPage.getByRole("banner").getByRole("link", { name: "Open Kitchen · Host" })).toHaveAttribute(
    "href",
    "/admin",
  );

  await hostNav.getByRole("link", { name: "Shop", exact: true }).click();
  await expect(ownerPage).toHaveURL(/\/$/);
  await expect(ownerPage.getByRole("navigation", { name: "Categories" })).toBeVisible();
});

test("a host's header offers their console, the orders and the shop, and nothing of the owner's", async ({
  hostPage,
}) => {
  await hostPage.goto("/admin/orders");
  const nav = hostPage.getByRole("banner").getByRole("navigation", { name: "Staff sections" });
  await expect(nav.getByRole("link")).toHaveText(["Orders", "Host console", "Shop"]);
  await expect(hostPage.getByRole("banner").getByRole("link", { name: "Open Kitchen · Admin" })).toHaveAttribute(
    "href",
    "/host",
  );
});

for (const screen of [
  { name: "table", viewport: { width: 1280, height: 900 } },
  { name: "cards", viewport: { width: 390, height: 844 } },
]) {
  test(`an order opens from anywhere on its row (${screen.name}), which holds one link and nothing else to press`, async ({
    browser,
    baseURL,
    ownerPage,
  }) => {
    const title = `Row Roast ${Date.now().toString(36)}`;
    const product = await createFreshProduct(title);
    const buyer = await newShopper(browser, baseURL);
    await buyer.goto(`/products/${product.slug}`);
    await addToCart(buyer, title, 1);
    const email = `rows.${Date.now().toString(36)}@example.test`;
    const orderUrl = await checkOut(buyer, { ...SAMPLE_SHOPPER, email });
    const orderId = new URL(orderUrl).pathname.split("/").pop();

    await ownerPage.setViewportSize(screen.viewport);
    await ownerPage.goto(`/admin/orders?q=${encodeURIComponent(email)}`);
    const row =
      screen.name === "table"
        ? ownerPage.getByRole("row").filter({ hasText: email })
        : ownerPage
            .getByRole("list", { name: "Orders, newest first" })
            .getByRole("listitem")
            .filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link")).toHaveCount(1);
    await expect(row.getByRole("button")).toHaveCount(0);

    // A press on the buyer's email, far from the order number, opens the order: the link lies over the row.
    const [rowBox, emailBox] = [await row.boundingBox(), await row.getByText(email).boundingBox()];
    expect(rowBox && emailBox, "both have boxes").toBeTruthy();
    await row.click({
      position: { x: emailBox!.x - rowBox!.x + emailBox!.width / 2, y: emailBox!.y - rowBox!.y + emailBox!.height / 2 },
    });
    await expect(ownerPage).toHaveURL(new RegExp(`/admin/orders/${orderId}$`));
  });
}
