import { z } from "zod";

/**
 * How many proxies stand between the shop and its visitors: 0 ignores X-Forwarded-For; N takes the Nth
 * address from its right. "false"/"true" are read as 0/1, as older configurations wrote them.
 */
const ZProxyHops = z
  .string()
  .trim()
  .regex(/^(?:true|false|\d{1,2})$/, "must be the number of proxies in front of the shop (0 when none)")
  .transform((v) => (v === "false" ? 0 : v === "true" ? 1 : Number(v)))
  .pipe(z.number().int().max(10, "more than 10 proxies in front of the shop is surely a mistake"));

const ZMillis = z.coerce.number().int().positive().max(600_000);

/** An empty value counts as unset (as in many .env files and compose files). */
const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Postgres to use; when absent an embedded Postgres under DATA_DIR is started. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Signs shopper cookies and staff sessions. Generated and kept in DATA_DIR when absent outside production. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * The public origin of the shop, e.g. https://shop.example.com: links in email and on order pages, Origin
   * checks, Secure cookies when https. Required in production with DATABASE_URL; else http://localhost:PORT.
   */
  PUBLIC_ORIGIN: z.url().optional(),
  /** Extra origins allowed to open sockets and post forms, comma separated. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  UPLOAD_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** auto: seed the demo store into an empty embedded or non-production database. */
  SEED_DEMO: z.enum(["auto", "always", "never"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: ZProxyHops.default(0),
  /** Every pg pool: how long to wait for a connection to open. */
  DB_CONNECT_TIMEOUT_MS: ZMillis.default(5_000),
  /** Every pg pool: Postgres cancels a statement running longer (the client gives up 2 s later). */
  DB_STATEMENT_TIMEOUT_MS: ZMillis.default(15_000),
  /** Every pg pool: Postgres ends a session left idle inside a transaction this long. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: ZMillis.default(10_000),
  /** /api/health answers 503 when a database round trip takes longer. */
  HEALTH_DB_TIMEOUT_MS: ZMillis.default(2_000),
  /** On SIGTERM, how long in-flight requests may take before their connections are closed. */
  SHUTDOWN_GRACE_MS: ZMillis.default(5_000),
  /**
   * On SIGTERM, how long the shop keeps serving (health 503, `Connection: close`) before it stops listening,
   * so a load balancer moves traffic away first. Unset: 5000 with REDIS_URL (several instances), else 0.
   */
  DRAIN_DELAY_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(600_000).optional()),
  /** SMTP server for order email (smtp:// or smtps://, credentials in the URL). Without it no email is sent or promised. */
  SMTP_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  /** Sender address of order email; defaults to no-reply@<PUBLIC_ORIGIN's host>. */
  MAIL_FROM: z.preprocess(emptyAsUnset, z.email("must be an email address").optional()),
  /** How often waiting questions are offered to buyers who help (ms); tests shorten it. */
  BUYER_HELP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Multi-instance mode: Socket.IO rooms, presence, view windows and Next's page cache shared through this Redis. */
  REDIS_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  ),
  /**
   * Store-wide pushes (the activity feed) reach each socket at most once per this many ms, carrying
   * everything stored since the last one; a quiet shop's first event goes out at once. 0 merges only what
   * is stored together.
   */
  STORE_PUSH_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** Multi-instance mode: how long the people of an instance that stopped answering stay counted. */
  PRESENCE_EXPIRY_SECONDS: z.coerce.number().int().min(2).max(300).default(20),
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

export class EnvError extends Error {}

/** Parses the environment once; a bad value throws an error naming the variable. */
export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): TServerEnv {
  const result = ZServerEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * What the shop itself (server.ts, not the staff CLI) needs besides a valid environment: a deployment
 * (production on its own database) is reached under its own name, so links in email and on order pages
 * must not say localhost. Local runs on the embedded database keep the localhost default.
 */
export function checkDeploymentEnv(env: TServerEnv): TServerEnv {
  if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.PUBLIC_ORIGIN) {
    throw new EnvError(
      "Invalid environment:\n  PUBLIC_ORIGIN: required in production with an external DATABASE_URL: the address " +
        "people reach the shop at, e.g. https://shop.example.com (links in order email and on order pages use it)",
    );
  }
  return env;
}

let cached: TServerEnv | undefined;
export function serverEnv(): TServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

/** DRAIN_DELAY_MS, or its default: 5 s when several instances share a load balancer (REDIS_URL), else none. */
export function drainDelayMs(env: TServerEnv): number {
  return env.DRAIN_DELAY_MS ?? (env.REDIS_URL ? 5_000 : 0);
}
