import "./zod-browser";
import { z } from "zod";

export const MAIL_STATUSES = ["PENDING", "SENT", "FAILED", "SKIPPED"] as const;
export const ZMailStatus = z.enum(MAIL_STATUSES);
export type TMailStatus = z.infer<typeof ZMailStatus>;

/** /admin/outbox?status=…&after=<row id>: a status tab and the last row of the previous page. */
export const ZOutboxQuery = z.object({
  status: ZMailStatus.optional().catch(undefined),
  after: z.uuid().optional().catch(undefined),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;
