import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STAFF } from "@/lib/domains/demo/seed-demo-store";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { demoStaffWithDocumentedPasswords } from "@/lib/domains/demo/demo-passwords";
import { setStaffPassword } from "@/lib/domains/staff/set-staff-password";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { exitWithin, spawnShop } from "../support/shop-process";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  for (const staff of DEMO_STAFF) await createStaffAccount(t.db, staff);
});
afterAll(async () => {
  await t.drop();
});

/** Runs the real server entry until it exits (killed after a minute) and returns what it logged. */
async function startShop(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const shop = spawnShop({ env });
  const code = await exitWithin(shop.child, 60_000);
  return { code, output: shop.output() };
}

describe("demo staff passwords", () => {
  it("refuses to start on a production database while a demo account has its documented password", async () => {
    const { code, output } = await startShop({
      NODE_ENV: "production",
      DATABASE_URL: t.url,
      AUTH_SECRET: "demo-password-test-secret-demo-password-test",
      PORT: "0",
      SEED_DEMO: "never",
      LOG_LEVEL: "info",
    });
    expect(code).toBe(1);
    expect(output).toContain("owner@demo.openkitchen.test");
    expect(output).toContain("npm run staff -- password --email owner@demo.openkitchen.test");
    expect(output).toMatch(/Refusing to start/);
  }, 90_000);

  it("finds only active demo accounts that still have the documented password", async () => {
    expect(await demoStaffWithDocumentedPasswords(t.db)).toEqual(DEMO_STAFF.map((s) => s.email).sort());
    await setStaffPassword(t.db, { email: DEMO_STAFF[0]!.email, password: "a-new-private-password" });
    await t.db.user.update({ where: { email: DEMO_STAFF[1]!.email }, data: { active: false } });
    expect(await demoStaffWithDocumentedPasswords(t.db)).toEqual([]);
  });
});
