import { describe, expect, it } from "vitest";
import { ZLiveSettingsInput } from "@/lib/platform/contracts/settings";

describe("open kitchen settings", () => {
  it("accepts a threshold, known kinds and a retention of a week or more", () => {
    expect(
      ZLiveSettingsInput.parse({
        presenceThreshold: "3",
        broadcastKinds: ["purchase", "purchase"],
        retentionDays: "30",
        blockedWords: "Spam\n\n  scam \nspam",
        blockLinks: true,
      }),
    ).toEqual({
      presenceThreshold: 3,
      broadcastKinds: ["purchase"],
      retentionDays: 30,
      blockedWords: ["spam", "scam"],
      blockLinks: true,
    });
  });

  it("refuses unknown kinds, a zero threshold, short retention and extra fields", () => {
    const base = { presenceThreshold: 2, broadcastKinds: [], retentionDays: 90, blockedWords: "", blockLinks: false };
    expect(ZLiveSettingsInput.safeParse({ ...base, broadcastKinds: ["fake_urgency"] }).success).toBe(false);
    expect(ZLiveSettingsInput.safeParse({ ...base, presenceThreshold: 0 }).success).toBe(false);
    expect(ZLiveSettingsInput.safeParse({ ...base, retentionDays: 3 }).success).toBe(false);
    expect(ZLiveSettingsInput.safeParse({ ...base, inflateBy: 10 }).success).toBe(false);
  });
});
