import { z } from "zod";

/** An empty value counts as unset (as in many .env files and compose files). */
const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);

const ZBooleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Postgres to use; when absent an embedded Postgres under DATA_DIR is started. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Signs shopper cookies and staff sessions. Generated and kept in DATA_DIR when absent outside production. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public origin of the shop, e.g. https://shop.example.com. Defaults to http://localhost:PORT. */
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
  TRUST_PROXY: ZBooleanFlag.default(false),
  /** SMTP server for order email (smtp:// or smtps://, credentials in the URL). Without it no email is sent or promised. */
  SMTP_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  /** Sender address of order email; defaults to no-reply@<PUBLIC_ORIGIN's host>. */
  MAIL_FROM: z.preprocess(emptyAsUnset, z.email("must be an email address").optional()),
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

let cached: TServerEnv | undefined;
export function serverEnv(): TServerEnv {
  cached ??= parseServerEnv();
  return cached;
}
