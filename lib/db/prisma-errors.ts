import { Prisma } from "./generated/client";

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * A unique constraint refused the write: a taken slug or email, or an idempotency key that a concurrent
 * retry stored first. Callers decide what that means (a field error, or "answer with the winner").
 */
export const isUniqueViolation = (error: unknown) => hasCode(error, "P2002");
/** A foreign key blocked the write (a category that vanished, a product referenced by orders). */
export const isForeignKeyViolation = (error: unknown) => hasCode(error, "P2003");
/** The row to update or delete does not exist. */
export const isRecordNotFound = (error: unknown) => hasCode(error, "P2025");
