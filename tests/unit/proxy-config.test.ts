import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { SHOPPER_COOKIE } from "@/lib/shoppers/shopper-cookie";

describe("proxy matcher", () => {
  it("skips visitors who already carry the shopper cookie (the literal must match the cookie's name)", () => {
    expect(config.matcher[0]?.missing).toEqual([{ type: "cookie", key: SHOPPER_COOKIE }]);
  });
});
