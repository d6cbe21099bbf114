import { describe, expect, it } from "vitest";
import { newShopperId, signShopperId, verifyShopperCookie } from "@/lib/domains/shoppers/shopper-cookie";

const SECRET = "a-test-secret-that-is-long-enough-000";

describe("shopper cookie", () => {
  it("round-trips a signed shopper id", () => {
    const id = newShopperId();
    expect(verifyShopperCookie(signShopperId(id, SECRET), SECRET)).toBe(id);
  });

  it("rejects a cookie whose id was swapped for another shopper's", () => {
    const mine = signShopperId(newShopperId(), SECRET);
    const other = newShopperId();
    const forged = `${other}.${mine.split(".")[1]}`;
    expect(verifyShopperCookie(forged, SECRET)).toBeNull();
  });

  it("rejects a cookie signed with another secret, garbage, and nothing", () => {
    const id = newShopperId();
    expect(verifyShopperCookie(signShopperId(id, "another-secret-another-secret-00"), SECRET)).toBeNull();
    expect(verifyShopperCookie("not-a-cookie", SECRET)).toBeNull();
    expect(verifyShopperCookie(`${id}.`, SECRET)).toBeNull();
    expect(verifyShopperCookie(undefined, SECRET)).toBeNull();
  });
});
