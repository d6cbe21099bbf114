"use server";

import { updateTag } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { db } from "@/lib/platform/db/client";
import { ZScheduleSession } from "@/lib/platform/contracts/kitchen-sessions";
import { scheduleSession } from "@/lib/domains/kitchen-sessions/schedule-session";
import { getKitchenSchedule } from "@/lib/domains/kitchen-hours/kitchen-schedule";

/** The host console's "Schedule a kitchen session": hosts and owners; the session is the scheduler's. */
export const scheduleSessionAction = defineAction({
  name: "schedule kitchen session",
  authorize: () => requireStaff("host"),
  schema: ZScheduleSession,
  fields: ["title", "description", "productId", "startsAt", "durationMinutes"],
  run: async (input, staff) => {
    const { timezone } = await getKitchenSchedule(db());
    const session = await scheduleSession(db(), staff, input, timezone);
    // Home and product pages list upcoming sessions from a cache tagged for them.
    updateTag(cacheTags.sessions);
    return { message: `Scheduled “${session.title}”.` };
  },
});
