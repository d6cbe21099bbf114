import { verifyPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/platform/db/generated/client";
import { DEMO_STAFF } from "@/lib/domains/demo/seed-demo-store";

/** Emails of active demo staff accounts that still have the password printed in the README. */
export async function demoStaffWithDocumentedPasswords(db: PrismaClient): Promise<string[]> {
  const accounts = await db.account.findMany({
    where: { providerId: "credential", user: { active: true, email: { in: DEMO_STAFF.map((s) => s.email) } } },
    select: { password: true, user: { select: { email: true } } },
  });
  const weak: string[] = [];
  for (const account of accounts) {
    const documented = DEMO_STAFF.find((s) => s.email === account.user.email)?.password;
    if (documented && account.password && (await verifyPassword({ hash: account.password, password: documented }))) {
      weak.push(account.user.email);
    }
  }
  return weak.sort();
}

/** The log line that says what is wrong and how to fix it. */
export function demoPasswordMessage(emails: string[], refusing: boolean): string {
  const fixes = emails.map((email) => `npm run staff -- password --email ${email}`).join("  or  ");
  return (
    `the demo staff account(s) ${emails.join(", ")} still use the password printed in the README: anyone can ` +
    `sign in as them. Change it with \`${fixes}\` (or deactivate the account with \`npm run staff -- deactivate ` +
    `--email …\`)${refusing ? ", then start the shop again. Refusing to start on a production database." : "."}`
  );
}
