import { test as base, expect } from "@playwright/test";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";
import { addToCart, checkOut } from "../e2e-support/shop";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

// The e2e shop runs without SMTP_URL (playwright.config.ts): no email may be promised anywhere.
const PRODUCT = { path: "/products/ash-glaze-cup", title: "Ash-Glaze Cup 180 ml" };

test("without SMTP_URL the order page promises no email, and the owner's outbox says mail is off", async ({
  page,
  ownerPage,
}) => {
  await page.goto(PRODUCT.path);
  await addToCart(page, PRODUCT.title, 1);
  await checkOut(page);
  await expect(page.getByText("Placed on")).toBeVisible();
  await expect(page.getByText(/confirmation/i)).toHaveCount(0);
  await expect(page.getByText(/email/i)).toHaveCount(0);

  await ownerPage.goto("/admin");
  await ownerPage
    .getByRole("link", { name: /Email outbox/ })
    .first()
    .click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Email outbox" })).toBeVisible();
  await expect(ownerPage.getByText("Email is not configured")).toBeVisible();
  await expect(ownerPage.getByRole("link", { name: "All (0)" })).toBeVisible();
  await expect(ownerPage.getByText("No email here yet.")).toBeVisible();
});

test("a host is refused the outbox", async ({ hostPage }) => {
  await hostPage.goto("/admin/outbox");
  await expect(hostPage.getByText("403 · Forbidden")).toBeVisible();
  await expect(hostPage.getByRole("heading", { name: "Email outbox" })).toHaveCount(0);
});
