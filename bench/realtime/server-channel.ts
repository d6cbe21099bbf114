// The realtime server child (bench/realtime-server.ts) driven over IPC, and its CPU and heap readings.
import type { ChildProcess } from "node:child_process";
import type { ServerCommand, ServerReply } from "../realtime-server";
import { nextMessage } from "../support/processes";
import type { SwarmCpuMark, SwarmPool } from "./swarm-pool";

/** Request/response over the child's IPC channel. */
export function serverChannel(child: ChildProcess) {
  return {
    send(command: ServerCommand) {
      child.send(command);
    },
    ask<T extends ServerReply>(command: ServerCommand, type: T["type"]): Promise<T> {
      const reply = nextMessage<T>(child, type, 30_000);
      child.send(command);
      return reply;
    },
    awaitDone(seq: number): Promise<void> {
      return new Promise((resolve, reject) => {
        const onMessage = (m: ServerReply) => {
          if (m.type === "done" && m.seq === seq) {
            child.off("message", onMessage);
            resolve();
          } else if (m.type === "error") {
            child.off("message", onMessage);
            reject(new Error(`realtime server: ${m.message}`));
          }
        };
        child.on("message", onMessage);
      });
    },
  };
}

export type ServerChannel = ReturnType<typeof serverChannel>;

export interface CpuMark {
  server: { user: number; system: number; at: number };
  swarm: SwarmCpuMark;
  at: number;
}

export type HeapReading = Extract<ServerReply, { type: "heap" }>;

export const readHeap = (channel: ServerChannel) => channel.ask<HeapReading>({ type: "heap" }, "heap");

/** CPU of the server child and of the swarm's processes as shares of one core between two marks. */
export function cpuMeter(channel: ServerChannel, pool: SwarmPool) {
  const cpuMark = async (): Promise<CpuMark> => ({
    server: await channel.ask<Extract<ServerReply, { type: "cpu" }>>({ type: "cpu" }, "cpu"),
    swarm: await pool.cpuMark(),
    at: performance.now(),
  });
  const cpuShare = (a: CpuMark, b: CpuMark) => {
    const wallUs = (b.at - a.at) * 1000;
    return {
      server: (b.server.user + b.server.system - a.server.user - a.server.system) / wallUs,
      swarm: pool.cpuShare(a.swarm, b.swarm),
    };
  };
  return { cpuMark, cpuShare };
}

export type CpuMeter = ReturnType<typeof cpuMeter>;
export type CpuShare = ReturnType<CpuMeter["cpuShare"]>;
