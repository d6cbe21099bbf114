import type { Db } from "@/lib/platform/db/client";
import type { TScheduleSessionInput } from "@/lib/platform/contracts/kitchen-sessions";
import type { TKitchenSession } from "@/lib/platform/contracts/session-phase";
import { UserError } from "@/lib/platform/errors/user-error";
import { assertRole } from "@/lib/domains/auth/guards";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { zonedInstant } from "@/lib/domains/kitchen-hours/zoned-time";
import { sessionSelect, toSession } from "./session-dto";

/**
 * A host (or owner) schedules a session on a product or the whole shop; the session is theirs. The start
 * is read in the store's time zone and must lie ahead. The role is checked here too, so every caller
 * (action, test, script) is held to it.
 */
export async function scheduleSession(
  db: Db,
  staff: StaffMember | null,
  input: TScheduleSessionInput,
  timezone: string,
  now = new Date(),
): Promise<TKitchenSession> {
  const host = assertRole(staff, "host");
  const [date = "", clock = ""] = input.startsAt.split("T");
  const startsAt = zonedInstant(date, Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)), timezone);
  if (Number.isNaN(startsAt.getTime())) throw new UserError("Choose a real date and time.", "invalid");
  if (startsAt <= now) {
    throw new UserError("The session must start in the future.", "invalid", { startsAt: "Choose a later time" });
  }
  if (input.productId) {
    const product = await db.product.findUnique({ where: { id: input.productId }, select: { published: true } });
    if (!product?.published) throw new UserError("That product is not in the shop.", "not_found");
  }
  const row = await db.kitchenSession.create({
    data: {
      title: input.title,
      description: input.description,
      productId: input.productId,
      hostId: host.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
    },
    select: sessionSelect,
  });
  return toSession(row);
}
