import type pg from "pg";
import { ZServerEnv } from "@/lib/platform/env";

const ZPoolEnv = ZServerEnv.pick({
  DB_CONNECT_TIMEOUT_MS: true,
  DB_STATEMENT_TIMEOUT_MS: true,
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: true,
});

export interface PoolTimeouts {
  connectMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

/** The timeouts every pg pool of the shop uses (Prisma's and the rate limiter's), from the environment. */
export function poolTimeouts(source: NodeJS.ProcessEnv = process.env): PoolTimeouts {
  const env = ZPoolEnv.parse(source);
  return {
    connectMs: env.DB_CONNECT_TIMEOUT_MS,
    statementMs: env.DB_STATEMENT_TIMEOUT_MS,
    idleInTransactionMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * statement_timeout and idle_in_transaction_session_timeout are enforced by Postgres; a frozen
 * Postgres enforces nothing, so the client also gives up (query_timeout) a little later.
 */
export function poolConfig(connectionString: string, max: number, timeouts = poolTimeouts()): pg.PoolConfig {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.statementMs + 2_000,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    idleTimeoutMillis: 30_000,
  };
}
