import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { ZPollCreate, type TPoll, type TPollCreate } from "@/lib/platform/contracts/polls";
import { publish } from "@/lib/platform/publish/publish";
import { PollError } from "./poll-error";
import { pollAudiencesWithStaff } from "./poll-audience";
import { readPoll } from "./poll-dto";

const HOUR_MS = 60 * 60 * 1000;

/** A host opens a poll or prompt; its audience sees it at once, as a calm card (the client decides how). */
export async function createPoll(
  db: Db,
  host: StaffMember,
  input: TPollCreate,
  threshold: number,
  now = new Date(),
): Promise<TPoll> {
  const poll = ZPollCreate.parse(input);
  if (poll.productId) {
    const product = await db.product.findUnique({ where: { id: poll.productId }, select: { id: true } });
    if (!product) throw new PollError("That product is no longer in the shop.", "not_found");
  }
  const created = await db.poll.create({
    data: {
      kind: poll.kind,
      question: poll.question,
      audience: poll.audience,
      productId: poll.productId,
      createdById: host.id,
      closesAt: new Date(now.getTime() + poll.hours * HOUR_MS),
      options: { create: poll.options.map((label, position) => ({ label, position })) },
    },
    select: { id: true, audience: true, productId: true },
  });
  const dto = (await readPoll(db, created.id, threshold))!;
  publish("poll:opened", await pollAudiencesWithStaff(db, created), dto);
  return dto;
}
