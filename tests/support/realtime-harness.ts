import type { HandshakeGateLimits } from "@/lib/runtime/realtime/handshake-gate";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents, Ack } from "@/lib/platform/contracts/events";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { createRealtimeServer, type RealtimeServer } from "@/lib/runtime/realtime/create-realtime-server";
import { signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { createPostLimiter, type PostLimits } from "@/lib/domains/qa/post-limiter";
import type { EventBudgetLimits } from "@/lib/runtime/realtime/event-budget";
import type { TestDatabase } from "./test-database";

export const TEST_SECRET = "realtime-test-secret-realtime-test-secret";
export const TEST_ORIGIN = "http://shop.test";

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Harness {
  url: string;
  realtime: RealtimeServer;
  http: Server;
  close(): Promise<void>;
}

/**
 * The real realtime server on port 0 over a real test database. Presence pushes, view windows and
 * merged store-wide pushes are driven by the test (tickPresence) rather than timers, so assertions never depend on timing.
 */
export async function startHarness(
  t: TestDatabase,
  options: {
    identifyStaff?: (headers: Headers) => Promise<StaffMember | null>;
    limits?: PostLimits;
    eventBudget?: EventBudgetLimits;
    /** TRUST_PROXY: proxies in front of the shop. */
    trustProxy?: number;
    handshakeLimits?: HandshakeGateLimits;
  } = {},
): Promise<Harness> {
  const http = createServer();
  const realtime = await createRealtimeServer(http, {
    allowedOrigins: [TEST_ORIGIN],
    db: () => t.db,
    authSecret: TEST_SECRET,
    identifyStaff: options.identifyStaff ?? (async () => null),
    log: pino({ level: "silent" }),
    presenceIntervalMs: 3_600_000,
    presenceResendEvery: Number.MAX_SAFE_INTEGER,
    viewWindowMs: 3_600_000,
    activityFlushMs: 3_600_000,
    settingsRefreshMs: 3_600_000,
    floorIntervalMs: 3_600_000,
    // Merged store-wide pushes go out at the first event after a quiet interval, then when the test says.
    storePushIntervalMs: 3_600_000,
    limiter: createPostLimiter(t.url, options.limits),
    eventBudget: options.eventBudget,
    trustProxy: options.trustProxy,
    handshakeLimits: options.handshakeLimits,
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, realtime, http, close: () => realtime.close() };
}

export interface ClientOptions {
  shopperId?: string;
  cookie?: string;
  origin?: string;
  gpc?: boolean;
  /** X-Forwarded-For as a proxy in front of the shop would send it. */
  forwardedFor?: string;
}

export function shopperCookie(shopperId: string): string {
  return `ok_shopper=${signShopperId(shopperId, TEST_SECRET)}`;
}

/** A real socket.io-client over websocket, connected or rejected. */
export function openClient(h: Harness, options: ClientOptions): TestClient {
  const headers: Record<string, string> = { origin: options.origin ?? TEST_ORIGIN };
  const cookie = options.cookie ?? (options.shopperId ? shopperCookie(options.shopperId) : undefined);
  if (cookie) headers.cookie = cookie;
  if (options.gpc) headers["sec-gpc"] = "1";
  if (options.forwardedFor) headers["x-forwarded-for"] = options.forwardedFor;
  return connect(h.url, { transports: ["websocket"], extraHeaders: headers, reconnection: false, forceNew: true });
}

export function connected(client: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (client.connected) return resolve();
    client.once("connect", () => resolve());
    client.once("connect_error", (error) => reject(error));
  });
}

export function refused(client: TestClient): Promise<string> {
  return new Promise((resolve, reject) => {
    client.once("connect", () => reject(new Error("connection was accepted")));
    client.once("connect_error", (error) => resolve(error.message));
  });
}

/** Emits with an ack and returns the envelope. */
export function request<T>(client: TestClient, event: string, payload: unknown): Promise<Ack<T>> {
  return new Promise((resolve) => {
    (client.emit as (e: string, p: unknown, ack: (r: Ack<T>) => void) => void)(event, payload, resolve);
  });
}

/** Emits with an ack and returns its data; a refusal fails the test with the server's message. */
export async function requestOk<T>(client: TestClient, event: string, payload: unknown): Promise<T> {
  const ack = await request<T>(client, event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error}`);
  return ack.data;
}

/** Resolves once the server has processed everything this client sent before (acks are ordered per socket). */
export async function settle(client: TestClient): Promise<void> {
  await request(client, "activity:since", { afterId: "999999999999" });
}
