// One instance of the realtime layer in its own process (the real factory on a node:http server), so
// two of them share nothing but Postgres and Redis, as two shop instances do, and one can be killed -9.
// The test drives it over IPC for what a page or an admin would do on that instance.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createDb } from "@/lib/platform/db/client";
import { createRealtimeServer } from "@/lib/runtime/realtime/create-realtime-server";
import { createPostLimiter } from "@/lib/domains/qa/post-limiter";
import { staffFromHeaders } from "@/lib/domains/auth/staff-from-headers";
import { announceSettingsChanged } from "@/lib/domains/settings/live-settings";
import { changeHostDuty } from "@/lib/domains/hosts/change-duty";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { disconnectAudience } from "@/lib/platform/publish/publish";
import { toStaffMember } from "@/lib/platform/publish/audience";

export type InstanceCommand =
  | { id: number; type: "settings-changed" }
  | { id: number; type: "threshold" }
  | { id: number; type: "flush-views" }
  | { id: number; type: "activity"; productId: string }
  | { id: number; type: "sockets" }
  | { id: number; type: "duty"; staffId: string; onDuty: boolean }
  | { id: number; type: "end-staff"; staffId: string };

export type InstanceReply = { type: "ready"; port: number; instanceId: string } | { id: number; result: unknown };

const need = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main() {
  const url = need("DATABASE_URL");
  const db = createDb(url, 5);
  const http = createServer();
  const realtime = await createRealtimeServer(http, {
    allowedOrigins: [need("TEST_ORIGIN")],
    db: () => db,
    authSecret: need("AUTH_SECRET"),
    identifyStaff: staffFromHeaders,
    log: pino({ level: process.env.LOG_LEVEL ?? "warn" }),
    // The real limiter, per shopper as in production; every test socket shares 127.0.0.1, so the
    // per-address budget is raised.
    limiter: createPostLimiter(url, {
      // The history check (tests/support/history-check.ts) has each writer post far more than a person would.
      perShopper: { points: Number(process.env.POSTS_PER_SHOPPER ?? 6), duration: 60 },
      perIp: { points: 10_000, duration: 60 },
    }),
    redisUrl: need("REDIS_URL"),
    presenceIntervalMs: 100,
    presenceExpiryMs: Number(process.env.PRESENCE_EXPIRY_MS ?? 2_000),
    presenceHeartbeatMs: 250,
    floorIntervalMs: 200,
    // Merged store-wide pushes: the first after a quiet hour at once, the rest when a test flushes.
    storePushIntervalMs: 3_600_000,
    // Only the settings-changed signal can bring a change in time, not the periodic re-read.
    settingsRefreshMs: 3_600_000,
    viewWindowMs: 3_600_000,
    trustProxy: 1,
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));

  process.on("message", (command: InstanceCommand) => {
    const answer = async (): Promise<unknown> => {
      switch (command.type) {
        case "settings-changed":
          return announceSettingsChanged(db);
        case "threshold":
          return realtime.settings.current().presenceThreshold;
        case "flush-views":
          return realtime.runPeriodicWork();
        case "activity":
          // What a cart action does on this instance: the event is stored, then announced.
          recordActivity(db, { kind: "cart_add", productId: command.productId });
          return realtime.activity.flush();
        case "sockets":
          return realtime.io.local.fetchSockets().then((s) => s.length);
        case "duty":
          return changeHostDuty(db, command.staffId, command.onDuty);
        case "end-staff":
          // What deactivating or signing out a staff member does after it is stored.
          return disconnectAudience(toStaffMember(command.staffId));
      }
    };
    void answer().then(
      (result) => process.send?.({ id: command.id, result: result ?? null }),
      (error: unknown) => process.send?.({ id: command.id, result: { error: String(error) } }),
    );
  });
  process.on(
    "SIGTERM",
    () =>
      void realtime
        .close()
        .then(() => db.$disconnect())
        .then(() => process.exit(0)),
  );
  process.send?.({ type: "ready", port: (http.address() as AddressInfo).port, instanceId: realtime.instanceId });
}

process.on("disconnect", () => process.exit(0));
main().catch((error: unknown) => {
  console.error("[realtime-instance] failed to start:", error);
  process.exit(1);
});
