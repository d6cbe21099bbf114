import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { createStaffRow } from "../e2e-support/database";
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

test("/api/auth counts the address the proxy saw and the account, whatever X-Forwarded-For claims", async ({
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
  const right = await request.post("/api/auth/sign-in/email", {
    headers: { origin, "x-forwarded-for": "203.0.113.201" },
    data: { email, password: "a-long-right-password" },
  });
  expect(right.status()).toBe(429);
  expect((await right.json()).message).toMatch(/Too many sign-in attempts/);
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

test("new anonymous identities are limited per address; other addresses are unaffected", async ({
  playwright,
  baseURL,
}) => {
  const address = `198.51.100.${10 + Math.floor(Math.random() * 200)}`;
  const fresh = () => playwright.request.newContext({ baseURL });
  const ask = async (forwardedFor: string) => {
    const context = await fresh();
    try {
      const response = await context.get("/api/shopper", { headers: { "x-forwarded-for": forwardedFor } });
      return { status: response.status(), body: await response.text() };
    } finally {
      await context.dispose();
    }
  };
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await ask(address)).status);
  expect(statuses.every((s) => s === 200)).toBe(true);

  const refused = await ask(`10.1.2.3, ${address}`);
  expect(refused.status).toBe(429);
  expect(JSON.parse(refused.body).error).toMatch(/new visitors came from your network/);
  expect((await ask(`198.51.100.9, 203.0.113.${Math.floor(Math.random() * 250)}`)).status).toBe(200);
});
