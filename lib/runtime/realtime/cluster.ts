import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { createAdapter } from "@socket.io/redis-adapter";
import { connectRedis, type RedisClient } from "@/lib/platform/cluster/redis-client";
import { RedisPresenceTracker } from "@/lib/domains/presence/redis-presence-tracker";
import { RedisViewAggregator } from "@/lib/domains/activity/redis-view-aggregator";
import type { ActivityInput } from "@/lib/domains/activity/activity-writer";
import type { RealtimeIo } from "./socket-types";

export interface ClusterOptions {
  redisUrl: string;
  log: Logger;
  presenceExpiryMs?: number;
  presenceHeartbeatMs?: number;
  viewWindowMs?: number;
  emitView: (input: ActivityInput) => void;
}

export interface Cluster {
  instanceId: string;
  presence: RedisPresenceTracker;
  views: RedisViewAggregator;
  close(): Promise<void>;
}

/**
 * Multi-instance mode: Socket.IO's Redis adapter (pub/sub) carries every room broadcast,
 * disconnectSockets, fetchSockets and serverSideEmit to the other instances; presence and view
 * windows live in Redis. Three connections: adapter publish, adapter subscribe, commands.
 */
export async function joinCluster(io: RealtimeIo, options: ClusterOptions): Promise<Cluster> {
  const { log } = options;
  const instanceId = randomBytes(6).toString("hex");
  const pub = await connectRedis(options.redisUrl, log, "adapter-pub");
  const sub = await connectRedis(options.redisUrl, log, "adapter-sub");
  const commands = await connectRedis(options.redisUrl, log, "commands");
  // A request to other instances (fetchSockets, serverSideEmit with ack) counts the live ones through
  // PUBSUB NUMSUB, so a killed instance is never waited for.
  io.adapter(createAdapter(pub, sub, { key: "ok:socket.io", requestsTimeout: 3_000 }));
  const presence = new RedisPresenceTracker({
    redis: commands,
    instanceId,
    log,
    expiryMs: options.presenceExpiryMs,
    heartbeatMs: options.presenceHeartbeatMs,
  });
  const views = new RedisViewAggregator({
    redis: commands,
    emit: options.emitView,
    log,
    windowMs: options.viewWindowMs,
  });
  log.info({ instanceId }, "joined the cluster through Redis");
  return {
    instanceId,
    presence,
    views,
    close: async () => {
      await Promise.all([pub, sub, commands].map((c: RedisClient) => c.close().catch(() => undefined)));
    },
  };
}
