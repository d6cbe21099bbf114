import fs from "node:fs";

/** The shop under test kept its embedded Postgres in a temp dir made by playwright.config.ts: remove it. */
export default function globalTeardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && dir.includes("ok-e2e-")) fs.rmSync(dir, { recursive: true, force: true });
}
