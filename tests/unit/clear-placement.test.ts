import { describe, expect, it } from "vitest";
import { choosePlacement, placementBox, type Box } from "@/components/layout/clear-placement";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe("choosePlacement", () => {
  it("on a phone prefers the top edge when nothing is there", () => {
    expect(choosePlacement({ viewport: PHONE, height: 136, interactive: [], announced: [] })).toBe("top");
  });

  it("on a phone leaves the edge where the announced answer is, even for one covering links", () => {
    const answer = box(16, 60, 358, 120);
    const askButton = box(16, 720, 160, 40);
    expect(choosePlacement({ viewport: PHONE, height: 136, interactive: [askButton], announced: [answer] })).toBe(
      "bottom",
    );
  });

  it("on a phone takes the edge with no link under it", () => {
    const headerLinks = [box(16, 8, 200, 40), box(300, 8, 74, 40)];
    expect(choosePlacement({ viewport: PHONE, height: 136, interactive: headerLinks, announced: [] })).toBe("bottom");
  });

  it("on a wide screen takes the first free corner, in order of preference", () => {
    const bottomRightLink = box(1000, 800, 100, 30);
    const topRightButton = box(1100, 20, 100, 40);
    expect(
      choosePlacement({
        viewport: DESKTOP,
        height: 150,
        interactive: [bottomRightLink, topRightButton],
        announced: [],
      }),
    ).toBe("bottom-left");
  });

  it("stays where it is unless another place covers less, so it does not hop about", () => {
    const input = { viewport: DESKTOP, height: 150, interactive: [], announced: [] };
    expect(choosePlacement({ ...input, current: "top-left" })).toBe("top-left");
    const link = box(20, 20, 100, 30);
    expect(choosePlacement({ ...input, interactive: [link], current: "top-left" })).toBe("bottom-right");
  });

  it("when every place covers something, takes the one that covers least", () => {
    const big = box(0, 0, 390, 160);
    const small = box(0, 800, 40, 20);
    expect(choosePlacement({ viewport: PHONE, height: 136, interactive: [big, small], announced: [] })).toBe("bottom");
  });
});

describe("placementBox", () => {
  it("spans a phone's width at its edge and sits in a wide screen's corner", () => {
    expect(placementBox("bottom", 100, PHONE)).toEqual({ x: 16, y: 728, width: 358, height: 100 });
    expect(placementBox("top-right", 100, DESKTOP)).toEqual({ x: 880, y: 16, width: 384, height: 100 });
  });
});
