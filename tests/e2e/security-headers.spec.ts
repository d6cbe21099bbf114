import { test as base, expect, type APIResponse, type Page } from "@playwright/test";
import { waitForShopReady } from "../e2e-support/shop";
import { staffFixtures, type StaffFixtures, type StaffWorkerFixtures } from "../e2e-support/staff";

const test = base.extend<StaffFixtures, StaffWorkerFixtures>(staffFixtures);

function expectPolicyHeaders(response: APIResponse | null, what: string): void {
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "connect-src 'self'",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).toMatch(/script-src 'self'( |;|$)/);
  expect(csp, `${what}: no script from elsewhere`).not.toMatch(/script-src[^;]*(https?:|\*|'unsafe-eval')/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
}

const SHOP_PAGES = [
  "/",
  "/products/kenya-nyeri-aa",
  "/categories/brewing-gear",
  "/search?q=kenya",
  "/cart",
  "/checkout",
  "/sign-in",
  "/moderation-policy",
  "/no-such-page",
];

test("every page type, cached or not, carries the security headers", async ({ request, hostPage, ownerPage }) => {
  for (const path of SHOP_PAGES) expectPolicyHeaders(await request.get(path), path);
  for (const path of ["/api/health", "/api/shopper", "/api/cart"]) expectPolicyHeaders(await request.get(path), path);
  expectPolicyHeaders(await hostPage.request.get("/host"), "/host");
  for (const path of ["/admin", "/admin/products", "/admin/staff", "/admin/settings"]) {
    expectPolicyHeaders(await ownerPage.request.get(path), path);
  }
});

test("a cached product page never sets a cookie; the identity comes from a response nobody caches", async ({
  playwright,
  baseURL,
}) => {
  const fresh = await playwright.request.newContext({ baseURL });
  try {
    // Twice: the first render and the cached copy.
    for (let i = 0; i < 2; i++) {
      const page = await fresh.get("/products/ethiopia-guji-hambela");
      expect(page.status()).toBe(200);
      expect(page.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
      expect(page.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
    }
    const identity = await fresh.get("/api/shopper");
    expect(identity.status()).toBe(200);
    expect(identity.headers()["set-cookie"]).toMatch(/^ok_shopper=.*HttpOnly/i);
    expect(identity.headers()["cache-control"]).toMatch(/no-store/);
    expect(identity.headers()["cache-control"]).not.toMatch(/public|s-maxage/);
  } finally {
    await fresh.dispose();
  }
});

/** Collects CSP violations the page reports, from the console and from securitypolicyviolation events. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  return async () => [
    ...seen,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test("the shop runs under its CSP without a single violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/", "/products/kenya-nyeri-aa", "/categories/brewing-gear", "/search?q=kenya", "/cart"]) {
    await page.goto(path);
    await waitForShopReady(page);
    // The live layer is up once the viewer has loaded; opening the privacy panel loads its lazy chunk too.
    const privacy = page.getByTestId("privacy-controls");
    await expect(privacy.locator("summary")).toHaveText(/^You appear as \w/);
    await privacy.locator("summary").click();
    await expect(privacy.getByRole("textbox", { name: "Alias" })).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  await page.goto("/products/kenya-nyeri-aa");
  await waitForShopReady(page);
  await page.getByLabel("Quantity").fill("1");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/^Added\./)).toBeVisible();
  await page.goto("/checkout");
  await waitForShopReady(page);
  expect(await violations(), "after an action").toEqual([]);
});

test("the host console and the admin run under the CSP without a violation", async ({ hostPage, ownerPage }) => {
  const hostViolations = await watchViolations(hostPage);
  await hostPage.goto("/host");
  await expect(hostPage.getByRole("status").filter({ hasText: "● Live" })).toBeVisible();
  expect(await hostViolations(), "/host").toEqual([]);

  const ownerViolations = await watchViolations(ownerPage);
  for (const path of ["/admin", "/admin/products", "/admin/products/new", "/admin/settings", "/admin/staff"]) {
    await ownerPage.goto(path);
    await expect(ownerPage.getByRole("main")).toBeVisible();
    expect(await ownerViolations(), path).toEqual([]);
  }
});

test("no page of the shop can be framed, not even by a page of the same site", async ({ page, baseURL }) => {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(message.text()));
  await page.setContent(`<iframe src="${baseURL}/sign-in" title="framed"></iframe>`);
  await expect.poll(() => messages.join("\n")).toMatch(/frame-ancestors 'none'/);
});
