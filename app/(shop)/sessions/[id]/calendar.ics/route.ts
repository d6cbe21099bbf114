import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import { getSession } from "@/lib/domains/kitchen-sessions/list-sessions";
import { sessionIcs } from "@/lib/domains/kitchen-sessions/session-ics";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";

// GET /sessions/[id]/calendar.ics — "Add to calendar": the session at its stored times.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("Not found", { status: 404 });
  const [session, settings] = await Promise.all([getSession(db(), id), getStoreSettings(db())]);
  if (!session) return new Response("Not found", { status: 404 });
  const origin = publicOrigin();
  const body = sessionIcs(
    session,
    new URL(`/sessions/${id}`, origin).toString(),
    settings.name,
    new URL(origin).hostname,
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="kitchen-session-${id}.ics"`,
      "cache-control": "public, max-age=300",
    },
  });
}
