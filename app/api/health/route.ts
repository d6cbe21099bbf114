// GET /api/health — liveness plus a database round trip, for load balancers and the e2e harness.
import { db } from "@/lib/platform/db/client";
import { pingDatabase } from "@/lib/platform/db/ping-database";
import { serverEnv } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  // A frozen Postgres must not hold a load balancer's probe: answer 503 after a short wait.
  if (await pingDatabase(db(), serverEnv().HEALTH_DB_TIMEOUT_MS)) {
    return Response.json({ status: "ok" }, { headers: noStore });
  }
  return Response.json({ status: "degraded", database: "unreachable" }, { status: 503, headers: noStore });
}
