import fs from "node:fs";
import { test as base, expect } from "@playwright/test";
import { addToCart, cartLink, waitForHydration } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

test("a tampered shopper cookie is replaced by a fresh identity and the shop keeps working", async ({
  page,
  context,
  baseURL,
}) => {
  const url = new URL(baseURL!);
  await context.addCookies([
    { name: "ok_shopper", value: "00000000-0000-4000-8000-000000000000.forged", domain: url.hostname, path: "/" },
  ]);
  await page.goto("/products/kenya-nyeri-aa");
  // The privacy panel's identity request repairs the cookie; the alias shows once it has.
  await expect(page.getByTestId("privacy-controls")).toContainText("You appear as");
  const cookie = (await context.cookies()).find((c) => c.name === "ok_shopper");
  expect(cookie?.value).not.toContain("forged");
  expect(cookie?.httpOnly).toBe(true);

  await addToCart(page, "Kenya Nyeri AA", 1);
  await expect(cartLink(page, 1)).toBeVisible();
});

test("an upload that is not an image is refused with a message and nothing is stored", async ({
  ownerPage,
}, testInfo) => {
  const title = `Disguised script ${testInfo.workerIndex}-${Date.now()}`;
  const fake = testInfo.outputPath("innocent.png");
  fs.writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

  await ownerPage.goto("/admin/products/new");
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Title").fill(title);
  await ownerPage.getByLabel("Description").fill("Should never be stored.");
  await ownerPage.getByLabel(/^Price/).fill("9.00");
  await ownerPage.getByLabel("Stock").fill("1");
  await ownerPage.getByLabel("Category").selectOption({ label: "Blends" });
  await ownerPage.getByLabel("Image 1", { exact: true }).setInputFiles(fake);
  await ownerPage.getByRole("button", { name: "Create product" }).click();

  await expect(ownerPage.getByText(/PNG, JPEG, WebP or GIF/i).first()).toBeVisible();
  // Typed input survives the refusal; nothing reached the catalog.
  await expect(ownerPage.getByLabel("Title")).toHaveValue(title);
  await ownerPage.goto("/admin/products");
  await expect(ownerPage.getByRole("row").filter({ hasText: title })).toHaveCount(0);
});
