import { createHash } from "node:crypto";

const ADJECTIVES = [
  "Amber",
  "Bright",
  "Calm",
  "Cocoa",
  "Copper",
  "Crisp",
  "Dusky",
  "Early",
  "Gentle",
  "Golden",
  "Hazel",
  "Honey",
  "Jolly",
  "Lively",
  "Mellow",
  "Misty",
  "Nutty",
  "Quiet",
  "Roasty",
  "Rosy",
  "Silver",
  "Smoky",
  "Sunny",
  "Velvet",
  "Warm",
  "Wild",
];
const ANIMALS = [
  "Badger",
  "Crane",
  "Finch",
  "Fox",
  "Hare",
  "Heron",
  "Lark",
  "Lynx",
  "Marten",
  "Moth",
  "Otter",
  "Owl",
  "Panda",
  "Puffin",
  "Robin",
  "Seal",
  "Sparrow",
  "Stoat",
  "Swift",
  "Tern",
  "Wren",
  "Yak",
];

/**
 * The alias a new shopper starts with, derived from their id: GET /api/shopper can tell a brand-new
 * visitor their alias without storing anything, and the row written at their first action has the same.
 */
export function aliasFor(shopperId: string): string {
  const digest = createHash("sha256").update(`alias:${shopperId}`).digest();
  return `${ADJECTIVES[digest.readUInt16BE(0) % ADJECTIVES.length]} ${ANIMALS[digest.readUInt16BE(2) % ANIMALS.length]}`;
}
