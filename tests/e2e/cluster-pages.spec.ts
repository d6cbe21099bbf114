// Two production instances behind nginx sharing Postgres and Redis: an owner's edit through
// instance A is what instance B (and, after its short cache window, nginx) serve next.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { expect, test } from "@playwright/test";
import { parseServerEnv } from "../../lib/platform/env";
import { startShopCluster, type ShopCluster } from "../../scripts/cluster/start-cluster";
import { signInThroughApi } from "../e2e-support/staff";
import { addToCart, checkOut } from "../e2e-support/shop";

let cluster: ShopCluster;
let dataDir: string;
let A: string;
let B: string;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-e2e-cluster-"));
  // Its own embedded Postgres, Redis and nginx: nothing shared with the suite's single server.
  cluster = await startShopCluster({
    instances: 2,
    env: parseServerEnv({ DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production" }),
    log: pino({ level: "warn" }),
    quiet: true,
  });
  [A, B] = cluster.instances.map((i) => i.url) as [string, string];
});

test.afterAll(async () => {
  await cluster?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A shopper's identity, as the browser gets it from GET /api/shopper. */
async function shopperCookie(): Promise<string> {
  const response = await fetch(`${cluster.url}/api/shopper`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  expect(cookie).toMatch(/^ok_shopper=/);
  return cookie;
}

async function productPage(base: string, slug: string, cookie: string): Promise<{ html: string; status: number }> {
  const response = await fetch(`${base}/products/${slug}`, { headers: { cookie } });
  return { html: await response.text(), status: response.status };
}

test("a price change and an unpublish through instance A are what instance B serves next, and nginx soon after", async ({
  browser,
}) => {
  const cookie = await shopperCookie();

  const owner = await browser.newContext({ baseURL: A, storageState: await signInThroughApi(A, "owner") });
  const page = await owner.newPage();
  await page.goto("/admin/products");
  const editLink = page.getByRole("link", { name: /^Edit / }).first();
  const title = (await editLink.getAttribute("aria-label"))!.replace(/^Edit /, "");
  await editLink.click();
  const slug = (await page.getByRole("link", { name: "View in shop" }).getAttribute("href"))!.split("/").pop()!;

  // B has the page cached (from Redis, rendered by whichever instance came first), and so has nginx.
  for (const base of [B, B, cluster.url, cluster.url]) expect((await productPage(base, slug, cookie)).status).toBe(200);
  expect((await productPage(B, slug, cookie)).html).not.toContain("€98.76");

  await page.getByLabel(/^Price/).fill("98.76");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText(/^Saved “/)).toBeVisible();
  // The very next request to B: the tag expired in Redis before A's action answered.
  expect((await productPage(B, slug, cookie)).html).toContain("€98.76");
  await expect
    .poll(async () => (await productPage(cluster.url, slug, cookie)).html, { timeout: 10_000 })
    .toContain("€98.76");

  await page.goto("/admin/products");
  const row = page.getByRole("row").filter({ hasText: title });
  await row.getByRole("button", { name: `Unpublish ${title}` }).click();
  await expect(row.getByText("Unpublished.")).toBeVisible();
  expect((await productPage(B, slug, cookie)).status).toBe(404);
  await expect.poll(async () => (await productPage(cluster.url, slug, cookie)).status, { timeout: 10_000 }).toBe(404);
  await owner.close();
});

test("a product bought out through instance A shows sold out on instance B at the next request", async ({
  browser,
}) => {
  const cookie = await shopperCookie();
  const owner = await browser.newContext({ baseURL: A, storageState: await signInThroughApi(A, "owner") });
  const admin = await owner.newPage();
  await admin.goto("/admin/products");
  const editLink = admin.getByRole("link", { name: /^Edit / }).nth(1);
  const title = (await editLink.getAttribute("aria-label"))!.replace(/^Edit /, "");
  await editLink.click();
  const slug = (await admin.getByRole("link", { name: "View in shop" }).getAttribute("href"))!.split("/").pop()!;
  await admin.getByLabel(/^Stock/).fill("2");
  await admin.getByRole("button", { name: "Save product" }).click();
  await expect(admin.getByText(/^Saved “/)).toBeVisible();
  await owner.close();
  expect((await productPage(B, slug, cookie)).html).toContain("Only 2 left");

  const shopper = await browser.newContext({ baseURL: A });
  const page = await shopper.newPage();
  await page.goto(`/products/${slug}`);
  await addToCart(page, title, 2);
  await checkOut(page);
  await shopper.close();
  expect((await productPage(B, slug, cookie)).html).toContain("Sold out");
});

test("nginx serves cached product HTML, never a cookie with it and never to staff, and gzips it", async () => {
  const cookie = await shopperCookie();
  const home = await (await fetch(`${cluster.url}/`, { headers: { cookie } })).text();
  const slug = /href="\/products\/([^"/]+)"/.exec(home)![1]!;
  const statuses: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await fetch(`${cluster.url}/products/${slug}`, { headers: { cookie, "accept-encoding": "gzip" } });
    statuses.push(r.headers.get("x-cache-status") ?? "");
    expect(r.headers.get("content-encoding")).toBe("gzip");
  }
  expect(statuses.filter((s) => ["HIT", "STALE", "UPDATING"].includes(s)).length).toBeGreaterThan(0);
  // A new visitor (another Accept-Encoding, no cookie) may get the cached page: it carries nobody's identity.
  const visitor = await fetch(`${cluster.url}/products/${slug}`, { headers: { "accept-encoding": "identity" } });
  expect(["HIT", "STALE", "UPDATING"]).toContain(visitor.headers.get("x-cache-status"));
  expect(visitor.headers.get("set-cookie")).toBeNull();
  // Staff are never served from the cache.
  const staff = await fetch(`${cluster.url}/products/${slug}`, {
    headers: { cookie: `${cookie}; better-auth.session_token=anything` },
  });
  expect(staff.headers.get("x-cache-status")).toBe("BYPASS");
  // Dynamic pages (the cart is per shopper) pass through uncached.
  const dynamicPage = await fetch(`${cluster.url}/cart`, { headers: { cookie } });
  await dynamicPage.text();
  const again = await fetch(`${cluster.url}/cart`, { headers: { cookie } });
  expect(again.headers.get("x-cache-status")).toBe("MISS");
  expect(again.headers.get("cache-control")).toContain("no-store");
});
