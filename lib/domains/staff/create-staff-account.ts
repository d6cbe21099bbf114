import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma, PrismaClient } from "@/lib/platform/db/generated/client";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import type { TStaffInput } from "@/lib/platform/contracts/staff";
import { UserError } from "@/lib/platform/errors/user-error";

export class StaffAccountExistsError extends UserError {
  constructor(readonly email: string) {
    super(`A staff account with the email ${email} already exists`, "conflict", {
      email: "A staff account with this email already exists",
    });
  }
}

/** A client or an open transaction: the demo seeder creates accounts inside its own transaction. */
type DbOrTx = PrismaClient | Prisma.TransactionClient;

function isClient(db: DbOrTx): db is PrismaClient {
  return "$transaction" in db && typeof db.$transaction === "function";
}

/**
 * Creates a staff User with a better-auth credential Account, so the person can sign in with email
 * and password. Input is parsed by the caller (ZStaffInput); a taken email throws StaffAccountExistsError.
 */
export async function createStaffAccount(db: DbOrTx, input: TStaffInput): Promise<{ id: string }> {
  const { email, name, role, password } = input;
  // Hashing (scrypt) is deliberately slow; do it before opening a transaction.
  const passwordHash = await hashPassword(password);
  const id = randomUUID();

  const write = async (tx: Prisma.TransactionClient) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new StaffAccountExistsError(email);
    await tx.user.create({ data: { id, email, name, role, active: true, emailVerified: false } });
    // better-auth's credential provider: accountId is the user id, the hash lives on the account.
    await tx.account.create({
      data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: passwordHash },
    });
  };

  try {
    if (isClient(db)) await db.$transaction(write);
    else await write(db);
  } catch (error) {
    // Two concurrent creates can both pass the lookup; the unique index decides.
    if (isUniqueViolation(error)) throw new StaffAccountExistsError(email);
    throw error;
  }
  return { id };
}
