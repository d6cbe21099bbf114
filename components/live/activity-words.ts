import type { TActivityEvent } from "@/lib/platform/contracts/activity";

/**
 * One activity line as a sentence around its product: `lead`, then the product (`mention`), then `tail`.
 * The product is a link to it in the shop's feed ("title"), "this" on its own page, "a product" once it has
 * been deleted, and nothing when the line is about no product (a host coming on duty).
 */
export interface ActivityWords {
  lead: string;
  mention: "title" | "this" | "a product" | null;
  tail: string;
}

function who(event: TActivityEvent): string {
  const name = event.alias ?? "A shopper";
  return event.regular ? `${name} (a regular)` : name;
}

function sentence(event: TActivityEvent): { lead: string; tail: string } | { lead: string; noProduct: true } {
  switch (event.kind) {
    case "view":
      return { lead: event.count === 1 ? "1 shopper looked at" : `${event.count} shoppers looked at`, tail: "" };
    case "cart_add":
      return { lead: `${who(event)} added`, tail: " to their cart" };
    case "purchase":
      return { lead: `${who(event)} bought`, tail: "" };
    case "host_on_duty":
      return { lead: "A host came on duty", noProduct: true };
    case "question_asked":
      return { lead: `${who(event)} asked a question about`, tail: "" };
    case "question_answered":
      return { lead: "A question about", tail: " was answered" };
  }
}

export function activityWords(event: TActivityEvent, onProductPage: boolean): ActivityWords {
  const words = sentence(event);
  if ("noProduct" in words) return { lead: words.lead, mention: null, tail: "" };
  const mention = !event.product ? "a product" : onProductPage ? "this" : "title";
  return { lead: words.lead, mention, tail: words.tail };
}

/** The line as plain text, as a reader hears it. */
export function activityText(event: TActivityEvent, onProductPage: boolean): string {
  const { lead, mention, tail } = activityWords(event, onProductPage);
  if (mention === null) return lead;
  const product = mention === "title" ? (event.product?.title ?? "a product") : mention;
  return `${lead} ${product}${tail}`;
}
