// With PUBLIC_ORIGIN on https every cookie the shop sets is Secure, and sign-in answers are never cached.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { shopperCookieOptions } from "@/lib/domains/shoppers/shopper-cookie";
import { CLIENT_ADDRESS_HEADER } from "@/lib/platform/http/client-address";
import { secureCookies } from "@/lib/platform/http/runtime-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ORIGIN = "https://shop.example.test";
const PASSWORD = "the-right-password";
let t: TestDatabase;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET = "https-cookie-test-secret-https-cookie-test";
  process.env.PUBLIC_ORIGIN = ORIGIN;
  const route = await import("@/app/api/auth/[...all]/route");
  handle = route.POST;
});
afterAll(async () => t.drop());

const call = (path: string, method: string, body?: unknown, cookie?: string) =>
  handle(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method,
      headers: {
        origin: ORIGIN,
        "content-type": "application/json",
        [CLIENT_ADDRESS_HEADER]: "192.0.2.44",
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );

describe("cookies and caching under https", () => {
  it("sets only Secure cookies on sign-in, and no answer of /api/auth may be stored", async () => {
    const email = `staff-${randomBytes(4).toString("hex")}@staff.test`;
    await createStaffAccount(t.db, { email, name: "Sara Secure", role: "host", password: PASSWORD });

    const signedIn = await call("/sign-in/email", "POST", { email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    const cookies = signedIn.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookies.some((c) => c.startsWith("__Secure-better-auth.session_token="))).toBe(true);

    const cookie = cookies.map((c) => c.split(";")[0]).join("; ");
    const wrong = await call("/sign-in/email", "POST", { email, password: "wrong-password" });
    expect(wrong.headers.get("cache-control")).toBe("no-store");
    const signedOut = await call("/sign-out", "POST", {}, cookie);
    expect(signedOut.headers.get("cache-control")).toBe("no-store");
    for (const c of signedOut.headers.getSetCookie()) expect(c).toMatch(/;\s*Secure/i);
  });

  it("marks the shopper cookie Secure too", () => {
    expect(secureCookies()).toBe(true);
    expect(shopperCookieOptions(secureCookies()).secure).toBe(true);
    process.env.PUBLIC_ORIGIN = "http://localhost:3000";
    try {
      expect(shopperCookieOptions(secureCookies()).secure).toBe(false);
    } finally {
      process.env.PUBLIC_ORIGIN = ORIGIN;
    }
  });
});
