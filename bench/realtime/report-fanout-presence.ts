// The report's first half: a. fan-out latency and its ratios, b. presence pushes under churn.
import { fmt, meets, percentile, table } from "../support/stats";
import { AIM, CHURN_S, HOT, SOCKETS, TRIALS } from "./config";
import { fanoutArms } from "./fanout";
import type { RunResults } from "./run-results";
import type { Arm, Samples } from "./trials";

export const armOf = (r: RunResults) => (arm: Arm) => r.results.get(arm)!;

export const ratioOf = (r: RunResults) => (arm: Arm, against: Samples, p: number) =>
  percentile(armOf(r)(arm).hot, p) / percentile(against.hot, p);

export const ratioTable = (rows: readonly (readonly [string, number, number])[], aim: number) =>
  table(
    ["pair", "p50 ratio", "p99 ratio", `met ≤${aim} p50/p99`],
    rows.map(([name, p50, p99]) => [
      name,
      fmt(p50, 2),
      fmt(p99, 2),
      `${meets(p50, aim, "max")}/${meets(p99, aim, "max")}`,
    ]),
  );

export function printFanout(r: RunResults): void {
  const { pin, flushDelay } = r;
  const f = armOf(r);
  const ratio = ratioOf(r);
  console.log(
    `\nSummary (${SOCKETS} sockets; server and Postgres on ${pin ? "CPU0" : "any CPU"}, swarm (${r.swarmProcesses} processes) on ${pin ? "CPU1" : "any CPU"})\n`,
  );
  const base = f("emit-store");
  const fanoutRows = fanoutArms.map((arm) => {
    const s = f(arm);
    return [
      arm,
      String(s.all.length),
      String(s.missing),
      fmt(percentile(s.hot, 50), 2),
      fmt(percentile(s.hot, 99), 2),
      fmt(percentile(s.all, 50), 2),
      fmt(percentile(s.all, 99), 2),
      fmt(percentile(s.last, 99), 2),
    ];
  });
  console.log(
    `a. Fan-out of one activity event (${TRIALS} trials per arm, interleaved; latency = receive − trigger, ms)`,
  );
  console.log(
    `   emit-store: io.to(store).emit of the same payload (same ${SOCKETS} recipients as activity:recorded);` +
      ` emit-hot: io.to(hot product room).emit (${HOT} recipients);`,
  );
  console.log(
    `   activity: recordActivity() in the server (enqueue; the writer stores it after its flush delay, ${flushDelay}, then broadcasts to the store room)\n`,
  );
  console.log(
    table(["arm", "deliveries", "missing", "hot p50", "hot p99", "all p50", "all p99", "last-socket p99"], fanoutRows),
  );
  const fanoutRatios = [
    ["activity ÷ emit-store", ratio("activity", base, 50), ratio("activity", base, 99)],
    ["activity ÷ emit-hot", ratio("activity", f("emit-hot"), 50), ratio("activity", f("emit-hot"), 99)],
  ] as const;
  console.log(`\n   ratios at hot-room sockets (aim ≤ ${AIM.fanoutRatio}; activity p99 ≤ ${AIM.fanoutP99Ms} ms)\n`);
  console.log(ratioTable(fanoutRatios, AIM.fanoutRatio));
  // Hot-room sockets connected first and are written first; the aim is judged at every socket.
  const activityHotP99 = percentile(f("activity").hot, 99);
  const activityAllP99 = percentile(f("activity").all, 99);
  console.log(
    `   activity p99: ${fmt(activityAllP99, 1)} ms at all ${SOCKETS} sockets (≤ ${AIM.fanoutP99Ms}: ${meets(activityAllP99, AIM.fanoutP99Ms, "max")}), ` +
      `${fmt(activityHotP99, 1)} ms at hot-room sockets`,
  );
}

export function printPresence(r: RunResults): void {
  console.log(`\nb. Presence pushes under churn (${CHURN_S} s each; per second, received by all clients)`);
  console.log(
    "   naive/room: each join and leave sent to every other member of that room; naive/all: each join and leave sent to every" +
      " other socket (per-event pushes of shop-wide counts, the anchor's B6 model)\n",
  );
  console.log(
    table(
      [
        "scenario",
        "moves/s",
        "ours msg/s",
        "ours counts/s",
        "naive/room",
        "ratio",
        "naive/all",
        "ratio",
        "met ≤1/50 (room)",
        "push gap ms",
      ],
      r.churnResults.map((c) => [
        c.name,
        fmt(c.switchesPerS, 1),
        fmt(c.pushesPerS, 0),
        fmt(c.entriesPerS, 0),
        fmt(c.naiveRoomPerS, 0),
        `1/${fmt(c.naiveRoomPerS / c.pushesPerS, 1)}`,
        fmt(c.naiveEveryonePerS, 0),
        `1/${fmt(c.naiveEveryonePerS / c.pushesPerS, 0)}`,
        meets(c.pushesPerS / c.naiveRoomPerS, AIM.presenceRatio, "max"),
        fmt(c.observedIntervalMs, 0),
      ]),
    ),
  );
  console.log(
    "   counts/s: room counts carried by our messages (a store-room push lists every changed room); a naive message carries one.",
  );
}
