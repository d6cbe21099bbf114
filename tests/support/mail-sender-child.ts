// A mail outbox sender in its own process, so a test can kill it mid-send (SIGKILL: no cleanup at all).
import pino from "pino";
import { createDb } from "@/lib/platform/db/client";
import { startMailOutbox } from "@/lib/runtime/jobs/mail-outbox";

const { DATABASE_URL, SMTP_URL, MAIL_FROM, OUTBOX_LEASE_MS } = process.env;
if (!DATABASE_URL || !SMTP_URL || !MAIL_FROM || !OUTBOX_LEASE_MS) throw new Error("mail-sender-child: missing env");

const db = createDb(DATABASE_URL, 2);
const job = startMailOutbox({
  db: () => db,
  databaseUrl: DATABASE_URL,
  mail: { smtpUrl: SMTP_URL, fromAddress: MAIL_FROM },
  log: pino({ level: "silent" }),
  intervalMs: 100,
  leaseMs: Number(OUTBOX_LEASE_MS),
});
await job.listening;
process.stdout.write("ready\n");
