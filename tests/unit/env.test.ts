import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv as parseEnv } from "@/lib/env";

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

  it("splits and validates extra allowed origins", () => {
    expect(parseServerEnv({ ALLOWED_ORIGINS: "https://a.test, https://b.test" }).ALLOWED_ORIGINS).toEqual([
      "https://a.test",
      "https://b.test",
    ]);
    expect(() => parseServerEnv({ ALLOWED_ORIGINS: "not a url" })).toThrow(/ALLOWED_ORIGINS/);
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
});
