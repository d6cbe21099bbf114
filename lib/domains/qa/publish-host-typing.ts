import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { publish } from "@/lib/platform/publish/publish";
import { toProduct, toStaff } from "@/lib/platform/publish/audience";
import { QaError } from "./qa-error";

/** Ephemeral, never stored: shoppers on the product and the other hosts (so two hosts don't answer the same question). */
export async function publishHostTyping(db: Db, host: StaffMember, questionId: string): Promise<void> {
  const question = await db.question.findUnique({ where: { id: questionId }, select: { productId: true } });
  if (!question) throw new QaError("This question no longer exists.", "not_found");
  publish("qa:typing", [toProduct(question.productId), toStaff()], { questionId, host: host.name }, { volatile: true });
}
