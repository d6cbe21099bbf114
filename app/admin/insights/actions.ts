"use server";

import { updateTag } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { db } from "@/lib/platform/db/client";
import { ZChangeExperiment, ZStartExperiment } from "@/lib/platform/contracts/experiments";
import { startExperiment } from "@/lib/domains/experiments/start-experiment";
import { changeExperiment } from "@/lib/domains/experiments/change-experiment";

const owner = () => requireStaff("owner");

/** /admin/insights "Start an experiment": owners only. Every shop page re-renders with the kitchen script's new id. */
export const startExperimentAction = defineAction({
  name: "start experiment",
  authorize: owner,
  schema: ZStartExperiment,
  fields: ["name", "design", "closedSharePercent", "blockHours", "washoutMinutes", "windowDays"],
  run: async (input, staff) => {
    await startExperiment(db(), input, staff.name);
    updateTag(cacheTags.experiment);
    return { message: "Started. Shoppers are assigned from their next page view." };
  },
});

/** Pause, resume or end the running experiment: owners only. */
export const changeExperimentAction = defineAction({
  name: "change experiment",
  authorize: owner,
  schema: ZChangeExperiment,
  fields: ["experimentId", "to"],
  hidden: ["experimentId", "to"],
  run: async (input) => {
    const message = await changeExperiment(db(), input);
    updateTag(cacheTags.experiment);
    return { message };
  },
});
