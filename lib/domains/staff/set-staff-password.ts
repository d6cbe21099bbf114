import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/platform/db/generated/client";

/**
 * Gives a staff account a new password and ends its sessions (whoever knew the old one is signed out).
 * Returns null when no account has this email. The password is validated by the caller's contract.
 */
export async function setStaffPassword(
  db: PrismaClient,
  { email, password }: { email: string; password: string },
): Promise<{ sessions: number } | null> {
  // Hashing (scrypt) is deliberately slow; do it before opening a transaction.
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return null;
    const { count } = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (count === 0) {
      await tx.account.create({
        data: { id: randomUUID(), userId: user.id, accountId: user.id, providerId: "credential", password: hash },
      });
    }
    const ended = await tx.session.deleteMany({ where: { userId: user.id } });
    return { sessions: ended.count };
  });
}
