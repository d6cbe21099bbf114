import { describe, expect, it } from "vitest";
import { ZAdvanceOrder, ZOrderLookup, ZOrderSettingsInput, ZOrderWatch } from "@/lib/platform/contracts/orders";
import { LEGAL_MOVES, assertLegalMove } from "@/lib/domains/orders/order-transitions";

const ORDER = "0b7c6a4e-4f2f-4d7b-9f0e-3c1a2b4d5e6f";
const KEY = "8d3e2f1a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";

describe("order contracts", () => {
  it("accepts only real IANA time zones, a named Preparing step and a sensible unpaid-stock bound", () => {
    const bound = { unpaidUnitsPerOrder: "5", unpaidUnitsPerSource: "20" };
    expect(
      ZOrderSettingsInput.safeParse({ preparingLabel: "Roasting your beans", timezone: "America/New_York", ...bound })
        .success,
    ).toBe(true);
    const bad = ZOrderSettingsInput.safeParse({ preparingLabel: " ", timezone: "Mars/Olympus", ...bound });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "Name the Preparing step",
      "Unknown time zone: use an IANA name such as Europe/Lisbon",
    ]);
    expect(ZOrderSettingsInput.safeParse({ preparingLabel: "x", timezone: "UTC", ...bound, extra: 1 }).success).toBe(
      false,
    );
    const units = (perOrder: string, perSource: string) =>
      ZOrderSettingsInput.safeParse({
        preparingLabel: "x",
        timezone: "UTC",
        unpaidUnitsPerOrder: perOrder,
        unpaidUnitsPerSource: perSource,
      }).error?.issues.map((i) => i.message);
    expect(units("0", "20")).toEqual(["At least 1"]);
    expect(units("five", "20")).toEqual(["Enter a number of units"]);
    expect(units("8", "4")).toEqual(["At least as many as one order may hold"]);
    expect(units("8", "8")).toBeUndefined();
  });

  it("reads an order number with or without #, and an email however it was typed", () => {
    expect(ZOrderLookup.parse({ number: " #1042 ", email: " Ada@Example.TEST " })).toEqual({
      number: 1042,
      email: "ada@example.test",
    });
    expect(ZOrderLookup.safeParse({ number: "10a2", email: "ada@example.test" }).success).toBe(false);
    expect(ZOrderLookup.safeParse({ number: "1042", email: "not-an-email" }).success).toBe(false);
  });

  it("turns empty optional fields into nulls and refuses tracking links that are not web addresses", () => {
    const base = { orderId: ORDER, to: "SHIPPED", expectedStatus: "PREPARING", idempotencyKey: KEY };
    expect(ZAdvanceOrder.parse({ ...base, carrier: " ", trackingNumber: "", trackingUrl: "" })).toMatchObject({
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
      note: "",
    });
    expect(ZAdvanceOrder.safeParse({ ...base, trackingUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(ZAdvanceOrder.safeParse({ ...base, to: "CANCELLED" }).success).toBe(false);
    expect(ZAdvanceOrder.safeParse({ ...base, note: "x".repeat(501) }).success).toBe(false);
  });

  it("refuses control characters in what staff type for the buyer, and keeps line breaks in notes", () => {
    const base = { orderId: ORDER, to: "SHIPPED", expectedStatus: "PREPARING", idempotencyKey: KEY };
    expect(ZAdvanceOrder.safeParse({ ...base, note: "Roasted\u0000 today" }).success).toBe(false);
    expect(ZAdvanceOrder.safeParse({ ...base, carrier: "CTT\u001b[31m" }).success).toBe(false);
    expect(ZAdvanceOrder.safeParse({ ...base, trackingNumber: "RR\u0007123" }).success).toBe(false);
    expect(ZAdvanceOrder.parse({ ...base, note: "Roasted today.\nBatch 42." }).note).toBe("Roasted today.\nBatch 42.");
    expect(ZOrderSettingsInput.safeParse({ preparingLabel: "Roasting\u0000", timezone: "UTC" }).success).toBe(false);
  });

  it("watches an order with an optional key and nothing else", () => {
    expect(ZOrderWatch.safeParse({ orderId: ORDER, key: "abc_DEF-123" }).success).toBe(true);
    expect(ZOrderWatch.safeParse({ orderId: ORDER, key: "a b" }).success).toBe(false);
    expect(ZOrderWatch.safeParse({ orderId: ORDER, shopperId: ORDER }).success).toBe(false);
  });
});

describe("order transitions", () => {
  it("only ever moves forward, and never cancels what has shipped", () => {
    expect(LEGAL_MOVES).toEqual({
      PLACED: ["PREPARING", "CANCELLED"],
      PREPARING: ["SHIPPED", "CANCELLED"],
      SHIPPED: ["DELIVERED"],
      DELIVERED: [],
      CANCELLED: [],
    });
    expect(() => assertLegalMove("PLACED", "SHIPPED")).toThrow(
      "A placed order cannot be moved to shipped. It can go to preparing next.",
    );
    expect(() => assertLegalMove("SHIPPED", "CANCELLED")).toThrow(
      "A shipped order cannot be cancelled: only orders not yet shipped can.",
    );
    expect(() => assertLegalMove("DELIVERED", "SHIPPED")).toThrow(
      "A delivered order cannot be moved to shipped. It is final.",
    );
  });
});
