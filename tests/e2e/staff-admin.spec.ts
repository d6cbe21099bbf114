import fs from "node:fs";
import { test as base, expect } from "@playwright/test";
import { DEMO_STAFF, staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { expectNotFoundPage, waitForHydration } from "../e2e-support/shop";

// ownerPage / hostPage: signed in through better-auth's API (tests/e2e-support/staff.ts), not the form.
const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

/** A valid 8×8 orange RGBA PNG: uploads are checked by their magic bytes, so it has to be a real image. */
const PNG_8X8 = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAEklEQVR4nGM4UaHxHx9mGBkKAEIJmcHZIRmGAAAAAElFTkSuQmCC";

test("staff sign in through the form and land on their console", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  await waitForHydration(page);

  await page.getByLabel("Email").fill(DEMO_STAFF.owner.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Password").fill(DEMO_STAFF.owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Store admin" })).toBeVisible();
  await expect(page.getByText(DEMO_STAFF.owner.name)).toBeVisible();
});

test("an owner's new product with an uploaded image goes live, and unpublishing takes it down", async ({
  ownerPage,
  page: shopper,
}, testInfo) => {
  const product = {
    title: "Lantern Test Blend",
    slug: "lantern-test-blend",
    price: "12.50",
    shownPrice: "€12.50",
    alt: "An orange test square standing in for a coffee bag",
  };
  const imagePath = testInfo.outputPath("lantern.png");
  fs.writeFileSync(imagePath, Buffer.from(PNG_8X8, "base64"));

  await ownerPage.goto("/admin/products/new");
  await expect(ownerPage.getByRole("heading", { level: 1, name: "New product" })).toBeVisible();
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Title").fill(product.title);
  await ownerPage.getByLabel("Description").fill("A blend that exists only while the tests run.");
  await ownerPage.getByLabel("Story").fill("Roasted by a robot, tasted by nobody.");
  await ownerPage.getByLabel(/^Price/).fill(product.price);
  await ownerPage.getByLabel("Stock").fill("7");
  await ownerPage.getByLabel("Category").selectOption({ label: "Blends" });
  await expect(ownerPage.getByLabel("Published (visible in the shop)")).toBeChecked();
  await ownerPage.getByLabel("Image 1", { exact: true }).setInputFiles(imagePath);
  await ownerPage.getByLabel("Alt text for image 1").fill(product.alt);
  await ownerPage.getByRole("button", { name: "Create product" }).click();

  await expect(ownerPage).toHaveURL(/\/admin\/products\/[^/]+\?saved=created$/);
  await expect(ownerPage.getByText(`Created “${product.title}”.`)).toBeVisible();
  await expect(ownerPage.getByRole("link", { name: "View in shop" })).toHaveAttribute(
    "href",
    `/products/${product.slug}`,
  );

  // The storefront, as a shopper with no session, shows it with its title, price and the uploaded image.
  await shopper.goto(`/products/${product.slug}`);
  await expect(shopper.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
  await expect(shopper.getByRole("main").getByText(product.shownPrice)).toBeVisible();
  await expect(shopper.getByText("In stock")).toBeVisible();
  const image = shopper.getByRole("img", { name: product.alt });
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty("naturalWidth", 8);
  await expect(image).toHaveAttribute("src", /^\/uploads\/[0-9a-f]{32}\.png$/);

  await ownerPage.goto("/admin/products");
  await waitForHydration(ownerPage);
  const row = ownerPage.getByRole("row").filter({ hasText: product.title });
  await expect(row).toContainText("Published");
  await row.getByRole("button", { name: `Unpublish ${product.title}` }).click();
  await expect(row.getByText("Unpublished.")).toBeVisible();
  await expect(row).toContainText("Hidden");

  const response = await shopper.goto(`/products/${product.slug}`);
  expect(response?.status()).toBe(404);
  await expectNotFoundPage(shopper);
});

test("a shopper without a session is sent to sign in from the admin and the host console", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();

  await page.goto("/host");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fhost$/);
  await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
});

test("a host is refused the admin but has the host console", async ({ hostPage }) => {
  await hostPage.goto("/admin");
  await expect(hostPage.getByText("403 · Forbidden")).toBeVisible();
  await expect(hostPage.getByRole("heading", { level: 1, name: "You don’t have access to this page" })).toBeVisible();
  await expect(hostPage.getByRole("heading", { name: "Store admin" })).toHaveCount(0);

  await hostPage.goto("/host");
  await expect(hostPage).toHaveTitle(/Host console/);
  await expect(hostPage.getByRole("heading", { level: 1, name: "Host console" })).toBeAttached();
  await expect(hostPage.getByRole("banner")).toContainText(`Signed in as ${DEMO_STAFF.host.name} (host)`);
  await expect(hostPage.getByText("403 · Forbidden")).toHaveCount(0);
});
