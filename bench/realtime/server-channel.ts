// The realtime server child (bench/realtime-server.ts) driven over IPC, and its CPU and heap readings.
import type { ChildProcess } from "node:child_process";
import type { ServerCommand, ServerReply } from "../realtime-server";
import { nextMessage } from "../support/processes";

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
  swarm: NodeJS.CpuUsage;
  at: number;
}

export type HeapReading = Extract<ServerReply, { type: "heap" }>;

export const readHeap = (channel: ServerChannel) => channel.ask<HeapReading>({ type: "heap" }, "heap");

/** CPU of the server child and of this process (the swarm) as shares of one core between two marks. */
export function cpuMeter(channel: ServerChannel) {
  const cpuMark = async (): Promise<CpuMark> => ({
    server: await channel.ask<Extract<ServerReply, { type: "cpu" }>>({ type: "cpu" }, "cpu"),
    swarm: process.cpuUsage(),
    at: performance.now(),
  });
  const cpuShare = (a: CpuMark, b: CpuMark) => {
    const wallUs = (b.at - a.at) * 1000;
    return {
      server: (b.server.user + b.server.system - a.server.user - a.server.system) / wallUs,
      swarm: (b.swarm.user + b.swarm.system - a.swarm.user - a.swarm.system) / wallUs,
    };
  };
  return { cpuMark, cpuShare };
}

export type CpuShare = ReturnType<ReturnType<typeof cpuMeter>["cpuShare"]>;
