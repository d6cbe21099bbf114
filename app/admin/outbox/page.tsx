import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/client";
import { ZOutboxQuery } from "@/lib/platform/contracts/mail";
import { listOutbox } from "@/lib/domains/mail/list-outbox";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { mailConfig, smtpServerLabel } from "@/lib/domains/mail/mail-config";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { OutboxStatusTabs } from "@/components/admin/outbox-status-tabs";
import { OutboxTable } from "@/components/admin/outbox-table";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Email outbox" };

// /admin/outbox: every order email, its status, attempts and last error. Owners only.
export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  if (!(await staffForPage("owner", "/admin/outbox"))) return <ForbiddenNotice needed="owner" />;
  const query = ZOutboxQuery.parse(await searchParams);
  const [page, { timezone }] = await Promise.all([listOutbox(db(), query), getOrderSettings(db())]);
  const mail = mailConfig();

  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Email outbox</h1>
        <p className="mt-2 max-w-3xl text-sm text-roast-700">
          {mail ? (
            <>
              Order email goes out through <span className="font-medium">{smtpServerLabel(mail)}</span> from{" "}
              <span className="font-medium">{mail.fromAddress}</span>. Each email is stored with its order, sent within
              seconds, and retried with growing pauses when the mail server refuses it.
            </>
          ) : (
            <>
              Email is not configured (<code>SMTP_URL</code> is not set): no email is queued or sent, and the shop does
              not tell buyers one was. See the README to set it up.
            </>
          )}
        </p>
      </div>
      <OutboxStatusTabs current={query.status} counts={page.counts} />
      {page.rows.length === 0 ? (
        <EmptyState title="No email here yet." />
      ) : (
        <OutboxTable rows={page.rows} timeZone={timezone} />
      )}
      {page.nextAfter ? (
        <Link
          className="inline-block text-sm font-medium underline"
          href={`/admin/outbox?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), after: page.nextAfter })}`}
        >
          Older email
        </Link>
      ) : null}
    </main>
  );
}
