import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

/** What clusters created before passwords were generated use; only ever tried to migrate them. */
export const LEGACY_PASSWORD = "open-kitchen-local";

function passwordFile(dataDir: string): string {
  return path.resolve(dataDir, "postgres-password");
}

function pendingFile(dataDir: string): string {
  return `${passwordFile(dataDir)}.pending`;
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() || undefined : undefined;
}

function writeSecret(file: string, value: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, value, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

export function storedPassword(dataDir: string): string | undefined {
  return readIfExists(passwordFile(dataDir));
}

/** The superuser password for a new cluster: the stored one, or a fresh one kept in DATA_DIR (mode 0600). */
export function passwordForNewCluster(dataDir: string): string {
  const stored = storedPassword(dataDir);
  if (stored) return stored;
  const fresh = randomBytes(24).toString("base64url");
  writeSecret(passwordFile(dataDir), fresh);
  return fresh;
}

/** Passwords worth trying on an existing cluster, most likely first. */
export function candidatePasswords(dataDir: string): string[] {
  const found = [storedPassword(dataDir), readIfExists(pendingFile(dataDir)), LEGACY_PASSWORD];
  return [...new Set(found.filter((p): p is string => Boolean(p)))];
}

/**
 * Replaces the password of a cluster from an older version with a generated one. The new password is
 * written to a pending file before ALTER USER and renamed after, so a crash in between loses nothing.
 */
export async function migrateLegacyPassword(dataDir: string, url: (password: string) => string, current: string) {
  const fresh = randomBytes(24).toString("base64url");
  writeSecret(pendingFile(dataDir), fresh);
  const client = new pg.Client({ connectionString: url(current) });
  await client.connect();
  try {
    await client.query(`ALTER USER CURRENT_USER PASSWORD ${client.escapeLiteral(fresh)}`);
  } finally {
    await client.end();
  }
  fs.renameSync(pendingFile(dataDir), passwordFile(dataDir));
  return fresh;
}
