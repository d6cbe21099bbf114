/** A shopper who came back on this many different days carries the "regular" mark. */
export const REGULAR_AFTER_DAYS = 3;

export function isRegular(visitDays: number): boolean {
  return visitDays >= REGULAR_AFTER_DAYS;
}
