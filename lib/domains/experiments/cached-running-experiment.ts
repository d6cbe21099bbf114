import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import { readActiveExperiment } from "./active-experiment";

/**
 * The running experiment's id for cached pages (null when none runs or it is paused); starting, pausing,
 * resuming or ending one expires cacheTags.experiment, so every page re-renders with the new value.
 */
export const getCachedRunningExperimentId: () => Promise<string | null> = unstable_cache(
  async () => {
    const active = await readActiveExperiment(db());
    return active?.status === "running" ? active.id : null;
  },
  ["running-experiment"],
  { tags: [cacheTags.experiment] },
);
