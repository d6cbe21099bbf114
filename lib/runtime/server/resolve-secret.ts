import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * AUTH_SECRET from the environment, or, for local and demo runs on the embedded database,
 * one generated once and kept in DATA_DIR so sessions and shopper cookies survive restarts.
 */
export function resolveAuthSecret(options: { given?: string; dataDir: string; mayGenerate: boolean }): string {
  if (options.given) return options.given;
  if (!options.mayGenerate) {
    throw new Error("Invalid environment:\n  AUTH_SECRET: required in production with an external DATABASE_URL");
  }
  const file = path.resolve(options.dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
