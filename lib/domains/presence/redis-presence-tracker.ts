import type { Logger } from "pino";
import type { RedisClient } from "@/lib/platform/cluster/redis-client";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
import { PresenceBook, type Contribution } from "./presence-book";
import type { PresenceTracker } from "./presence-tracker";
import { ADD_SCRIPT, REMOVE_SCRIPT, SWEEP_SCRIPT } from "./redis-presence-scripts";

export interface RedisPresenceOptions {
  redis: RedisClient;
  /** Unique per running process: its contributions are keyed by it and expire with it. */
  instanceId: string;
  log: Logger;
  /** A contribution not refreshed for this long is dropped: how long a dead instance's people linger. */
  expiryMs?: number;
  heartbeatMs?: number;
  keyPrefix?: string;
}

/**
 * Presence shared by every instance through Redis. Each instance keeps its own connections in a
 * `PresenceBook` and tells Redis only when a person appears in or disappears from a room here; a
 * heartbeat refreshes (and, after a Redis outage, restores) everything this instance holds.
 */
export class RedisPresenceTracker implements PresenceTracker {
  private book = new PresenceBook();
  private lastCounts = new Map<string, number>();
  private heartbeat: IntervalJob;
  private readonly redis: RedisClient;
  private readonly prefix: string;
  private readonly expiryMs: number;

  constructor(private readonly options: RedisPresenceOptions) {
    this.redis = options.redis;
    this.prefix = options.keyPrefix ?? "ok:presence:";
    this.expiryMs = options.expiryMs ?? 20_000;
    const everyMs = options.heartbeatMs ?? this.expiryMs / 4;
    this.heartbeat = startIntervalJob("presence-heartbeat", everyMs, () => this.refresh(), options.log);
  }

  async enter(connectionId: string, person: string, room: string, counted: boolean): Promise<void> {
    await this.apply(this.book.enter(connectionId, person, room, counted));
  }

  async leave(connectionId: string, room: string): Promise<void> {
    await this.apply(this.book.leave(connectionId, room));
  }

  async disconnect(connectionId: string): Promise<void> {
    await this.apply(this.book.disconnect(connectionId));
  }

  async setCounted(person: string, counted: boolean): Promise<void> {
    await this.apply(this.book.setCounted(person, counted));
  }

  async count(room: string): Promise<number> {
    return this.redis.hLen(this.peopleKey(room));
  }

  async counts(rooms: readonly string[]): Promise<Map<string, number>> {
    const lengths = await Promise.all(rooms.map((room) => this.redis.hLen(this.peopleKey(room))));
    return new Map(rooms.map((room, i) => [room, lengths[i] ?? 0]));
  }

  /** Rooms with anyone counted; expired entries are swept by every instance's next tick, not here. */
  async rooms(): Promise<string[]> {
    return this.redis.sMembers(this.roomsKey());
  }

  /** Rooms changed here, and rooms whose shared count moved since the last call (other instances, expiry). */
  async takeDirtyRooms(): Promise<string[]> {
    const dirty = new Set(this.book.takeDirtyRooms());
    const counts = await this.sweep();
    for (const [room, count] of counts) if (this.lastCounts.get(room) !== count) dirty.add(room);
    for (const room of this.lastCounts.keys()) if (!counts.has(room)) dirty.add(room);
    this.lastCounts = counts;
    return [...dirty];
  }

  async close(): Promise<void> {
    this.heartbeat.stop();
    const { instanceId } = this.options;
    await Promise.all(
      [...this.book.contributions()].flatMap(([room, people]) =>
        people.map((person) =>
          this.redis.eval(REMOVE_SCRIPT, { keys: this.keys(room).slice(1), arguments: [instanceId, person] }),
        ),
      ),
    ).catch((err: unknown) => this.options.log.warn({ err }, "presence not withdrawn; it expires"));
  }

  private async sweep(): Promise<Map<string, number>> {
    const flat = (await this.redis.eval(SWEEP_SCRIPT, {
      keys: [this.roomsKey()],
      arguments: [this.prefix + "room:"],
    })) as (string | number)[];
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) counts.set(String(flat[i]), Number(flat[i + 1]));
    return counts;
  }

  /**
   * Commands are issued in call order on one connection, so Redis sees enters and leaves in the
   * order they happened. A failed write is logged, not thrown: the next heartbeat restores what this
   * instance holds, and a withdrawal that never arrived expires.
   */
  private async apply(changes: Contribution[]): Promise<void> {
    const { instanceId } = this.options;
    const sent = changes.map(({ room, person, present }) =>
      present
        ? this.redis.eval(ADD_SCRIPT, {
            keys: this.keys(room),
            arguments: [room, String(this.expiryMs), instanceId, person],
          })
        : this.redis.eval(REMOVE_SCRIPT, { keys: this.keys(room).slice(1), arguments: [instanceId, person] }),
    );
    await Promise.all(sent).catch((err: unknown) => this.options.log.warn({ err }, "presence change not shared yet"));
  }

  private async refresh(): Promise<void> {
    const { instanceId } = this.options;
    try {
      await Promise.all(
        [...this.book.contributions()].map(([room, people]) =>
          this.redis.eval(ADD_SCRIPT, {
            keys: this.keys(room),
            arguments: [room, String(this.expiryMs), instanceId, ...people],
          }),
        ),
      );
    } catch (err) {
      this.options.log.warn({ err }, "presence heartbeat failed");
    }
  }

  private roomsKey = () => `${this.prefix}rooms`;
  private peopleKey = (room: string) => `${this.prefix}room:${room}:people`;
  private keys = (room: string) => [this.roomsKey(), `${this.prefix}room:${room}:seen`, this.peopleKey(room)];
}
