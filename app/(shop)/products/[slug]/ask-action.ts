"use server";

// Server action: ask a question without the live layer (the closed kitchen of an experiment, or a browser
// whose socket cannot connect). The same domain operation as the socket's qa:ask, with the same limits.
import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/platform/cache-tags";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireShopperOrNew } from "@/lib/domains/auth/guards";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { askQuestion } from "@/lib/domains/qa/ask-question";
import { QaError } from "@/lib/domains/qa/qa-error";
import { processPostLimiter } from "@/lib/domains/qa/post-limiter";
import { liveSettingsFor } from "@/lib/domains/settings/live-settings";
import { ZQaAsk } from "@/lib/platform/contracts/qa";
import { clientAddressOf } from "@/lib/platform/http/client-address";
import { db } from "@/lib/platform/db/client";

export const askQuestionAction = defineAction({
  name: "ask a question",
  authorize: requireShopperOrNew,
  schema: ZQaAsk,
  fields: ["productId", "body", "displayName", "idempotencyKey"],
  // An empty display name means "my alias", as in the live ask box.
  input: (_formData, { displayName, ...rest }) => (displayName?.trim() ? { ...rest, displayName } : rest),
  hidden: ["productId", "idempotencyKey"],
  run: async (input, { shopperId }) => {
    if (await currentStaff()) throw new QaError("Hosts answer questions; shoppers ask them.", "forbidden");
    const ip = clientAddressOf(await headers());
    const limiter = processPostLimiter(process.env.DATABASE_URL ?? "");
    const rules = await liveSettingsFor(db()).read();
    const asked = await askQuestion(db(), shopperId, input, rules, { admit: () => limiter.consume(shopperId, ip, "post") });
    // Without the live layer the page is the only way to see the thread: the next render must include it.
    updateTag(cacheTags.product(asked.full.product.slug));
    return { message: "Your question is posted. The shop's answer will be on this page: reload it to see it." };
  },
});
