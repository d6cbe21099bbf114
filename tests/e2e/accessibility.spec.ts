import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

// WCAG 2.2 AA rules axe can check automatically, on the pages every shopper, host and owner passes through.
const SHOPPER_PAGES = [
  "/",
  "/products/kenya-nyeri-aa",
  "/categories/brewing-gear",
  "/search?q=kenya",
  "/cart",
  "/checkout",
  "/sign-in",
  "/moderation-policy",
  "/orders",
];

// The phone project (playwright.config.ts) scans only the pages whose layout changes at phone width, to keep
// its run short: tests for these carry the tag it selects.
const PHONE = new Set(["/", "/products/kenya-nyeri-aa", "/cart", "/checkout", "/admin/products", "/admin/orders"]);
const phoneTag = (path: string) => ({ tag: PHONE.has(path) ? ["@phone"] : [] });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const path of SHOPPER_PAGES) {
  test(`${path} has no automatically detectable WCAG 2.2 AA violations`, phoneTag(path), async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test(
  "the host console has no automatically detectable WCAG 2.2 AA violations",
  { tag: "@phone" },
  async ({ hostPage }) => {
    await hostPage.goto("/host");
    await expect(hostPage.getByRole("heading", { name: "Host console" })).toBeAttached();
    expect(await violations(hostPage)).toEqual([]);
  },
);

// One test per admin page: an axe run takes seconds on a loaded machine, and they add up.
for (const path of [
  "/admin/products",
  "/admin/products/new",
  "/admin/settings",
  "/admin/staff",
  "/admin/outbox",
  "/admin/kitchen",
  "/admin/orders",
]) {
  test(`${path} has no automatically detectable WCAG 2.2 AA violations`, phoneTag(path), async ({ ownerPage }) => {
    await ownerPage.goto(path);
    await expect(ownerPage.getByRole("main")).toBeVisible();
    expect(await violations(ownerPage), path).toEqual([]);
  });
}
