import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { createFreshProduct, createStaffRow, sql } from "../e2e-support/database";
import { waitForHydration } from "../e2e-support/shop";

// The shop under test trusts one proxy hop (playwright.config.ts): a request's X-Forwarded-For ends with
// the address "the proxy" saw, and anything left of it is what the client claims.

test("the sign-in form pauses an account after 5 wrong passwords, and the right one waits too", async ({ page }) => {
  const email = `paused-${randomUUID().slice(0, 8)}@staff.test`;
  const password = "a-long-right-password";
  await createStaffRow(email, "Paula Paused", password, "host");

  await page.goto("/sign-in");
  await waitForHydration(page);
  // Each try waits for the action's answer: the message can read the same as the one before.
  const submit = async (secret: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(secret);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/sign-in"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
  };
  // The form's message (Next's route announcer is an alert too).
  const message = page.getByRole("alert").filter({ hasText: /Wrong|Too many/ });
  for (let i = 1; i <= 5; i++) {
    await submit(`wrong-password-${i}`);
    await expect(message).toHaveText("Wrong email or password.");
  }
  await submit("wrong-password-6");
  await expect(message).toHaveText(/^Too many sign-in attempts\. Please wait \d+ (s|min)\b/);

  await submit(password);
  await expect(message).toHaveText(/^Too many sign-in attempts/);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("/api/auth counts the address the proxy saw, whatever X-Forwarded-For claims, and never locks the account", async ({
  request,
  baseURL,
}) => {
  const email = `api-${randomUUID().slice(0, 8)}@staff.test`;
  await createStaffRow(email, "Ada Api", "a-long-right-password", "host");
  const origin = new URL(baseURL!).origin;
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const response = await request.post("/api/auth/sign-in/email", {
      headers: { origin, "x-forwarded-for": `10.0.${i}.1, 203.0.113.200` },
      data: { email, password: `wrong-password-${i}` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  // The guessing address stays paused, even with the right password…
  const fromGuesser = await request.post("/api/auth/sign-in/email", {
    headers: { origin, "x-forwarded-for": "10.9.9.9, 203.0.113.200" },
    data: { email, password: "a-long-right-password" },
  });
  expect(fromGuesser.status()).toBe(429);
  expect((await fromGuesser.json()).message).toMatch(/Too many sign-in attempts/);
  // …but a stranger cannot lock the account: from an address that has not failed, the right password works.
  const right = await request.post("/api/auth/sign-in/email", {
    headers: { origin, "x-forwarded-for": "203.0.113.201" },
    data: { email, password: "a-long-right-password" },
  });
  expect(right.status()).toBe(200);
  expect(right.headers()["cache-control"]).toBe("no-store");
});

test("/api/auth exposes only what the shop uses: update-user is not there", async ({ request, baseURL }) => {
  const email = `profile-${randomUUID().slice(0, 8)}@staff.test`;
  await createStaffRow(email, "Pia Profile", "a-long-right-password", "host");
  const origin = new URL(baseURL!).origin;
  const signedIn = await request.post("/api/auth/sign-in/email", {
    headers: { origin },
    data: { email, password: "a-long-right-password" },
  });
  expect(signedIn.ok()).toBe(true);
  const update = await request.post("/api/auth/update-user", {
    headers: { origin },
    data: { name: "x".repeat(100_000), image: "https://tracker.example/pixel.gif" },
  });
  expect(update.status()).toBe(404);
});

test("500 shoppers behind one address (an office, a carrier's NAT) all browse and add to cart", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const product = await createFreshProduct(`Office Blend ${randomUUID().slice(0, 8)}`);
  const path = `/products/${product.slug}`;
  const address = `198.51.100.${10 + Math.floor(Math.random() * 200)}`;
  // One real add to cart in a browser, recorded, so every other identity sends exactly what a page sends.
  await page.goto(path);
  await waitForHydration(page);
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Add to cart" }).click();
  const recorded = await posted;
  const actionHeaders = Object.fromEntries(
    Object.entries(await recorded.allHeaders()).filter(([name]) => name !== "cookie" && name !== "content-length"),
  );
  const body = recorded.postDataBuffer()!;

  const shopAs = async (i: number) => {
    // A fresh identity each time: no cookie until the shop hands one out.
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
    try {
      const viewer = await context.get("/api/shopper");
      const browsed = await context.get(path);
      const added = await context.post(path, { headers: actionHeaders, data: body });
      const text = await added.text();
      return {
        i,
        viewer: viewer.status(),
        browsed: browsed.status(),
        added: added.status(),
        ok: text.includes("Added."),
      };
    } finally {
      await context.dispose();
    }
  };
  const results = [];
  for (let batch = 0; batch < 50; batch++) {
    results.push(...(await Promise.all(Array.from({ length: 10 }, (_, k) => shopAs(batch * 10 + k)))));
  }
  const failed = results.filter((r) => r.viewer !== 200 || r.browsed !== 200 || r.added !== 200 || !r.ok);
  expect(failed).toEqual([]);
  const [row] = await sql<{ carts: number }>(
    `SELECT count(DISTINCT c.id)::int AS carts FROM "CartItem" ci JOIN "Cart" c ON c.id = ci."cartId" WHERE ci."productId" = $1`,
    [product.id],
  );
  expect(row!.carts).toBe(501);
});
