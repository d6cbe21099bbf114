import fs from "node:fs";
import http from "node:http";
import { test as base, expect } from "@playwright/test";
import { addToCart, cartLink, fillCheckout, waitForHydration, waitForShopReady } from "../e2e-support/shop";
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
  await expect(page.getByTestId("privacy-controls").locator("summary")).toHaveText(/^You appear as \w/);
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

/** A raw request, for what a browser or Playwright's client would not send as is; null when no answer came. */
function rawRequest(
  baseURL: string,
  options: { method: string; path: string; headers?: Record<string, string | number>; body?: Buffer },
): Promise<{ status: number; body: string } | null> {
  const url = new URL(options.path, baseURL);
  return new Promise((resolve) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The shop must answer from the headers alone; a server that waits for the rest of the body never does.
    req.setTimeout(10_000, () => {
      req.destroy();
      resolve(null);
    });
    req.on("error", () => resolve(null));
    if (options.body) req.write(options.body);
    // Sent as announced, except that the announced 50 MB never all arrive.
    if (
      !options.headers?.["content-length"] ||
      Number(options.headers["content-length"]) <= (options.body?.length ?? 0)
    )
      req.end();
  });
}

test("malformed addresses answer 400 with a sentence, not a 500", async ({ request }) => {
  const search = await request.get("/search?q=%00");
  expect(search.status()).toBe(400);
  expect(await search.text()).toMatch(/control characters/);

  const traversal = await request.get("/uploads/..%c0%af..%c0%afetc%c0%afpasswd");
  expect(traversal.status()).toBe(400);
  expect(await traversal.text()).toMatch(/malformed/);
});

test("a 50 MB server-action body is refused with 413 before it is read; a body of unknown length with 411", async ({
  baseURL,
}) => {
  const action = { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" };
  const huge = await rawRequest(baseURL!, {
    method: "POST",
    path: "/products/kenya-nyeri-aa",
    headers: { ...action, "content-length": 50 * 1024 * 1024 },
    body: Buffer.alloc(64 * 1024),
  });
  expect(huge?.status).toBe(413);
  expect(huge?.body).toMatch(/too large: the shop accepts at most 6 MB/);

  const streamed = await rawRequest(baseURL!, {
    method: "POST",
    path: "/products/kenya-nyeri-aa",
    headers: { ...action, "transfer-encoding": "chunked" },
    body: Buffer.from("4\r\nabcd\r\n"),
  });
  expect(streamed?.status).toBe(411);
});

test("a NUL byte in a checkout field or a question gets a message naming the problem, and nothing is stored", async ({
  page,
}) => {
  await page.goto("/products/colombia-huila-el-mirador");
  await addToCart(page, "Colombia Finca El Mirador", 1);
  await page.goto("/checkout");
  await waitForShopReady(page);
  await fillCheckout(page);
  await page.getByLabel("Full name").fill("Ada\u0000 Lovelace");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText(/remove the invisible control characters/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);

  await page.goto("/products/colombia-huila-el-mirador");
  await waitForShopReady(page);
  const form = page.getByRole("form", { name: "Ask a question" });
  await form.getByLabel("Your question").fill("Is this\u0000 a washed coffee?");
  await form.getByRole("button", { name: "Post question" }).click();
  await expect(form.getByText(/control characters/)).toBeVisible();
  await expect(form.getByText(/went wrong/)).toHaveCount(0);
});

test("a signed-in host on an owner page gets a 403 status, not a 200 with a notice", async ({ hostPage }) => {
  const response = await hostPage.goto("/admin/staff");
  expect(response?.status()).toBe(403);
  await expect(hostPage.getByText("403 · Forbidden")).toBeVisible();
});
