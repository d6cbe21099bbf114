import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { QaError } from "@/lib/domains/qa/qa-error";
import { logger } from "@/lib/platform/log/logger";
import { poolConfig } from "@/lib/platform/db/pool-config";
import { POST_LIMITS, WRITE_LIMITS } from "@/lib/platform/contracts/limits";
import { BLOCKED_MESSAGE } from "@/lib/domains/qa/post-question";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { processSingleton } from "@/lib/platform/process-singleton";

type Limit = { points: number; duration: number };

export interface PostLimits {
  perShopper: Limit;
  perIp: Limit;
}

/** What a shopper writes: each kind has its own budget, so voting cannot eat the budget for asking. */
export type WriteKind = "post" | "edit" | "vote" | "preferences" | "email";

export const DEFAULT_POST_LIMITS: PostLimits = POST_LIMITS;

/** Budgets for the other writes, per shopper and per address. */
const OTHER_WRITE_LIMITS: Record<Exclude<WriteKind, "post">, PostLimits> = WRITE_LIMITS;

export interface PostLimiter {
  /**
   * Spends one write of this kind for this shopper and address; throws a QaError the shopper can read when
   * over. Before a post it also refuses a new identity from an address a host's block covers, and notes
   * the address the post comes from (blocking the shopper later covers it too).
   */
  consume(shopperId: string, ip: string, kind?: WriteKind): Promise<void>;
  close(): Promise<void>;
}

/**
 * Shoppers' write limits in Postgres (rate-limiter-flexible), so every app instance shares the same
 * counters. The rate_limits, BlockedAddress and ShopperPostAddress tables come from our migrations.
 */
export function createPostLimiter(databaseUrl: string, limits: PostLimits = DEFAULT_POST_LIMITS): PostLimiter {
  const pool = new pg.Pool(poolConfig(databaseUrl, 4));
  // An idle connection dropped by a Postgres restart emits here; unhandled, it would crash the process.
  pool.on("error", (err) => logger.warn({ err }, "rate limiter: database connection lost"));
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
  const limitsOf: Record<WriteKind, PostLimits> = { post: limits, ...OTHER_WRITE_LIMITS };
  const limiters = Object.fromEntries(
    Object.entries(limitsOf).map(([kind, l]) => {
      // "post" keeps its historical key prefixes so existing counters carry over.
      const prefix = kind === "post" ? "qa" : `write-${kind}`;
      return [
        kind,
        {
          perShopper: new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}-shopper`, ...l.perShopper }),
          perIp: new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}-ip`, ...l.perIp }),
        },
      ];
    }),
  ) as Record<WriteKind, { perShopper: RateLimiterPostgres; perIp: RateLimiterPostgres }>;

  // Before a post: is this a new identity at an address a host's block covers (a block holds for
  // identities made since, such as a blocked author's new cookie, not for shoppers who were already
  // here: one household, office or carrier NAT shares an address)? And note the address the post (or a
  // refused attempt) comes from, kept a day: long enough for a host to see the post and block its
  // author. Older notes go in the same statement, one round trip in all.
  const checkAndNoteAddress = async (shopperId: string, address: string) =>
    (
      await pool.query<{ blocked: boolean }>(
        `WITH noted AS (
           INSERT INTO "ShopperPostAddress" ("shopperId", address, at) VALUES ($2, $1, now())
           ON CONFLICT ("shopperId") DO UPDATE SET address = EXCLUDED.address, at = EXCLUDED.at
         ), pruned AS (
           DELETE FROM "ShopperPostAddress" WHERE at < now() - interval '1 day'
         )
         SELECT EXISTS (
           SELECT 1 FROM "BlockedAddress" b WHERE b.address = $1 AND b.until > now()
              AND NOT EXISTS (SELECT 1 FROM "Shopper" s WHERE s.id = $2 AND s."createdAt" < b."createdAt")
         ) AS blocked`,
        [address, shopperId],
      )
    ).rows[0]?.blocked === true;

  return {
    consume: async (shopperId, ip, kind = "post") => {
      const { perShopper, perIp } = limiters[kind];
      const address = addressLimitKey(ip);
      // One round trip: the block check with the address note and both counters go out together (the
      // pool has a connection for each), so a post waits for the slowest of them rather than their sum.
      const [blocked, spent] = await Promise.all([
        kind === "post" ? checkAndNoteAddress(shopperId, address) : false,
        Promise.all([perShopper.consume(shopperId), perIp.consume(address)]).then(
          () => null,
          (error: unknown) => error,
        ),
      ]);
      if (blocked) throw new QaError(BLOCKED_MESSAGE, "blocked");
      if (spent instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
        const doing =
          kind === "post"
            ? "posting"
            : kind === "vote"
              ? "voting"
              : kind === "email"
                ? "giving addresses"
                : "making changes";
        throw new QaError(
          `You are ${doing} faster than this shop allows. Please wait ${seconds} s and try again.`,
          "rate_limited",
        );
      }
      if (spent) throw spent;
    },
    close: () => pool.end(),
  };
}

/**
 * The process's limiter: the socket server and server actions (which run in Next's bundles) share one pool
 * and one set of counters through globalThis.
 */
export function processPostLimiter(databaseUrl: string): PostLimiter {
  return processSingleton("post-limiter", () => createPostLimiter(databaseUrl), databaseUrl);
}
