import { describe, expect, it } from "vitest";
import { EnvError, checkDeploymentEnv, parseServerEnv as parseEnv } from "@/lib/platform/env";

const parseServerEnv = (vars: Record<string, string>) => parseEnv(vars as NodeJS.ProcessEnv);

describe("server env", () => {
  it("applies defaults to an empty environment", () => {
    const env = parseServerEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBe("auto");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseServerEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseServerEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://x@y/z" })).toThrow(/DATABASE_URL/);
    expect(() => parseServerEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("requires PUBLIC_ORIGIN in production on an external database, with a message saying why", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgres://shop@db.internal/shop" };
    const shopEnv = (vars: Record<string, string>) => checkDeploymentEnv(parseServerEnv(vars));
    expect(() => shopEnv(production)).toThrow(EnvError);
    expect(() => shopEnv(production)).toThrow(/PUBLIC_ORIGIN: required in production.*https:\/\/shop\.example\.com/);
    expect(parseServerEnv({ ...production, PUBLIC_ORIGIN: "https://shop.test" }).PUBLIC_ORIGIN).toBe(
      "https://shop.test",
    );
    // Local runs keep the localhost default: development, or production on the embedded database.
    expect(parseServerEnv({ NODE_ENV: "production" }).PUBLIC_ORIGIN).toBeUndefined();
    expect(parseServerEnv({ DATABASE_URL: production.DATABASE_URL }).PUBLIC_ORIGIN).toBeUndefined();
  });

  it("splits and validates extra allowed origins", () => {
    expect(parseServerEnv({ ALLOWED_ORIGINS: "https://a.test, https://b.test" }).ALLOWED_ORIGINS).toEqual([
      "https://a.test",
      "https://b.test",
    ]);
    expect(() => parseServerEnv({ ALLOWED_ORIGINS: "not a url" })).toThrow(/ALLOWED_ORIGINS/);
  });

  it("reads TRUST_PROXY as a number of proxy hops, with true/false meaning 1/0", () => {
    expect(parseServerEnv({}).TRUST_PROXY).toBe(0);
    expect(parseServerEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseServerEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseServerEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(0);
    expect(() => parseServerEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => parseServerEnv({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
    expect(() => parseServerEnv({ TRUST_PROXY: "50" })).toThrow(/TRUST_PROXY/);
  });

  it("has database and shutdown timeouts with defaults, and names a bad one", () => {
    const env = parseServerEnv({});
    expect(env.DB_CONNECT_TIMEOUT_MS).toBe(5_000);
    expect(env.DB_STATEMENT_TIMEOUT_MS).toBe(15_000);
    expect(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS).toBe(10_000);
    expect(env.HEALTH_DB_TIMEOUT_MS).toBe(2_000);
    expect(env.SHUTDOWN_GRACE_MS).toBe(5_000);
    expect(parseServerEnv({ DB_STATEMENT_TIMEOUT_MS: "30000" }).DB_STATEMENT_TIMEOUT_MS).toBe(30_000);
    expect(() => parseServerEnv({ DB_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => parseServerEnv({ HEALTH_DB_TIMEOUT_MS: "soon" })).toThrow(/HEALTH_DB_TIMEOUT_MS/);
  });

  it("takes an smtp:// or smtps:// SMTP_URL and an address for MAIL_FROM; empty means unset", () => {
    expect(parseServerEnv({ SMTP_URL: "smtps://u:p@smtp.example.com:465" }).SMTP_URL).toBe(
      "smtps://u:p@smtp.example.com:465",
    );
    expect(parseServerEnv({ SMTP_URL: "", MAIL_FROM: "" })).toMatchObject({
      SMTP_URL: undefined,
      MAIL_FROM: undefined,
    });
    expect(() => parseServerEnv({ SMTP_URL: "https://smtp.example.com" })).toThrow(/SMTP_URL/);
    expect(() => parseServerEnv({ MAIL_FROM: "Shop <shop@example.com>" })).toThrow(/MAIL_FROM/);
  });

  it("switches on multi-instance mode only with a redis URL", () => {
    expect(parseServerEnv({}).REDIS_URL).toBeUndefined();
    expect(parseServerEnv({ REDIS_URL: "redis://127.0.0.1:6379/2" }).REDIS_URL).toBe("redis://127.0.0.1:6379/2");
    expect(() => parseServerEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(parseServerEnv({}).PRESENCE_EXPIRY_SECONDS).toBe(20);
    expect(() => parseServerEnv({ PRESENCE_EXPIRY_SECONDS: "1" })).toThrow(/PRESENCE_EXPIRY_SECONDS/);
  });
});
