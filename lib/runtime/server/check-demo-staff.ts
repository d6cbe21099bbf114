import type { Logger } from "pino";
import type { TServerEnv } from "@/lib/platform/env";
import type { Db } from "@/lib/platform/db/client";
import { demoPasswordMessage, demoStaffWithDocumentedPasswords } from "@/lib/domains/demo/demo-passwords";

/** A reason the shop will not start, written for the person starting it. */
export class StartupRefusal extends Error {}

/**
 * The demo staff passwords are public (README). On a production database (NODE_ENV=production with
 * DATABASE_URL) the shop refuses to start while an active demo account still has one; elsewhere (the
 * embedded demo, development) it says so in the log.
 */
export async function checkDemoStaffPasswords(
  env: Pick<TServerEnv, "NODE_ENV" | "DATABASE_URL">,
  db: Db,
  log: Logger,
): Promise<void> {
  const weak = await demoStaffWithDocumentedPasswords(db);
  if (weak.length === 0) return;
  const production = env.NODE_ENV === "production" && env.DATABASE_URL !== undefined;
  if (production) throw new StartupRefusal(demoPasswordMessage(weak, true));
  log.warn(demoPasswordMessage(weak, false));
}
