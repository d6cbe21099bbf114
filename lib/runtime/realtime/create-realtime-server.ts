import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { verifyStaffSession } from "@/lib/domains/auth/verify-staff-session";
import type { ActivityInput, ActivityWriter } from "@/lib/domains/activity/activity-writer";
import { activityWriterFor } from "@/lib/domains/activity/record-activity";
import { ViewAggregator } from "@/lib/domains/activity/view-aggregator";
import type { ViewCounter } from "@/lib/domains/activity/view-counter";
import { LocalPresenceTracker, type PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { PresenceCoalescer } from "@/lib/domains/presence/presence-coalescer";
import { liveSettingsFor, type LiveSettings } from "@/lib/domains/settings/live-settings";
import { createVisitRecorder } from "@/lib/domains/shoppers/visit-recorder";
import type { PostLimiter } from "@/lib/domains/qa/post-limiter";
import { isAllowedOrigin } from "./origin-check";
import { identify } from "./middleware/identify";
import { refuseCoolingDown } from "./middleware/refuse-cooling-down";
import { HandshakeGate, type HandshakeGateLimits } from "./handshake-gate";
import { admitHandshake } from "./middleware/admit-handshake";
import { shoppersConnected } from "./shoppers-connected";
import { eventDispatcher, type HandlerTable } from "./handle-event";
import { connectionHandler } from "./connection-handler";
import { noteUpgradeResponses } from "./release-handshake";
import { createEventBudget, type EventBudgetLimits } from "./event-budget";
import { installPublicationSink } from "@/lib/platform/publish/publish";
import { joinCluster, type Cluster } from "./cluster";
import { socketPublicationSink } from "./socket-publication-sink";
import { roomOf, toStaff } from "@/lib/platform/publish/audience";
import { publishPresenceCounts } from "./broadcasts/presence-counts";
import { startFloorBroadcast } from "./broadcasts/floor-broadcast";
import { presenceHandlers } from "./handlers/presence";
import { activityHandlers } from "./handlers/activity";
import { shopperHandlers } from "./handlers/shopper";
import { qaHandlers } from "./handlers/qa";
import { hostHandlers } from "./handlers/host";
import { listenToInstances, setPersonCounted } from "./instance-events";
import { pollHandlers } from "./handlers/polls";
import { orderHandlers } from "./handlers/orders";
import { notifyHandlers } from "./handlers/notify";
import type { RealtimeIo } from "./socket-types";

export const DEFAULT_STORE_PUSH_INTERVAL_MS = 1_000;

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
  /** Store-wide pushes (the activity feed): at most one per socket per this many ms. Default 1000. */
  storePushIntervalMs?: number;
  limiter: PostLimiter;
  eventBudget?: EventBudgetLimits;
  /** Handshakes refused before any check: per address, and per credential cooling down. */
  handshakeLimits?: HandshakeGateLimits;
  /** Proxy hops in front of the shop (TRUST_PROXY). */
  trustProxy?: number;
  /** Multi-instance mode: rooms, presence and view windows shared through this Redis. */
  redisUrl?: string;
  /** How long a dead instance's people stay counted (multi-instance mode). */
  presenceExpiryMs?: number;
  presenceHeartbeatMs?: number;
}

export interface RealtimeServer {
  io: RealtimeIo;
  presence: PresenceTracker;
  activity: ActivityWriter;
  settings: LiveSettings;
  /** Set in multi-instance mode. */
  instanceId: string | null;
  /** Which of these shoppers have a tab open in the shop right now, on any instance (through the adapter). */
  inShopNow(shopperIds: string[]): Promise<Set<string>>;
  /** Runs the periodic work now: closes the view window, writes the activity batch, sends merged pushes now, pushes changed counts. */
  runPeriodicWork(): Promise<void>;
  /**
   * Stops the jobs, stores pending views and activity (failed writes retried until `flushUntil`, by default
   * a second from now), then disconnects every socket.
   */
  close(options?: { flushUntil?: number }): Promise<void>;
}

/**
 * Builds the Socket.IO server: identifies each connection, dispatches client events to the domain
 * handlers, installs the sink behind `publish`, and starts and stops its periodic broadcasts (presence
 * counts, the host floor, view windows). Background jobs start apart, in lib/runtime/jobs/start-jobs.ts.
 */
export async function createRealtimeServer(httpServer: HttpServer, deps: RealtimeDeps): Promise<RealtimeServer> {
  const { log } = deps;
  const gate = new HandshakeGate(deps.handshakeLimits);
  const io: RealtimeIo = new Server(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => {
      if (!isAllowedOrigin(req.headers.origin, deps.allowedOrigins)) return callback("origin not allowed", false);
      const refusal = admitHandshake(req, gate, deps.trustProxy ?? 0);
      callback(refusal, refusal === null);
    },
  });
  const activity = activityWriterFor(deps.db());
  activity.setFlushDelay(deps.activityFlushMs);
  const emitView = (input: ActivityInput) => activity.enqueue(input);
  const cluster: Cluster | null = deps.redisUrl
    ? await joinCluster(io, { ...deps, redisUrl: deps.redisUrl, viewWindowMs: deps.viewWindowMs, emitView })
    : null;
  const sink = socketPublicationSink(io, {
    clustered: cluster !== null,
    pushIntervalMs: deps.storePushIntervalMs ?? DEFAULT_STORE_PUSH_INTERVAL_MS,
  });
  const uninstallSink = installPublicationSink(sink);

  const settings = liveSettingsFor(deps.db());
  await settings.start(deps.settingsRefreshMs);
  const presence: PresenceTracker = deps.presence ?? cluster?.presence ?? new LocalPresenceTracker();
  const coalescer = new PresenceCoalescer({
    tracker: presence,
    threshold: () => settings.current().presenceThreshold,
    push: publishPresenceCounts,
    intervalMs: deps.presenceIntervalMs,
    resendEvery: deps.presenceResendEvery,
    onError: (err) => log.warn({ err }, "presence counts not pushed"),
  });
  const views: ViewCounter = cluster?.views ?? new ViewAggregator(emitView, deps.viewWindowMs);
  const floor = startFloorBroadcast({
    db: deps.db,
    presence,
    hostsWatching: () => (io.of("/").adapter.rooms.get(roomOf(toStaff()))?.size ?? 0) > 0,
    intervalMs: deps.floorIntervalMs,
    log,
  });
  coalescer.start();
  views.start();

  const uninstallInstanceEvents = listenToInstances(io, cluster !== null, presence, settings);
  const table: HandlerTable = {
    ...presenceHandlers({ db: deps.db, presence, coalescer, views }),
    ...activityHandlers({ db: deps.db, settings }),
    ...shopperHandlers({
      db: deps.db,
      limiter: deps.limiter,
      setPersonCounted: setPersonCounted(io, presence, !!cluster),
    }),
    ...qaHandlers({ db: deps.db, settings, limiter: deps.limiter }),
    ...hostHandlers({ db: deps.db, presence }),
    ...pollHandlers({ db: deps.db, settings, limiter: deps.limiter }),
    ...orderHandlers({ db: deps.db, authSecret: deps.authSecret }),
    ...notifyHandlers({ db: deps.db, limiter: deps.limiter }),
  };
  const budget = createEventBudget(deps.eventBudget);
  const verifyStaff = (staff: StaffMember) => verifyStaffSession(deps.db(), staff);

  noteUpgradeResponses(io);
  io.use(identify(deps));
  io.use(refuseCoolingDown(budget, gate));
  io.on(
    "connection",
    connectionHandler({
      presence,
      log,
      recordVisit: createVisitRecorder(deps.db),
      dispatch: eventDispatcher({ table, log, budget: budget.spend, verifyStaff }),
    }),
  );

  return {
    io,
    presence,
    activity,
    settings,
    instanceId: cluster?.instanceId ?? null,
    // "In the shop now" asks every instance (through the adapter), not just this one.
    inShopNow: (shopperIds) => shoppersConnected(io, shopperIds),
    runPeriodicWork: async () => {
      await coalescer.tick();
      await views.flush(true);
      await activity.flush();
      sink.flush();
      await floor.runNow();
    },
    close: async (options) => {
      floor.stop();
      coalescer.stop();
      await views.stop();
      // Retried until the shutdown's grace period ends; what still is not stored is logged with its count.
      await activity.settle(options?.flushUntil ?? Date.now() + 1_000);
      settings.stop();
      sink.stop();
      uninstallSink();
      uninstallInstanceEvents();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await presence.close();
      await cluster?.close();
      await deps.limiter.close();
    },
  };
}
