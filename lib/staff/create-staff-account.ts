import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { ZStaffName } from "@/lib/contracts/admin";

export const STAFF_ROLES = ["owner", "host"] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

/** Matches better-auth's emailAndPassword limits (min 10 in lib/auth/auth.ts, max 128 by default). */
export const STAFF_PASSWORD_MIN = 10;
export const STAFF_PASSWORD_MAX = 128;

export const ZCreateStaffAccount = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    name: ZStaffName,
    role: z.enum(STAFF_ROLES, "Role must be owner or host"),
    password: z
      .string()
      .min(STAFF_PASSWORD_MIN, `Password must be at least ${STAFF_PASSWORD_MIN} characters`)
      .max(STAFF_PASSWORD_MAX, `Password must be at most ${STAFF_PASSWORD_MAX} characters`),
  })
  .strict();
export type TCreateStaffAccount = z.infer<typeof ZCreateStaffAccount>;

export class StaffAccountExistsError extends Error {
  constructor(readonly email: string) {
    super(`A staff account with the email ${email} already exists`);
    this.name = "StaffAccountExistsError";
  }
}

/** A client or an open transaction: the demo seeder creates accounts inside its own transaction. */
type DbOrTx = PrismaClient | Prisma.TransactionClient;

function isClient(db: DbOrTx): db is PrismaClient {
  return "$transaction" in db && typeof db.$transaction === "function";
}

/**
 * Creates a staff User with a better-auth credential Account, so the person can sign in with email
 * and password. Throws a ZodError for invalid input and StaffAccountExistsError for a taken email.
 */
export async function createStaffAccount(db: DbOrTx, input: TCreateStaffAccount): Promise<{ id: string }> {
  const { email, name, role, password } = ZCreateStaffAccount.parse(input);
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
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new StaffAccountExistsError(email);
    }
    throw error;
  }
  return { id };
}
