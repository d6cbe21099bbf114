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

// Postgres aborts one side of a deadlock (40P01) or a serialization conflict (40001); the work itself was
// fine and succeeds when run again. Prisma reports these as P2034 from model queries and as P2010 ("Raw
// query failed", the SQLSTATE in meta.driverAdapterError.cause) from $queryRaw/$executeRaw; the pg
// driver's own errors carry the SQLSTATE as `code`.
const TRANSIENT_SQLSTATES = new Set(["40P01", "40001"]);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

/** A deadlock or serialization failure, however deep Prisma or the driver wrapped it: worth running again. */
export function isTransientConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e !== null && typeof e === "object" && depth < 5; e = field(e, "cause"), depth++) {
    const code = field(e, "code");
    if (code === "P2034") return true;
    if (typeof code === "string" && TRANSIENT_SQLSTATES.has(code)) return true;
    const meta = field(e, "meta");
    const metaCode = field(meta, "code");
    if (typeof metaCode === "string" && TRANSIENT_SQLSTATES.has(metaCode)) return true;
    const adapterCause = field(field(meta, "driverAdapterError"), "cause");
    if (field(adapterCause, "kind") === "TransactionWriteConflict") return true;
    const original = field(adapterCause, "originalCode");
    if (typeof original === "string" && TRANSIENT_SQLSTATES.has(original)) return true;
  }
  return false;
}
