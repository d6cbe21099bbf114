import { test as base, expect, type Page } from "@playwright/test";
import { canSignIn, currentImageUrls, openProductEditor, testPng, uploadExists } from "../e2e-support/admin";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { waitForHydration } from "../e2e-support/shop";

// Every admin form edits data that already exists (the seeded demo store), not only creates it.
// Products and the category used here are ones no other spec reads; settings are put back at the end.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

async function saveProduct(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.locator("#product-form-status")).toHaveText(`Saved “${title}”.`);
}

test("price and stock of a seeded product change without a new image, and the shop shows the new price", async ({
  ownerPage,
  page: shopper,
}) => {
  const title = "Walnut Serving Tray";
  await openProductEditor(ownerPage, title);
  const imagesBefore = await currentImageUrls(ownerPage);
  expect(imagesBefore).toHaveLength(1);

  await ownerPage.getByLabel(/^Price/).fill("41.50");
  await ownerPage.getByLabel("Stock").fill("3");
  await saveProduct(ownerPage, title);

  await ownerPage.reload();
  await expect(ownerPage.getByLabel(/^Price/)).toHaveValue("41.50");
  await expect(ownerPage.getByLabel("Stock")).toHaveValue("3");
  expect(await currentImageUrls(ownerPage)).toEqual(imagesBefore);

  await shopper.goto("/products/walnut-serving-tray");
  await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(shopper.getByRole("main").getByText("€41.50").first()).toBeVisible();
});

test("bad input on a product edit is refused and what was stored stays", async ({ ownerPage }) => {
  const title = "Gift Card €25";
  await openProductEditor(ownerPage, title);
  const storedPrice = await ownerPage.getByLabel(/^Price/).inputValue();

  await ownerPage.getByLabel(/^Price/).fill("twelve");
  await ownerPage.getByLabel("Stock").fill("-4");
  await ownerPage.getByRole("button", { name: "Save product" }).click();
  await expect(ownerPage.getByText("Enter a price like 12.50")).toBeVisible();
  await expect(ownerPage.getByText("Stock cannot be negative")).toBeVisible();
  // What was typed is kept for correcting; nothing was stored.
  await expect(ownerPage.getByLabel(/^Price/)).toHaveValue("twelve");

  await ownerPage.reload();
  await expect(ownerPage.getByLabel(/^Price/)).toHaveValue(storedPrice);
  await expect(ownerPage.getByLabel("Stock")).not.toHaveValue("-4");
});

test("an image is replaced in place, then removed, and its files leave the upload folder", async ({
  ownerPage,
  page: shopper,
}, testInfo) => {
  const title = "Glass Server 600 ml";
  await openProductEditor(ownerPage, title);
  expect(await currentImageUrls(ownerPage)).toHaveLength(1);

  // Replace the seeded art with an upload: still one image, now ours.
  await ownerPage.getByLabel("Replace image 1").setInputFiles(testPng(testInfo, "orange"));
  await ownerPage.getByLabel("Alt text for image 1").fill("An orange square in place of the glass server");
  await saveProduct(ownerPage, title);
  await ownerPage.reload();
  const [first] = await currentImageUrls(ownerPage);
  expect(await currentImageUrls(ownerPage)).toHaveLength(1);
  expect(first).toMatch(/^\/uploads\/[0-9a-f]{32}\.png$/);
  expect(uploadExists(first!)).toBe(true);

  // Replace the upload: still one image, and the old file is gone from disk.
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Replace image 1").setInputFiles(testPng(testInfo, "blue"));
  await saveProduct(ownerPage, title);
  await ownerPage.reload();
  const [second] = await currentImageUrls(ownerPage);
  expect(await currentImageUrls(ownerPage)).toHaveLength(1);
  expect(second).not.toBe(first);
  expect(uploadExists(first!)).toBe(false);
  expect(uploadExists(second!)).toBe(true);

  await shopper.goto("/products/glass-server-600");
  const shown = shopper.getByRole("img", { name: "An orange square in place of the glass server" });
  await expect(shown).toHaveAttribute("src", second!);
  await expect(shown).toHaveJSProperty("naturalWidth", 12);

  // Remove it: no image left, file deleted.
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Remove image 1").check();
  await saveProduct(ownerPage, title);
  await ownerPage.reload();
  expect(await currentImageUrls(ownerPage)).toEqual([]);
  expect(uploadExists(second!)).toBe(false);
});

test("a seeded image is removed without adding anything", async ({ ownerPage, page: shopper }) => {
  const title = "Enamel Camp Mug";
  await openProductEditor(ownerPage, title);
  expect(await currentImageUrls(ownerPage)).toHaveLength(1);
  await ownerPage.getByLabel("Remove image 1").check();
  await saveProduct(ownerPage, title);
  await ownerPage.reload();
  expect(await currentImageUrls(ownerPage)).toEqual([]);

  await shopper.goto("/products/enamel-camp-mug");
  await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(shopper.getByRole("main").locator("img[src^='/images/products/enamel-camp-mug']")).toHaveCount(0);
});

test("a renamed category shows in the shop; an empty name is refused and the stored name stays", async ({
  ownerPage,
  page: shopper,
}) => {
  await ownerPage.goto("/admin/categories");
  await waitForHydration(ownerPage);
  const row = ownerPage.getByRole("listitem").filter({ hasText: "/cups-and-servers" });

  await row.getByLabel("Name").fill("");
  await row.getByRole("button", { name: "Save Cups & servers" }).click();
  await expect(row.getByText("Name is required")).toBeVisible();
  await ownerPage.reload();
  await expect(row.getByLabel("Name")).toHaveValue("Cups & servers");

  await waitForHydration(ownerPage);
  await row.getByLabel("Name").fill("Cups, mugs & servers");
  await row.getByRole("button", { name: "Save Cups & servers" }).click();
  await expect(row.getByText("Saved.")).toBeVisible();
  await ownerPage.reload();
  await expect(row.getByLabel("Name")).toHaveValue("Cups, mugs & servers");

  await shopper.goto("/categories/cups-and-servers");
  await expect(shopper.getByRole("heading", { level: 1, name: "Cups, mugs & servers" })).toBeVisible();
});

test("a deactivated staff member can no longer sign in", async ({ ownerPage, baseURL }) => {
  const person = { name: "Iris Vos", email: `iris.${Date.now()}@demo.openkitchen.test`, password: "iris-host-pass" };
  await ownerPage.goto("/admin/staff");
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Name").fill(person.name);
  await ownerPage.getByLabel("Email").fill(person.email);
  await ownerPage.getByLabel("Initial password").fill(person.password);
  await ownerPage.getByRole("button", { name: "Add staff member" }).click();
  await expect(ownerPage.getByText(`Added ${person.name} as host.`)).toBeVisible();
  expect(await canSignIn(baseURL!, person.email, person.password)).toBe(true);

  const row = ownerPage.getByRole("row").filter({ hasText: person.email });
  ownerPage.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByText(`${person.name} is deactivated and signed out.`)).toBeVisible();
  await ownerPage.reload();
  await expect(ownerPage.getByRole("row").filter({ hasText: person.email })).toContainText("Deactivated");
  expect(await canSignIn(baseURL!, person.email, person.password)).toBe(false);
});

test("both settings forms save with and without changes and read back after reload", async ({ ownerPage }) => {
  await ownerPage.goto("/admin/settings");
  await waitForHydration(ownerPage);
  const store = ownerPage.locator("form").filter({ has: ownerPage.getByLabel("Store name") });
  const live = ownerPage.locator("form").filter({ has: ownerPage.getByLabel("Blocked words, one per line") });
  const response = store.getByLabel("Promised response time (minutes)");
  const retention = live.getByLabel("Keep activity events for (days)");
  const words = live.getByLabel("Blocked words, one per line");
  const feedKind = live.getByLabel("Purchases");
  const original = { response: await response.inputValue(), retention: await retention.inputValue() };

  // Unchanged saves succeed.
  await store.getByRole("button", { name: "Save settings" }).click();
  await expect(store.getByText("Settings saved.")).toBeVisible();
  await live.getByRole("button", { name: "Save open kitchen settings" }).click();
  await expect(live.getByText("Open kitchen settings saved.")).toBeVisible();

  // Bad input is refused and the stored value stays.
  await retention.fill("3");
  await live.getByRole("button", { name: "Save open kitchen settings" }).click();
  await expect(live.getByText("Keep events at least 7 days")).toBeVisible();
  await ownerPage.reload();
  await expect(retention).toHaveValue(original.retention);

  // Changes are stored and read back.
  await waitForHydration(ownerPage);
  await response.fill("25");
  await store.getByRole("button", { name: "Save settings" }).click();
  await expect(store.getByText("Settings saved.")).toBeVisible();
  await retention.fill("120");
  await words.fill("instant\nCHICORY");
  await feedKind.uncheck();
  await live.getByRole("button", { name: "Save open kitchen settings" }).click();
  await expect(live.getByText("Open kitchen settings saved.")).toBeVisible();
  await ownerPage.reload();
  await expect(response).toHaveValue("25");
  await expect(retention).toHaveValue("120");
  await expect(words).toHaveValue("instant\nchicory");
  await expect(feedKind).not.toBeChecked();

  // Put everything back for the specs that follow.
  await waitForHydration(ownerPage);
  await response.fill(original.response);
  await store.getByRole("button", { name: "Save settings" }).click();
  await expect(store.getByText("Settings saved.")).toBeVisible();
  await retention.fill(original.retention);
  await words.fill("");
  await feedKind.check();
  await live.getByRole("button", { name: "Save open kitchen settings" }).click();
  await expect(live.getByText("Open kitchen settings saved.")).toBeVisible();
  await ownerPage.reload();
  await expect(words).toHaveValue("");
  await expect(feedKind).toBeChecked();
});

test("the owner sees and changes the bound on stock held by unpaid orders", async ({ ownerPage }) => {
  await ownerPage.goto("/admin/settings");
  await waitForHydration(ownerPage);
  const orders = ownerPage.getByRole("form", { name: "Order settings" });
  const perOrder = orders.getByLabel("Most units of one product in one unpaid order");
  const perSource = orders.getByLabel(/^Most units of one product held by all open unpaid orders/);
  await expect(perOrder).toHaveValue("5");
  await expect(perSource).toHaveValue("20");

  // Refused when it makes no sense; what was stored stays.
  await perSource.fill("2");
  await orders.getByRole("button", { name: "Save order settings" }).click();
  await expect(orders.getByText("At least as many as one order may hold")).toBeVisible();

  await perOrder.fill("7");
  await perSource.fill("30");
  await orders.getByRole("button", { name: "Save order settings" }).click();
  await expect(orders.getByText("Order settings saved.")).toBeVisible();
  await ownerPage.reload();
  await expect(perOrder).toHaveValue("7");
  await expect(perSource).toHaveValue("30");

  // Put the shop's rule back for the other specs.
  await waitForHydration(ownerPage);
  await perOrder.fill("5");
  await perSource.fill("20");
  await orders.getByRole("button", { name: "Save order settings" }).click();
  await expect(orders.getByText("Order settings saved.")).toBeVisible();
});
