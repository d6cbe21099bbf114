// After a restart, the first edit of a product whose page an earlier process had cached is what the very
// next request shows: the cached page on disk is expired like any other, not served with the old price.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "../../lib/platform/db-setup/free-port";
import { startShopInstance, type ShopInstance } from "../../scripts/cluster/shop-instance";
import { signInThroughApi } from "../e2e-support/staff";

const SLUG = "walnut-serving-tray";
const TITLE = "Walnut Serving Tray";
let dataDir: string;
let shop: ShopInstance | undefined;

test.afterAll(async () => {
  await shop?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function productPage(base: string) {
  const response = await fetch(`${base}/products/${SLUG}`);
  return { cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

test("a page cached before a restart shows the owner's first edit after it on the very next request", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  // Its own shop and embedded Postgres (the suite's server is not restarted); the build is the suite's.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-e2e-restart-"));
  const port = await findFreePort();
  const env = { DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn" };
  shop = await startShopInstance("before", port, env, { quiet: true });
  await productPage(shop.url);
  await expect.poll(async () => (await productPage(shop!.url)).cache).toBe("HIT");
  await shop.stop();

  shop = await startShopInstance("after", port, env, { quiet: true });
  // The first request after the restart is served from the earlier process's cache.
  expect((await productPage(shop.url)).html).not.toContain("€44.20");

  const owner = await browser.newContext({
    baseURL: shop.url,
    storageState: await signInThroughApi(shop.url, "owner"),
  });
  const page = await owner.newPage();
  await page.goto("/admin/products");
  await page.getByRole("link", { name: `Edit ${TITLE}` }).click();
  await expect(page.getByLabel(/^Price/)).toBeEditable();
  await page.waitForLoadState("networkidle");
  await page.getByLabel(/^Price/).fill("44.20");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.locator("#product-form-status")).toHaveText(`Saved “${TITLE}”.`);
  await owner.close();

  for (let i = 0; i < 3; i++) expect((await productPage(shop.url)).html).toContain("€44.20");
});
