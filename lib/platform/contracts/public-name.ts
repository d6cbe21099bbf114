/*
 * Names shoppers show publicly (their alias, a display name on a post) must not pass for the shop's own
 * people: words that read as a role are reserved here (the browser checks them too), staff members'
 * names in lib/domains/shoppers/reserved-names.ts (they live in the database).
 */

export const RESERVED_NAME_WORDS = [
  "admin",
  "administrator",
  "host",
  "hosts",
  "moderator",
  "official",
  "owner",
  "shop",
  "staff",
  "support",
  "team",
] as const;

export const RESERVED_WORD_MESSAGE =
  "Words like host, staff, owner, admin or shop are kept for the shop's own people: please choose another name";

export const STAFF_NAME_MESSAGE = "That is the name of someone on the shop's staff: please choose another name";

// Digits people use for letters, so "H0ST" reads as "host".
const LOOKALIKES: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** Lower case, no accents, look-alike digits read as letters, words separated by single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[0134578@$]/g, (c) => LOOKALIKES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const reserved = new Set<string>(RESERVED_NAME_WORDS);

export function usesReservedWord(name: string): boolean {
  return foldName(name)
    .split(" ")
    .some((word) => reserved.has(word));
}

/** Whether `name` contains `staffName` as whole words, however spelled ("tomas  REYES (fan)"). */
export function containsName(name: string, staffName: string): boolean {
  const folded = ` ${foldName(name)} `;
  const staff = foldName(staffName);
  return staff.length > 0 && folded.includes(` ${staff} `);
}
