// GET /admin/insights/[id]/export/daily|shoppers — an experiment's rows as CSV. Owners only, never cached.
import { z } from "zod";
import { requireStaff } from "@/lib/domains/auth/guards";
import { isUserError } from "@/lib/platform/errors/user-error";
import { db } from "@/lib/platform/db/client";
import { getExperiment } from "@/lib/domains/experiments/list-experiments";
import { dailyCsv, shoppersCsv } from "@/lib/domains/experiments/export-experiment";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";

export const dynamic = "force-dynamic";

const ZParams = z.object({ id: z.uuid(), kind: z.enum(["daily", "shoppers"]) });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  try {
    await requireStaff("owner");
  } catch (error) {
    if (!isUserError(error)) throw error;
    return Response.json({ error: error.message }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "Unknown export" }, { status: 404 });
  const { id, kind } = parsed.data;
  if (!(await getExperiment(db(), id))) return Response.json({ error: "Unknown experiment" }, { status: 404 });
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="experiment-${id.slice(0, 8)}-${kind}.csv"`,
    "Cache-Control": "private, no-store",
  };
  if (kind === "daily") {
    const { timezone } = await getOrderSettings(db());
    return new Response(await dailyCsv(db(), id, timezone), { headers });
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      try {
        await shoppersCsv(db(), id, (chunk) => controller.enqueue(encoder.encode(chunk)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(body, { headers });
}
