import { describe, expect, it } from "vitest";
import { isViewer } from "@/components/live/viewer-shape";

const viewer = {
  alias: "Calm Lynx",
  invisible: false,
  showAliasInFeed: true,
  helpsOthers: false,
  staff: null,
  feedKey: "abc",
  kitchen: "open",
  inExperiment: false,
};

describe("isViewer", () => {
  it("accepts what GET /api/shopper answers, for a shopper and for staff", () => {
    expect(isViewer(viewer)).toBe(true);
    expect(isViewer({ ...viewer, staff: { name: "Host" } })).toBe(true);
  });

  it("refuses an error body, a missing field or a wrong type", () => {
    expect(isViewer({ error: "Too many new identities" })).toBe(false);
    expect(isViewer(null)).toBe(false);
    expect(isViewer({ ...viewer, feedKey: undefined })).toBe(false);
    expect(isViewer({ ...viewer, invisible: "no" })).toBe(false);
    expect(isViewer({ ...viewer, staff: { name: 3 } })).toBe(false);
    expect(isViewer({ ...viewer, alias: 42 })).toBe(false);
    expect(isViewer({ ...viewer, kitchen: "ajar" })).toBe(false);
    expect(isViewer({ ...viewer, inExperiment: undefined })).toBe(false);
  });
});
