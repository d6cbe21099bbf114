import { afterEach, describe, expect, it } from "vitest";
import {
  disconnectAudience,
  installPublicationSink,
  observePublications,
  publish,
  type Publication,
} from "@/lib/platform/publish/publish";
import {
  roomOf,
  toLookingNow,
  toOrder,
  toProduct,
  toShopper,
  toStaff,
  toStaffMember,
  toStore,
} from "@/lib/platform/publish/audience";
import { publishPresenceCounts } from "@/lib/runtime/realtime/broadcasts/presence-counts";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((undo) => undo()));

function capture(): Publication[] {
  const seen: Publication[] = [];
  cleanups.push(observePublications((p) => seen.push(p)));
  return seen;
}

describe("publish", () => {
  it("names one room per audience", () => {
    expect(
      [toStore(), toLookingNow(), toStaff(), toProduct("p1"), toShopper("s1"), toStaffMember("u1"), toOrder("o1")].map(
        roomOf,
      ),
    ).toEqual(["store", "looking-now", "staff", "product:p1", "person:shopper:s1", "person:staff:u1", "order:o1"]);
  });

  it("is observable and harmless without a realtime server", () => {
    const seen = capture();
    publish("hosts:changed", toStore(), { hosts: [] });
    disconnectAudience(toStaffMember("u1"));
    expect(seen).toEqual([
      { event: "hosts:changed", to: [toStore()], payload: { hosts: [] }, except: [], volatile: false, local: false, coalesce: false },
    ]);
  });

  it("hands every publication to the installed sink until it is uninstalled", () => {
    const delivered: Publication[] = [];
    const ended: string[] = [];
    const uninstall = installPublicationSink({
      deliver: (p) => delivered.push(p),
      disconnect: (a) => ended.push(roomOf(a)),
    });
    publish("qa:typing", [toProduct("p1"), toStaff()], { questionId: "q", host: "Tomás" }, { volatile: true });
    disconnectAudience(toStaffMember("u1"));
    uninstall();
    publish("hosts:changed", toStore(), { hosts: [] });
    expect(delivered.map((p) => [p.event, p.to.map(roomOf), p.volatile])).toEqual([
      ["qa:typing", ["product:p1", "staff"], true],
    ]);
    expect(ended).toEqual(["person:staff:u1"]);
  });

  it("sends presence counts once per socket: product rooms, the looking-now page, then the rest of the store; each instance to its own sockets", () => {
    const seen = capture();
    const store = { room: "store", count: 5 };
    const product = { room: "product:p1", count: 3 };
    publishPresenceCounts([store, product]);
    expect(seen.map((p) => [p.to.map(roomOf), p.except.map(roomOf), p.payload, p.volatile, p.local])).toEqual([
      [["product:p1"], [], [store, product], true, true],
      [["looking-now"], ["product:p1"], [store, product], true, true],
      [["store"], ["product:p1", "looking-now"], [store], true, true],
    ]);
  });
});
