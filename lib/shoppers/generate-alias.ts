import { randomInt } from "node:crypto";

const ADJECTIVES = [
  "Amber", "Bright", "Calm", "Cocoa", "Copper", "Crisp", "Dusky", "Early", "Gentle", "Golden", "Hazel",
  "Honey", "Jolly", "Lively", "Mellow", "Misty", "Nutty", "Quiet", "Roasty", "Rosy", "Silver", "Smoky",
  "Sunny", "Velvet", "Warm", "Wild",
];
const ANIMALS = [
  "Badger", "Crane", "Finch", "Fox", "Hare", "Heron", "Lark", "Lynx", "Marten", "Moth", "Otter", "Owl",
  "Panda", "Puffin", "Robin", "Seal", "Sparrow", "Stoat", "Swift", "Tern", "Wren", "Yak",
];

export function generateAlias(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${ANIMALS[randomInt(ANIMALS.length)]}`;
}
