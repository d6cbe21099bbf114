import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { openProductEditor } from "../e2e-support/admin";
import { createFreshProduct, sql } from "../e2e-support/database";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { waitForHydration } from "../e2e-support/shop";

// Issue 20 §4: after "Save product" the "Saved" message was at the top of a long form while the owner was at
// the bottom. Now every admin form says how it went next to its submit button and moves focus there. On a
// phone, where the forms are longest.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The outcome is focused, on screen, and right under the button that was pressed (within 80 px). */
async function expectOutcomeByButton(page: Page, button: Locator, text: string): Promise<void> {
  const message = page.getByText(text, { exact: true });
  await expect(message).toBeFocused();
  await expect(message).toBeInViewport();
  await expect(button).toBeInViewport();
  const [messageBox, buttonBox] = [await message.boundingBox(), await button.boundingBox()];
  expect(messageBox && buttonBox, "both have boxes").toBeTruthy();
  const gap = messageBox!.y - (buttonBox!.y + buttonBox!.height);
  expect(gap, "space between the button and the message under it").toBeGreaterThanOrEqual(0);
  expect(gap, "space between the button and the message under it").toBeLessThanOrEqual(80);
}

test("saving a product says so by the Save button and moves focus there", async ({ ownerPage }) => {
  const title = `Outcome Roast ${Date.now().toString(36)}`;
  const product = await createFreshProduct(title);
  await openProductEditor(ownerPage, title);
  const save = ownerPage.getByRole("button", { name: "Save product" });
  await ownerPage.getByLabel("Stock").fill("9");
  await save.scrollIntoViewIfNeeded();
  await save.tap();
  await expectOutcomeByButton(ownerPage, save, `Saved “${title}”.`);

  // A refusal with no field to point at (the product was deleted meanwhile) is told in the same place.
  expect(await sql(`DELETE FROM "Product" WHERE id = $1 RETURNING id`, [product.id])).toHaveLength(1);
  await save.tap();
  const refusal = ownerPage.getByRole("alert").filter({ hasText: /no longer exists|not found/i });
  await expect(refusal).toBeFocused();
  await expect(refusal).toBeInViewport();
});

test("a new product's 'Created' message waits by the button the owner pressed", async ({ ownerPage }) => {
  const title = `Created Roast ${Date.now().toString(36)}`;
  await ownerPage.goto("/admin/products/new");
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Title").fill(title);
  await ownerPage.getByLabel("Description").fill("Made by the form-outcome test.");
  await ownerPage.getByLabel(/^Price/).fill("9.00");
  await ownerPage.getByLabel("Stock").fill("1");
  await ownerPage.getByLabel("Category").selectOption({ index: 1 });
  await ownerPage.getByLabel("Published (visible in the shop)").uncheck();
  await ownerPage.getByRole("button", { name: "Create product" }).tap();
  await expect(ownerPage).toHaveURL(/\/admin\/products\/[^/]+\?saved=created$/);
  await expectOutcomeByButton(
    ownerPage,
    ownerPage.getByRole("button", { name: "Save product" }),
    `Created “${title}”.`,
  );
});

test("each settings form answers by its own button", async ({ ownerPage }) => {
  await ownerPage.goto("/admin/settings");
  await waitForHydration(ownerPage);
  // Saved as they are: the values on the form are the stored ones.
  for (const [button, text] of [
    ["Save settings", "Settings saved."],
    ["Save order settings", "Order settings saved."],
    ["Save open kitchen settings", "Open kitchen settings saved."],
  ] as const) {
    const save = ownerPage.getByRole("button", { name: button, exact: true });
    await save.scrollIntoViewIfNeeded();
    await save.tap();
    await expectOutcomeByButton(ownerPage, save, text);
  }
});

test("a refused field still takes the focus, not the message", async ({ ownerPage }) => {
  await ownerPage.goto("/admin/categories");
  await waitForHydration(ownerPage);
  const create = ownerPage.getByRole("button", { name: "Create category" });
  await create.scrollIntoViewIfNeeded();
  await create.tap();
  const name = ownerPage.getByRole("form", { name: "New category" }).getByLabel(/^Name/);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
});
