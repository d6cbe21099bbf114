import type { GroupSummary } from "./group-summary";

/** Like Intelligems: no verdict until each group has this many shoppers and paid orders. */
export const MIN_SHOPPERS = 100;
export const MIN_PAID_ORDERS = 10;

const GROUP_NAME = { open: "open-kitchen group", closed: "closed group" } as const;

/** What is still missing before a verdict may be shown, in words ("needs 37 more paid orders in the closed group"). */
export function missingData(groups: GroupSummary[]): string[] {
  return groups.flatMap((g) => {
    const needs: string[] = [];
    if (g.shoppers < MIN_SHOPPERS) needs.push(`${MIN_SHOPPERS - g.shoppers} more shoppers`);
    if (g.paidOrders < MIN_PAID_ORDERS) {
      const more = MIN_PAID_ORDERS - g.paidOrders;
      needs.push(`${more} more paid ${more === 1 ? "order" : "orders"}`);
    }
    return needs.length > 0 ? [`needs ${needs.join(" and ")} in the ${GROUP_NAME[g.kitchen]}`] : [];
  });
}
