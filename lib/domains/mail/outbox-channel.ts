/** The Postgres NOTIFY channel an enqueue signals; delivered only when the enqueuing transaction commits. */
export const MAIL_OUTBOX_CHANNEL = "mail_outbox";
