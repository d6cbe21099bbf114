import type { OutboxRow } from "@/lib/domains/mail/list-outbox";
import { DataTable } from "@/components/ui/data-table";

const STATUS_LABEL: Record<OutboxRow["status"], { text: string; className: string }> = {
  PENDING: { text: "Waiting", className: "text-roast-900" },
  SENT: { text: "Sent", className: "text-leaf-600" },
  FAILED: { text: "Failed", className: "font-semibold text-ember-700" },
  SKIPPED: { text: "Not sent", className: "text-roast-700" },
};

const KIND_LABEL: Record<string, string> = {
  order_confirmation: "Order confirmation",
  order_step: "Order step",
  qa_answer: "Answer to a question",
  session_reminder: "Session reminder",
};

// Staff read these side by side with server logs: one zone, named.
const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const at = (iso: string | null) => (iso ? `${time.format(new Date(iso))} UTC` : "—");

export function OutboxTable({ rows }: { rows: OutboxRow[] }) {
  return (
    <DataTable
      caption="Outgoing email, newest first"
      columns={[
        { label: "Created" },
        { label: "Status" },
        { label: "Attempts", align: "right" },
        { label: "Recipient" },
        { label: "Subject" },
        { label: "Sent" },
        { label: "Last error or note" },
      ]}
    >
      {rows.map((row) => {
        const status = STATUS_LABEL[row.status];
        return (
          <tr key={row.id} className="border-t border-roast-100 align-top">
            <td className="whitespace-nowrap px-3 py-2">{at(row.createdAt)}</td>
            <td className="px-3 py-2">
              <span className={status.className}>{status.text}</span>
              {row.nextAttemptAt ? (
                <span className="block text-xs text-roast-700">next try {at(row.nextAttemptAt)}</span>
              ) : null}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{row.attempts}</td>
            <td className="px-3 py-2 break-all">{row.recipient}</td>
            <td className="px-3 py-2">
              {row.subject || <span className="text-roast-700">Written when first sent</span>}
              <span className="block text-xs text-roast-700">{KIND_LABEL[row.kind] ?? row.kind}</span>
            </td>
            <td className="whitespace-nowrap px-3 py-2">{at(row.sentAt)}</td>
            <td className="px-3 py-2 text-roast-800">{row.lastError ?? "—"}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
