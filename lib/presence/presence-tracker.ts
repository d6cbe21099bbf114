/**
 * Who is where, counted as people (one person with four tabs counts once). Kept behind this
 * interface so a multi-instance implementation (shared through Postgres or the Socket.IO adapter)
 * can replace the in-process one without touching handlers.
 */
export interface PresenceTracker {
  /** Puts a connection in a room; `counted` is false for staff, invisible shoppers and GPC browsers. */
  enter(connectionId: string, person: string, room: string, counted: boolean): void;
  leave(connectionId: string, room: string): void;
  /** Removes a connection from every room it was in. */
  disconnect(connectionId: string): void;
  /** Changes whether a person is counted, in every room, for all their connections. */
  setCounted(person: string, counted: boolean): void;
  count(room: string): number;
  /** Rooms with anyone in them. */
  rooms(): string[];
  /** Rooms whose count may have changed since the last call. */
  takeDirtyRooms(): string[];
}

interface Membership {
  person: string;
  counted: boolean;
}

export class LocalPresenceTracker implements PresenceTracker {
  /** room → connection → membership */
  private membersByRoom = new Map<string, Map<string, Membership>>();
  private roomsOf = new Map<string, Set<string>>();
  private dirty = new Set<string>();

  enter(connectionId: string, person: string, room: string, counted: boolean): void {
    let members = this.membersByRoom.get(room);
    if (!members) this.membersByRoom.set(room, (members = new Map()));
    members.set(connectionId, { person, counted });
    let rooms = this.roomsOf.get(connectionId);
    if (!rooms) this.roomsOf.set(connectionId, (rooms = new Set()));
    rooms.add(room);
    this.dirty.add(room);
  }

  leave(connectionId: string, room: string): void {
    const members = this.membersByRoom.get(room);
    if (!members?.delete(connectionId)) return;
    if (members.size === 0) this.membersByRoom.delete(room);
    this.roomsOf.get(connectionId)?.delete(room);
    this.dirty.add(room);
  }

  disconnect(connectionId: string): void {
    for (const room of this.roomsOf.get(connectionId) ?? []) this.leave(connectionId, room);
    this.roomsOf.delete(connectionId);
  }

  setCounted(person: string, counted: boolean): void {
    for (const [room, members] of this.membersByRoom) {
      for (const membership of members.values()) {
        if (membership.person === person && membership.counted !== counted) {
          membership.counted = counted;
          this.dirty.add(room);
        }
      }
    }
  }

  count(room: string): number {
    const people = new Set<string>();
    for (const m of this.membersByRoom.get(room)?.values() ?? []) if (m.counted) people.add(m.person);
    return people.size;
  }

  rooms(): string[] {
    return [...this.membersByRoom.keys()];
  }

  takeDirtyRooms(): string[] {
    const rooms = [...this.dirty];
    this.dirty.clear();
    return rooms;
  }
}
