import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth } from "@/lib/domains/auth/auth";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { CLIENT_ADDRESS_HEADER } from "@/lib/platform/http/client-address";
import {
  createSignInLimiter,
  DEFAULT_SIGN_IN_LIMITS,
  type SignInVerdict,
} from "@/lib/platform/rate-limit/sign-in-limiter";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// /api/auth as Next serves it: the route module's handlers, with real better-auth on a real database.
// The address header is what server.ts sets from the TCP peer (or the trusted proxy hop); a client's own
// X-Forwarded-For must change nothing.
const ORIGIN = "http://shop.test";
const SECRET = "sign-in-test-secret-sign-in-test-secret";
const PASSWORD = "the-right-password";
// Each attempt hashes a password (scrypt, deliberately slow): generous on a busy machine.
const SLOW = { timeout: 180_000 };

let t: TestDatabase;
let POST: (request: Request) => Promise<Response>;

async function staffAccount(): Promise<string> {
  const email = `staff-${randomBytes(4).toString("hex")}@staff.test`;
  await createStaffAccount(t.db, { email, name: "Ines Example", role: "host", password: PASSWORD });
  return email;
}

function authRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "192.0.2.10", ...headers },
    body: JSON.stringify(body),
  });
}

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  POST(authRequest("/sign-in/email", { email, password }, headers));

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET = SECRET;
  process.env.PUBLIC_ORIGIN = ORIGIN;
  ({ POST } = await import("@/app/api/auth/[...all]/route"));
});
afterAll(async () => {
  await t.drop();
});

describe("staff sign-in under guessing", () => {
  it(
    "pauses an account after 5 wrong passwords, even for the right one and whatever X-Forwarded-For says",
    SLOW,
    async () => {
      const email = await staffAccount();
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const response = await signIn(email, `wrong-password-${i}`, { "x-forwarded-for": `10.0.${i}.1` });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);

      const right = await signIn(email, PASSWORD, { "x-forwarded-for": "10.9.9.9" });
      expect(right.status).toBe(429);
      expect(((await right.json()) as { message: string }).message).toMatch(/Too many sign-in attempts\. Please wait/);
      expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(right.headers.getSetCookie()).toEqual([]);
    },
  );

  it("pauses an address that guesses across many accounts", SLOW, async () => {
    const from = { [CLIENT_ADDRESS_HEADER]: "192.0.2.77" };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await signIn(`nobody-${i}@staff.test`, "wrong-password", from)).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // The same account from another address still signs in: only the guessing address waits.
    const email = await staffAccount();
    expect((await signIn(email, PASSWORD, { [CLIENT_ADDRESS_HEADER]: "192.0.2.78" })).status).toBe(200);
  });

  it("starts an account's count over after a right password", SLOW, async () => {
    const email = await staffAccount();
    for (let i = 0; i < 4; i++) expect((await signIn(email, "wrong-password")).status).toBe(401);
    expect((await signIn(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(email, "wrong-password")).status).toBe(401);
    expect((await signIn(email, PASSWORD)).status).toBe(200);
  });
});

describe("nobody can lock the owner out", () => {
  it("50 wrong tries from one address do not stop the owner signing in from another", SLOW, async () => {
    const email = await staffAccount();
    const attacker = { [CLIENT_ADDRESS_HEADER]: "198.51.100.66" };
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await signIn(email, `guess-${i}`, attacker)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // The attacker's address stays paused, even when it guesses right…
    expect((await signIn(email, PASSWORD, attacker)).status).toBe(429);
    // …and the owner, from an address that has not failed, is let in.
    const owner = await signIn(email, PASSWORD, { [CLIENT_ADDRESS_HEADER]: "203.0.113.5" });
    expect(owner.status).toBe(200);
    expect(owner.headers.get("cache-control")).toBe("no-store");
  });

  it("throttles an attacker who rotates addresses, and only slows the owner", SLOW, async () => {
    const pool = new pg.Pool({ connectionString: t.url, max: 2 });
    const slowDownMs = 1_234;
    const limiter = createSignInLimiter(pool, {
      ...DEFAULT_SIGN_IN_LIMITS,
      perAccount: { attempts: 10, windowSeconds: 3600, slowDownMs },
    });
    const email = `rotated-${randomBytes(4).toString("hex")}@staff.test`;
    try {
      const verdicts: { address: number; verdict: SignInVerdict }[] = [];
      // 40 addresses, two guesses each (the limiter counts attempts before any password is checked).
      for (let a = 0; a < 40; a++) {
        for (let k = 0; k < 2; k++)
          verdicts.push({ address: a, verdict: await limiter.attempt(email, `10.66.${a}.1`) });
      }
      const allowed = verdicts.filter((v) => v.verdict.allowed);
      // 10 guesses before the account is under attack, then one slowed guess per new address.
      expect(allowed).toHaveLength(10 + 35);
      expect(allowed.slice(0, 10).every((v) => v.verdict.allowed && v.verdict.delayMs === 0)).toBe(true);
      expect(allowed.slice(10).every((v) => v.verdict.allowed && v.verdict.delayMs === slowDownMs)).toBe(true);
      const secondTriesLate = verdicts.filter((v, i) => v.address >= 5 && i % 2 === 1);
      expect(secondTriesLate.every((v) => !v.verdict.allowed)).toBe(true);
      // The owner, from an address that never failed, is slowed like everyone, never refused.
      expect(await limiter.attempt(email, "203.0.113.77")).toEqual({ allowed: true, delayMs: slowDownMs });
    } finally {
      await pool.end();
    }
  });
});

describe("the auth endpoints the shop exposes", () => {
  it("answers 404 for update-user and keeps the profile as it was", async () => {
    const email = await staffAccount();
    const session = await signIn(email, PASSWORD);
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const response = await POST(
      authRequest(
        "/update-user",
        { name: "x".repeat(1_000_000), image: "https://tracker.example/pixel.gif" },
        { cookie },
      ),
    );
    expect(response.status).toBe(404);
    const user = await t.db.user.findUniqueOrThrow({ where: { email }, select: { name: true, image: true } });
    expect(user).toEqual({ name: "Ines Example", image: null });
  });

  it("refuses an overlong name or a foreign avatar even from server code", async () => {
    const email = await staffAccount();
    const session = await auth().api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
    const headers = new Headers({
      cookie: session.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    });
    await expect(auth().api.updateUser({ body: { name: "x".repeat(100_000) }, headers })).rejects.toThrow(/name/);
    await expect(
      auth().api.updateUser({ body: { image: "https://tracker.example/pixel.gif" }, headers }),
    ).rejects.toThrow(/uploaded to this shop/);
    await auth().api.updateUser({ body: { image: `/uploads/${"a".repeat(32)}.png` }, headers });
    const user = await t.db.user.findUniqueOrThrow({ where: { email }, select: { name: true, image: true } });
    expect(user).toEqual({ name: "Ines Example", image: `/uploads/${"a".repeat(32)}.png` });
  });
});
