import { Prisma } from "./generated/client";

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

// Prisma reports a model query's refusal with its own code (P2002, P2034…) and a raw statement's as P2010
// ("Raw query failed", the SQLSTATE in meta.driverAdapterError.cause.originalCode, its kind beside it);
// the pg driver's own errors carry the SQLSTATE as `code`. One walk reads them all, however deep wrapped.
interface Codes {
  codes: string[];
  kinds: string[];
}

function codesOf(error: unknown): Codes {
  const found: Codes = { codes: [], kinds: [] };
  for (let e = error, depth = 0; e !== null && typeof e === "object" && depth < 5; e = field(e, "cause"), depth++) {
    const meta = field(e, "meta");
    const adapterCause = field(field(meta, "driverAdapterError"), "cause");
    for (const code of [field(e, "code"), field(meta, "code"), field(adapterCause, "originalCode")]) {
      if (typeof code === "string") found.codes.push(code);
    }
    const kind = field(adapterCause, "kind");
    if (typeof kind === "string") found.kinds.push(kind);
  }
  return found;
}

/**
 * A unique constraint refused the write: a taken slug or email, or an idempotency key that a concurrent
 * retry stored first, from a model query (P2002) or a raw statement (SQLSTATE 23505). Callers decide
 * what that means (a field error, or "answer with the winner").
 */
export function isUniqueViolation(error: unknown): boolean {
  const { codes, kinds } = codesOf(error);
  if (codes.includes("P2002") || codes.includes("23505") || kinds.includes("UniqueConstraintViolation")) return true;
  // Where a wrapper dropped the structured fields, Postgres's wording is still in the message.
  return error instanceof Error && /\b23505\b|unique constraint/i.test(error.message);
}
/** A foreign key blocked the write (a category that vanished, a product referenced by orders). */
export const isForeignKeyViolation = (error: unknown) => hasCode(error, "P2003");
/** The row to update or delete does not exist. */
export const isRecordNotFound = (error: unknown) => hasCode(error, "P2025");

// Postgres aborts one side of a deadlock (40P01) or a serialization conflict (40001); the work itself was
// fine and succeeds when run again.
const TRANSIENT_CODES = new Set(["P2034", "40P01", "40001"]);

/** A deadlock or serialization failure, however deep Prisma or the driver wrapped it: worth running again. */
export function isTransientConflict(error: unknown): boolean {
  const { codes, kinds } = codesOf(error);
  return codes.some((code) => TRANSIENT_CODES.has(code)) || kinds.includes("TransactionWriteConflict");
}
