import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZCheckout } from "@/lib/platform/contracts/checkout";
import { ZShopperAlias } from "@/lib/platform/contracts/presence";
import { containsName, foldName, usesReservedWord } from "@/lib/platform/contracts/public-name";
import { ZQaAsk } from "@/lib/platform/contracts/qa";
import { ZSearchQuery } from "@/lib/platform/contracts/search";
import { checkoutInput } from "../factories/shoppers";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues[0]!.message;

describe("public names", () => {
  it("reserves words that read as the shop's own people, however they are written", () => {
    for (const name of ["Tomás Reyes (HOST)", "shop staff", "The Owner", "ADMIN", "H0ST", "Moderator Mia", "s.h.o.p"]) {
      expect(usesReservedWord(name), name).toBe(name !== "s.h.o.p");
    }
    for (const name of ["Hostile Otter", "Shopaholic", "Calm Heron", "Tomás Reyes"]) {
      expect(usesReservedWord(name), name).toBe(false);
    }
  });

  it("recognises a staff member's full name inside another name", () => {
    expect(foldName("  Tomás   REYES!! ")).toBe("tomas reyes");
    expect(containsName("tomas reyes fan club", "Tomás Reyes")).toBe(true);
    expect(containsName("Tomás", "Tomás Reyes")).toBe(false);
    expect(containsName("Tomasreyes", "Tomás Reyes")).toBe(false);
  });

  it("refuses a reserved alias with a message the shopper can act on", () => {
    expect(firstMessage(ZShopperAlias.safeParse("Friendly Host"))).toMatch(/kept for the shop's own people/);
    expect(ZShopperAlias.safeParse("Friendly Heron").success).toBe(true);
  });
});

describe("control characters in text people type", () => {
  const ask = (overrides: Record<string, unknown>) =>
    ZQaAsk.safeParse({ productId: randomUUID(), body: "Is it fresh?", idempotencyKey: randomUUID(), ...overrides });

  it("refuses NUL and other control characters with a message, keeping line breaks in long text", () => {
    expect(firstMessage(ask({ body: "Is it\u0000 fresh?" }))).toMatch(/control characters/);
    expect(firstMessage(ask({ displayName: "Ada\u001b[31m" }))).toMatch(/control characters/);
    expect(ask({ body: "Two questions:\n1. Is it fresh?\n\t2. Is it decaf?" }).success).toBe(true);
    expect(firstMessage(ZCheckout.safeParse(checkoutInput({ customerName: "Ada\u0000" })))).toMatch(
      /control characters/,
    );
    expect(firstMessage(ZCheckout.safeParse(checkoutInput({ city: "Lis\nbon" })))).toMatch(/control characters/);
    expect(firstMessage(ZSearchQuery.safeParse({ q: "\u0000" }))).toMatch(/control characters/);
    expect(ZSearchQuery.safeParse({ q: "ethiopia natural" }).success).toBe(true);
  });
});
