import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZQaReply } from "@/lib/platform/contracts/qa";
import { latestSeq, newerSeq, seqAfter } from "@/components/live/connection/sequence";
import { newIdempotencyKey } from "@/components/live/connection/idempotency-key";
import { backoffDelay } from "@/lib/platform/backoff";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("sequence comparison", () => {
  it("compares as numbers, not text", () => {
    expect(seqAfter("10", "9")).toBe(true);
    expect(seqAfter("9", "10")).toBe(false);
    expect(seqAfter("10", "10")).toBe(false);
    expect(newerSeq("9", "10")).toBe("10");
    expect(newerSeq("10", "9")).toBe("10");
  });

  it("keeps precision past 2^53, where Number would call two ids equal", () => {
    expect(seqAfter("9007199254740993", "9007199254740992")).toBe(true);
    expect(newerSeq("9007199254740992", "9007199254740993")).toBe("9007199254740993");
    expect(latestSeq(["9223372036854775806", "9223372036854775807", "12"])).toBe("9223372036854775807");
  });

  it("starts from 0 when there is nothing", () => {
    expect(latestSeq([])).toBe("0");
  });
});

describe("idempotency keys", () => {
  it("uses randomUUID where the browser has it (secure contexts)", () => {
    const key = newIdempotencyKey(webcrypto);
    expect(key).toMatch(UUID_V4);
  });

  it("falls back to getRandomValues where randomUUID is missing (plain http on a LAN address)", () => {
    const insecure = { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) };
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey(insecure)));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(UUID_V4);
    // The server's contract accepts it as a key.
    const [key] = keys;
    const reply = { questionId: webcrypto.randomUUID(), body: "Yes, it does.", idempotencyKey: key };
    expect(ZQaReply.safeParse(reply).success).toBe(true);
  });

  it("sets the version and variant bits whatever the random bytes are", () => {
    for (const fill of [0x00, 0xff]) {
      const fixed = {
        getRandomValues: <T extends ArrayBufferView | null>(a: T) => (new Uint8Array(a!.buffer).fill(fill), a),
      };
      expect(newIdempotencyKey(fixed)).toMatch(UUID_V4);
    }
  });
});

describe("reconnect backoff", () => {
  const options = { baseMs: 500, maxMs: 30_000, jitter: "upper-half" as const };

  it("doubles from the base and stays under the cap, with jitter in the upper half", () => {
    expect(backoffDelay(0, options, () => 0)).toBe(250);
    expect(backoffDelay(0, options, () => 1)).toBe(500);
    expect(backoffDelay(3, options, () => 1)).toBe(4000);
    expect(backoffDelay(3, options, () => 0)).toBe(2000);
    for (const attempt of [10, 50, 5000]) {
      expect(backoffDelay(attempt, options, () => 1)).toBe(30_000);
      expect(backoffDelay(attempt, options, () => 0)).toBe(15_000);
    }
  });

  it("spreads tabs that retry together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, options)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
