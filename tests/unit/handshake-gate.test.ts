import { describe, expect, it } from "vitest";
import { HandshakeGate, rawCredential } from "@/lib/runtime/realtime/handshake-gate";

describe("HandshakeGate", () => {
  it("admits a burst per address, then refills at the sustained rate; other addresses are unaffected", () => {
    let now = 1_000_000;
    const gate = new HandshakeGate({ perSecond: 2, burst: 3, coolDownMs: 1_000 }, () => now);
    expect([1, 2, 3, 4].map(() => gate.admit("203.0.113.7"))).toEqual([true, true, true, false]);
    expect(gate.admit("198.51.100.1")).toBe(true);
    now += 500; // one token back
    expect(gate.admit("203.0.113.7")).toBe(true);
    expect(gate.admit("203.0.113.7")).toBe(false);
  });

  it("refuses a credential that cooled down until its time is up", () => {
    let now = 0;
    const gate = new HandshakeGate({ perSecond: 1, burst: 1, coolDownMs: 5_000 }, () => now);
    gate.coolDown("signed.cookie");
    expect(gate.isCoolingDown("signed.cookie")).toBe(true);
    expect(gate.isCoolingDown("another.cookie")).toBe(false);
    now += 5_000;
    expect(gate.isCoolingDown("signed.cookie")).toBe(false);
    expect(gate.isCoolingDown("")).toBe(false);
  });

  it("takes the shopper cookie's value as the credential, or the whole header without one", () => {
    expect(rawCredential("a=1; ok_shopper=abc.def; b=2", "ok_shopper")).toBe("abc.def");
    expect(rawCredential("better-auth.session_token=xyz", "ok_shopper")).toBe("better-auth.session_token=xyz");
    expect(rawCredential(undefined, "ok_shopper")).toBe("");
  });
});
