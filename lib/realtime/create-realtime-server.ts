import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Logger } from "pino";
import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import { LOOKING_NOW_ROOM, STORE_ROOM, type TPresenceCount } from "@/lib/contracts/presence";
import { ActivityWriter } from "@/lib/activity/activity-writer";
import { ViewAggregator } from "@/lib/activity/view-aggregator";
import { installActivityWriter } from "@/lib/activity/record-activity";
import { purgeExpiredActivity } from "@/lib/activity/read-activity";
import { LocalPresenceTracker, type PresenceTracker } from "@/lib/presence/presence-tracker";
import { PresenceCoalescer } from "@/lib/presence/presence-coalescer";
import { installPresenceSnapshot, presenceSnapshot } from "@/lib/presence/presence-snapshot";
import { LiveSettings } from "@/lib/settings/live-settings";
import { createVisitRecorder } from "@/lib/shoppers/visit-recorder";
import { isAllowedOrigin } from "./origin-check";
import { identify } from "./middleware/identify";
import { dispatchEvents, type HandlerTable } from "./handle-event";
import { joinStore, presenceHandlers } from "./handlers/presence";
import { activityHandlers } from "./handlers/activity";
import { shopperHandlers } from "./handlers/shopper";
import { qaHandlers } from "./handlers/qa";
import { hostHandlers } from "./handlers/host";
import { QaError } from "@/lib/qa/qa-error";
import { buildFloor } from "@/lib/hosts/floor";
import type { PostLimiter } from "@/lib/rate-limit/post-limiter";
import { STAFF_ROOM, personRoom, type RealtimeIo } from "./socket-types";

export interface RealtimeDeps {
  allowedOrigins: readonly string[];
  db: () => Db;
  authSecret: string;
  identifyStaff: (headers: Headers) => Promise<StaffMember | null>;
  log: Logger;
  presence?: PresenceTracker;
  presenceIntervalMs?: number;
  presenceResendEvery?: number;
  activityFlushMs?: number;
  viewWindowMs?: number;
  settingsRefreshMs?: number;
  floorIntervalMs?: number;
  limiter: PostLimiter;
  trustProxy?: boolean;
}

export interface RealtimeServer {
  io: RealtimeIo;
  presence: PresenceTracker;
  activity: ActivityWriter;
  settings: LiveSettings;
  /** Runs the periodic work now: closes the view window, writes the activity batch, pushes changed counts. */
  runPeriodicWork(): Promise<void>;
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/**
 * Volatile messages are dropped while a socket is still writing, so each socket gets at most one
 * message per push: a product room its own count (with the store's when that changed), the pages
 * listing what is looked at now every changed count, everyone else the store's count when it changed.
 */
function pushCounts(io: RealtimeIo, changes: TPresenceCount[]): void {
  const store = changes.find((c) => c.room === STORE_ROOM);
  const products = changes.filter((c) => c.room !== STORE_ROOM);
  const productRooms = products.map((p) => p.room);
  for (const product of products) {
    io.to(product.room).volatile.emit("presence:counted", store ? [store, product] : [product]);
  }
  io.to(LOOKING_NOW_ROOM).except(productRooms).volatile.emit("presence:counted", changes);
  if (store)
    io.to(STORE_ROOM)
      .except([...productRooms, LOOKING_NOW_ROOM])
      .volatile.emit("presence:counted", [store]);
}

export async function createRealtimeServer(httpServer: HttpServer, deps: RealtimeDeps): Promise<RealtimeServer> {
  const { log } = deps;
  const io: RealtimeIo = new Server(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => {
      const ok = isAllowedOrigin(req.headers.origin, deps.allowedOrigins);
      callback(ok ? null : "origin not allowed", ok);
    },
  });

  const settings = new LiveSettings(deps.db, deps.settingsRefreshMs);
  await settings.start();
  const presence = deps.presence ?? new LocalPresenceTracker();
  const coalescer = new PresenceCoalescer({
    tracker: presence,
    threshold: () => settings.current().presenceThreshold,
    push: (changes) => pushCounts(io, changes),
    intervalMs: deps.presenceIntervalMs,
    resendEvery: deps.presenceResendEvery,
  });
  const activity = new ActivityWriter({
    db: deps.db,
    flushDelayMs: deps.activityFlushMs,
    onStored: (events) => {
      const kinds = new Set(settings.current().broadcastKinds);
      for (const event of events) if (kinds.has(event.kind)) io.to(STORE_ROOM).emit("activity:recorded", event);
    },
    onError: (error) => log.error({ err: error }, "activity batch failed"),
  });
  const views = new ViewAggregator((input) => activity.enqueue(input), deps.viewWindowMs);
  const retention = setInterval(
    () =>
      void purgeExpiredActivity(deps.db(), settings.current().retentionDays).catch((err) =>
        log.warn({ err }, "purge failed"),
      ),
    HOUR,
  );
  retention.unref();

  // The host console's floor, pushed when it changed and only while a host is watching.
  let lastFloor = "";
  const pushFloor = async () => {
    if (!io.sockets.adapter.rooms.get(STAFF_ROOM)?.size) return;
    const floor = await buildFloor(deps.db(), presence);
    const key = JSON.stringify({ ...floor, at: "" });
    if (key === lastFloor) return;
    lastFloor = key;
    io.to(STAFF_ROOM).emit("floor:updated", floor);
  };
  const floorTimer = setInterval(
    () => void pushFloor().catch((err) => log.warn({ err }, "floor push failed")),
    deps.floorIntervalMs ?? 2000,
  );
  floorTimer.unref();

  coalescer.start();
  views.start();
  installActivityWriter(activity);
  installPresenceSnapshot(() => presenceSnapshot(presence, coalescer));

  const handlers: HandlerTable = {
    ...presenceHandlers({ presence, coalescer, views }),
    ...activityHandlers({ db: deps.db, settings }),
    ...shopperHandlers({ db: deps.db, presence, io }),
    ...qaHandlers({ db: deps.db, io, settings, limiter: deps.limiter }),
    ...hostHandlers({ db: deps.db, io, presence }),
  };
  const isRefusal = (error: unknown): error is QaError => error instanceof QaError;
  const recordVisit = createVisitRecorder(deps.db);

  io.use(identify(deps));
  io.on("connection", (socket) => {
    void socket.join(personRoom(socket.data.person));
    if (socket.data.staff) void socket.join(STAFF_ROOM);
    joinStore(socket, presence);
    socket.on("disconnect", () => presence.disconnect(socket.id));
    if (socket.data.shopperId) {
      // A visit day per shopper per day is what "regular" marks are computed from.
      void recordVisit(socket.data.shopperId).catch((err) => log.warn({ err }, "visit not recorded"));
    }
    dispatchEvents(socket, handlers, log, isRefusal);
  });

  return {
    io,
    presence,
    activity,
    settings,
    runPeriodicWork: async () => {
      coalescer.tick();
      views.flush();
      await activity.flush();
      await pushFloor();
    },
    close: async () => {
      clearInterval(retention);
      clearInterval(floorTimer);
      coalescer.stop();
      views.stop();
      await activity.stop();
      installActivityWriter(undefined);
      installPresenceSnapshot(undefined);
      settings.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await deps.limiter.close();
    },
  };
}
