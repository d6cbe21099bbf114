import type { ConfirmationMailState } from "@/lib/domains/mail/confirmation-mail-state";

/** Says only what the outbox knows: nothing when no confirmation was queued (mail not configured). */
export function ConfirmationEmailNote({ state, email }: { state: ConfirmationMailState; email: string }) {
  const to = <span className="font-semibold">{email}</span>;
  if (state === "sent") return <>A confirmation was emailed to {to}.</>;
  if (state === "queued") return <>A confirmation is on its way to {to}.</>;
  if (state === "failed") return <>We could not email a confirmation to {to}; keep this page&apos;s link.</>;
  return null;
}
