// A share of the swarm in its own process (forked by swarm-pool.ts, pinned to the generator's CPU):
// it holds its viewers' socket.io-client sockets, and on the driver's commands connects them, arms a
// trial, asks, posts, moves between rooms and counts. Per receipt it does the least it can: one clock
// read, a match on the decoded payload and a push onto an array; no serialization. Receipt times are
// read on the shared clock (config.ts `clock`), so the driver subtracts its own trigger time.
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import type { TQaChanged } from "@/lib/platform/contracts/qa";
import { SUSTAINED_PREFIX, clock, sleep, type Client } from "./config";
import { ask, enterRoom, openViewer, type ViewerOptions } from "./clients";

export interface ViewerSpec {
  /** The viewer's index in the whole swarm (the driver's plan). */
  id: number;
  productId: string | null;
  hot: boolean;
  localAddress?: string;
}

/** Which receipts count for a trial. */
export type Match =
  | { kind: "cart-add" } // activity:recorded carrying a cart_add event (recordActivity, or a re-sent real one)
  | { kind: "activity-id"; id: string } // activity:recorded whose first event has this id (cluster emits)
  | { kind: "qa-token"; token: string }; // qa:changed whose body starts with the trial token

export type WorkerCommand =
  | { type: "clock"; seq: number }
  | {
      type: "connect";
      seq: number;
      group: string;
      url: string;
      viewers: ViewerSpec[];
      concurrency: number;
      options: ViewerOptions;
    }
  | { type: "disconnect"; seq: number; group: string }
  | { type: "arm"; seq: number; group: string; match: Match; targets: "all" | "hot"; capture: boolean }
  | { type: "collect"; seq: number }
  | { type: "ask"; seq: number; id: number; productId: string; body: string }
  | { type: "sustained"; seq: number; posters: { id: number; productId: string }[]; seconds: number; text: string }
  | { type: "enter"; id: number; productId: string }
  | { type: "presence"; seq: number; on: boolean; watched: number[] }
  | { type: "counts"; seq: number; wait?: { questionActivity: number; sustained: number; timeoutMs: number } }
  | { type: "cpu"; seq: number }
  | { type: "stop" };

export interface Counts {
  /** activity:recorded pushes received (merged pushes carry many events) */
  activityPushes: number;
  /** "question_asked" events inside those pushes */
  questionActivity: number;
  /** qa:changed receipts of posts made in the sustained phase */
  sustained: number;
}

export type WorkerReply =
  | { type: "clock"; seq: number; at: number }
  | { type: "progress"; count: number }
  | { type: "connected"; seq: number; count: number; failures: string[] }
  | { type: "disconnected"; seq: number }
  | { type: "armed"; seq: number; expected: number }
  | {
      type: "receipts";
      seq: number;
      expected: number;
      /** receipt times on the shared clock, every target socket; `hot` the hot-room ones among them */
      all: number[];
      hot: number[];
      /** the first receipt's payload, when the arm asked to capture it */
      sample?: TActivityEvent[] | TQaChanged;
      bytes?: number;
    }
  | { type: "asked"; seq: number; sentAt: number; error?: string }
  | {
      type: "sustained";
      seq: number;
      startedAt: number;
      lastAckAt: number;
      latencies: number[];
      acked: number[];
      refused: string[];
    }
  | {
      type: "presence";
      seq: number;
      messages: number;
      entries: number;
      /** receipt times in 10 ms bins: [bin start, count] */
      bins: [number, number][];
      gaps: number[];
      entered: number;
    }
  | ({ type: "counts"; seq: number } & Counts)
  | { type: "cpu"; seq: number; user: number; system: number; at: number }
  | { type: "error"; message: string };

interface Entry extends ViewerSpec {
  client: Client;
  group: string;
}

interface Trial {
  seq: number;
  group: string;
  match: Match;
  targets: "all" | "hot";
  capture: boolean;
  expected: number;
  all: number[];
  hot: number[];
  sample?: TActivityEvent[] | TQaChanged;
  bytes?: number;
}

const groups = new Map<string, Entry[]>();
const byId = new Map<number, Entry>();
const counts: Counts = { activityPushes: 0, questionActivity: 0, sustained: 0 };
let trial: Trial | undefined;
const presence = {
  on: false,
  messages: 0,
  entries: 0,
  bins: new Map<number, number>(),
  watched: new Set<number>(),
  last: new Map<number, number>(),
  gaps: [] as number[],
  entered: 0,
};

function reply(message: WorkerReply): void {
  process.send?.(message);
}

function finish(current: Trial): void {
  trial = undefined;
  reply({
    type: "receipts",
    seq: current.seq,
    expected: current.expected,
    all: current.all,
    hot: current.hot,
    sample: current.sample,
    bytes: current.bytes,
  });
}

function receive(entry: Entry, at: number, payload: TActivityEvent[] | TQaChanged): void {
  const current = trial!;
  if (current.all.length === 0 && current.capture) {
    current.sample = payload;
    current.bytes = JSON.stringify(payload).length; // once per trial, not per receipt
  }
  current.all.push(at);
  if (entry.hot) current.hot.push(at);
  if (current.all.length === current.expected) finish(current);
}

function listen(entry: Entry): void {
  const { client } = entry;
  client.on("activity:recorded", (events) => {
    const at = clock();
    counts.activityPushes++;
    let cartAdd = false;
    for (const e of events) {
      if (e.kind === "question_asked") counts.questionActivity++;
      else if (e.kind === "cart_add") cartAdd = true;
    }
    const match = trial?.group === entry.group ? trial.match : undefined;
    if (!match || (!entry.hot && trial!.targets === "hot")) return;
    if (match.kind === "cart-add" ? cartAdd : match.kind === "activity-id" && events[0]?.id === match.id)
      receive(entry, at, events);
  });
  client.on("qa:changed", (change) => {
    const at = clock();
    const body = change.thread.body ?? "";
    if (body.startsWith(SUSTAINED_PREFIX)) counts.sustained++;
    const match = trial?.group === entry.group ? trial.match : undefined;
    if (match?.kind !== "qa-token" || !body.startsWith(match.token)) return;
    if (!entry.hot && trial!.targets === "hot") return;
    receive(entry, at, change);
  });
  client.on("presence:counted", (list: TPresenceCount[]) => {
    if (!presence.on) return;
    const at = clock();
    presence.messages++;
    presence.entries += list.length;
    const bin = Math.floor(at / 10) * 10;
    presence.bins.set(bin, (presence.bins.get(bin) ?? 0) + 1);
    if (presence.watched.has(entry.id)) {
      const last = presence.last.get(entry.id);
      if (last !== undefined) presence.gaps.push(at - last);
      presence.last.set(entry.id, at);
    }
  });
}

/** Opens `viewers` with at most `concurrency` handshakes in flight (a ramp, not a burst). */
async function connectGroup(command: Extract<WorkerCommand, { type: "connect" }>): Promise<void> {
  const list = groups.get(command.group) ?? [];
  groups.set(command.group, list);
  const failures: string[] = [];
  let next = 0;
  let connected = 0;
  const lane = async () => {
    while (next < command.viewers.length) {
      const spec = command.viewers[next++]!;
      try {
        const client = await openViewer(command.url, spec.productId, {
          ...command.options,
          localAddress: spec.localAddress,
        });
        const entry: Entry = { ...spec, client, group: command.group };
        list.push(entry);
        byId.set(spec.id, entry);
        listen(entry);
        if (++connected % 1000 === 0) reply({ type: "progress", count: 1000 });
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, command.concurrency) }, lane));
  reply({ type: "progress", count: connected % 1000 });
  reply({ type: "connected", seq: command.seq, count: connected, failures: failures.slice(0, 5) });
}

async function sustained(command: Extract<WorkerCommand, { type: "sustained" }>): Promise<void> {
  const startedAt = clock();
  const deadline = startedAt + command.seconds * 1000;
  let lastAckAt = startedAt;
  const latencies: number[] = [];
  const refused: string[] = [];
  const acked = await Promise.all(
    command.posters.map(async (poster) => {
      const client = byId.get(poster.id)!.client;
      let n = 0;
      let ok = 0;
      while (clock() < deadline) {
        const sent = clock();
        const ack = await ask(client, poster.productId, `${SUSTAINED_PREFIX}${poster.id}-${n++}${command.text}`);
        lastAckAt = clock();
        latencies.push(lastAckAt - sent);
        if (ack.ok) ok++;
        else refused.push(ack.error);
      }
      return ok;
    }),
  );
  reply({ type: "sustained", seq: command.seq, startedAt, lastAckAt, latencies, acked, refused });
}

async function handle(command: WorkerCommand): Promise<void> {
  switch (command.type) {
    case "clock":
      return reply({ type: "clock", seq: command.seq, at: clock() });
    case "connect":
      return connectGroup(command);
    case "disconnect": {
      for (const entry of groups.get(command.group) ?? []) {
        entry.client.disconnect();
        byId.delete(entry.id);
      }
      groups.delete(command.group);
      return reply({ type: "disconnected", seq: command.seq });
    }
    case "arm": {
      const members = groups.get(command.group) ?? [];
      const expected = command.targets === "hot" ? members.filter((e) => e.hot).length : members.length;
      const armed: Trial = { ...command, expected, all: [], hot: [] };
      trial = armed;
      reply({ type: "armed", seq: command.seq, expected });
      if (expected === 0) finish(armed);
      return;
    }
    case "collect": {
      // The driver gave up waiting: hand over what arrived (nothing, when the trial already finished).
      if (trial?.seq === command.seq) finish(trial);
      return;
    }
    case "ask": {
      const sentAt = clock();
      const ack = await ask(byId.get(command.id)!.client, command.productId, command.body);
      return reply({ type: "asked", seq: command.seq, sentAt, error: ack.ok ? undefined : ack.error });
    }
    case "sustained":
      return sustained(command);
    case "enter": {
      await enterRoom(byId.get(command.id)!.client, command.productId);
      byId.get(command.id)!.productId = command.productId;
      presence.entered++;
      return;
    }
    case "presence": {
      if (command.on) {
        Object.assign(presence, { on: true, messages: 0, entries: 0, gaps: [], entered: 0 });
        presence.bins.clear();
        presence.last.clear();
        presence.watched = new Set(command.watched);
        return;
      }
      presence.on = false;
      return reply({
        type: "presence",
        seq: command.seq,
        messages: presence.messages,
        entries: presence.entries,
        bins: [...presence.bins],
        gaps: presence.gaps,
        entered: presence.entered,
      });
    }
    case "counts": {
      const wait = command.wait;
      if (wait) {
        const until = clock() + wait.timeoutMs;
        while (
          (counts.questionActivity < wait.questionActivity || counts.sustained < wait.sustained) &&
          clock() < until
        )
          await sleep(5);
      }
      return reply({ type: "counts", seq: command.seq, ...counts });
    }
    case "cpu": {
      const { user, system } = process.cpuUsage();
      return reply({ type: "cpu", seq: command.seq, user, system, at: clock() });
    }
    case "stop": {
      for (const list of groups.values()) for (const entry of list) entry.client.disconnect();
      process.exit(0);
    }
  }
}

process.on("message", (command: WorkerCommand) => {
  handle(command).catch((error: unknown) => reply({ type: "error", message: String(error) }));
});
process.on("disconnect", () => process.exit(0));
reply({ type: "clock", seq: 0, at: clock() }); // ready
