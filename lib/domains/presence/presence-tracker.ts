import { PresenceBook } from "./presence-book";

/**
 * Who is where, counted as people (one person with four tabs counts once). Two implementations:
 * `LocalPresenceTracker` for one process, `RedisPresenceTracker` for several instances sharing a
 * Redis. Asynchronous because the shared one asks Redis.
 */
export interface PresenceTracker {
  /** Puts a connection in a room; `counted` is false for staff, invisible shoppers and GPC browsers. */
  enter(connectionId: string, person: string, room: string, counted: boolean): Promise<void>;
  leave(connectionId: string, room: string): Promise<void>;
  /** Removes a connection from every room it was in. */
  disconnect(connectionId: string): Promise<void>;
  /**
   * Changes whether a person is counted, in every room, for all their connections held by this
   * process (the realtime layer tells the other instances, which hold the person's other tabs).
   */
  setCounted(person: string, counted: boolean): Promise<void>;
  count(room: string): Promise<number>;
  counts(rooms: readonly string[]): Promise<Map<string, number>>;
  /** Rooms with anyone in them. */
  rooms(): Promise<string[]>;
  /** Rooms whose count may have changed since the last call. */
  takeDirtyRooms(): Promise<string[]>;
  /** Withdraws this process's connections from the counts. */
  close(): Promise<void>;
}

export class LocalPresenceTracker implements PresenceTracker {
  private book = new PresenceBook();

  async enter(connectionId: string, person: string, room: string, counted: boolean): Promise<void> {
    this.book.enter(connectionId, person, room, counted);
  }

  async leave(connectionId: string, room: string): Promise<void> {
    this.book.leave(connectionId, room);
  }

  async disconnect(connectionId: string): Promise<void> {
    this.book.disconnect(connectionId);
  }

  async setCounted(person: string, counted: boolean): Promise<void> {
    this.book.setCounted(person, counted);
  }

  async count(room: string): Promise<number> {
    return this.book.count(room);
  }

  async counts(rooms: readonly string[]): Promise<Map<string, number>> {
    return new Map(rooms.map((room) => [room, this.book.count(room)]));
  }

  async rooms(): Promise<string[]> {
    return this.book.rooms();
  }

  async takeDirtyRooms(): Promise<string[]> {
    return this.book.takeDirtyRooms();
  }

  async close(): Promise<void> {}
}
