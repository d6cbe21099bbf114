import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { ServerToClientEvents } from "@/lib/platform/contracts/events";
import { staffFromHeaders } from "@/lib/domains/auth/staff-from-headers";
import { createTestDatabase, type TestDatabase } from "./test-database";
import {
  connected,
  openClient,
  request,
  startHarness,
  type ClientOptions,
  type Harness,
  type TestClient,
} from "./realtime-harness";

// The set-up every realtime integration file shares: its own database, the real realtime server on
// port 0 (tests/support/realtime-harness.ts), real socket.io-client sockets that are all disconnected
// when the file ends, staff identified by their better-auth session when asked. A file calls realtimeSuite() at its top;
// its own beforeAll hooks run after the suite's, so `suite.t` and `suite.h` are ready in them.

export type HarnessOptions = NonNullable<Parameters<typeof startHarness>[1]>;

export interface RealtimeSuiteOptions {
  /** Staff sockets are identified by their better-auth session (`staffFromHeaders`); without it nobody is staff. */
  staff?: boolean;
  /** Harness options (limits, event budget, trusted proxies). */
  harness?: HarnessOptions;
  /** Another database than a clone of the template (the outage test brings its own Postgres). */
  database?: () => Promise<TestDatabase>;
  /** Runs after the server closed and the database was dropped. */
  afterClose?: () => Promise<void>;
  /** For a `database` that takes long to start. */
  timeoutMs?: number;
}

export interface RealtimeSuite {
  readonly t: TestDatabase;
  readonly h: Harness;
  /** A socket on its way (connected or refused: see `connected`/`refused`), disconnected when the file ends. */
  open(options: ClientOptions): TestClient;
  /** A connected socket, disconnected when the file ends. */
  connect(options: ClientOptions): Promise<TestClient>;
  /** A shopper's connected socket (a fresh shopper unless given) that entered `page`: a product, or the store with null. */
  shopper(page: string | null, options?: ClientOptions): Promise<TestClient>;
  /** Every payload `client` hears for `event` from now on. */
  collect<E extends keyof ServerToClientEvents>(client: TestClient, event: E): Parameters<ServerToClientEvents[E]>[0][];
  /** Disconnects every socket opened so far (the suite does it at the end anyway). */
  disconnectAll(): void;
  /** Closes the server (its sockets drop) and starts a fresh one on the same database, as a restart does. */
  restart(harness?: HarnessOptions): Promise<void>;
}

export function realtimeSuite(options: RealtimeSuiteOptions = {}): RealtimeSuite {
  let t: TestDatabase | undefined;
  let h: Harness | undefined;
  const open: TestClient[] = [];
  const harnessOptions = (harness: HarnessOptions = {}): HarnessOptions =>
    options.staff ? { identifyStaff: staffFromHeaders, ...harness } : harness;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the realtime suite is used before its beforeAll ran");
    return value;
  };

  beforeAll(async () => {
    t = await (options.database ?? createTestDatabase)();
    h = await startHarness(t, harnessOptions(options.harness));
  }, options.timeoutMs);

  afterAll(async () => {
    for (const client of open) client.disconnect();
    await h?.close();
    await t?.drop();
    await options.afterClose?.();
  }, options.timeoutMs);

  const suite: RealtimeSuite = {
    get t() {
      return ready(t);
    },
    get h() {
      return ready(h);
    },
    open(clientOptions) {
      const client = openClient(suite.h, clientOptions);
      open.push(client);
      return client;
    },
    async connect(clientOptions) {
      const client = suite.open(clientOptions);
      await connected(client);
      return client;
    },
    async shopper(page, clientOptions = {}) {
      const client = await suite.connect({ shopperId: randomUUID(), ...clientOptions });
      const ack = await request(client, "presence:enter", { productId: page });
      if (!ack.ok) throw new Error(`presence:enter refused: ${ack.error}`);
      return client;
    },
    collect(client, event) {
      const seen: Parameters<ServerToClientEvents[typeof event]>[0][] = [];
      const listener = (payload: (typeof seen)[number]) => void seen.push(payload);
      (client.on as (e: string, l: (p: (typeof seen)[number]) => void) => void)(event, listener);
      return seen;
    },
    disconnectAll() {
      for (const client of open.splice(0)) client.disconnect();
    },
    async restart(harness = {}) {
      await suite.h.close();
      open.length = 0;
      h = await startHarness(suite.t, harnessOptions(harness));
    },
  };
  return suite;
}
