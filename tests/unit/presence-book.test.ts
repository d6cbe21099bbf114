import { describe, expect, it } from "vitest";
import { PresenceBook } from "@/lib/domains/presence/presence-book";

describe("presence book", () => {
  it("reports a person appearing in a room with their first counted tab and leaving with their last", () => {
    const book = new PresenceBook();
    expect(book.enter("t1", "ada", "room", true)).toEqual([{ room: "room", person: "ada", present: true }]);
    expect(book.enter("t2", "ada", "room", true)).toEqual([]);
    expect(book.disconnect("t1")).toEqual([]);
    expect(book.count("room")).toBe(1);
    expect(book.leave("t2", "room")).toEqual([{ room: "room", person: "ada", present: false }]);
    expect(book.count("room")).toBe(0);
  });

  it("follows a change of mind in every room, and never reports people who are not counted", () => {
    const book = new PresenceBook();
    expect(book.enter("t1", "bob", "store", false)).toEqual([]);
    book.enter("t1", "bob", "product:1", false);
    expect(book.setCounted("bob", true)).toEqual([
      { room: "store", person: "bob", present: true },
      { room: "product:1", person: "bob", present: true },
    ]);
    expect([...book.contributions()]).toEqual([
      ["store", ["bob"]],
      ["product:1", ["bob"]],
    ]);
    expect(book.setCounted("bob", false)).toHaveLength(2);
    expect(book.rooms().sort()).toEqual(["product:1", "store"]);
  });
});
