/** A change in whether this process has at least one counted connection of a person in a room. */
export interface Contribution {
  room: string;
  person: string;
  present: boolean;
}

interface Membership {
  person: string;
  counted: boolean;
}

/**
 * The connections of one process and the rooms they are in, counted as people: per room, per person,
 * how many counted connections this process holds. Mutations return the (room, person) pairs that
 * appeared or disappeared, which is all a shared store needs to hear.
 */
export class PresenceBook {
  /** connection → room → membership */
  private byConnection = new Map<string, Map<string, Membership>>();
  /** room → person → counted connections */
  private counted = new Map<string, Map<string, number>>();
  /** room → connections, counted or not */
  private connections = new Map<string, number>();
  private byPerson = new Map<string, Set<string>>();
  private dirty = new Set<string>();

  enter(connectionId: string, person: string, room: string, counted: boolean): Contribution[] {
    let rooms = this.byConnection.get(connectionId);
    if (!rooms) this.byConnection.set(connectionId, (rooms = new Map()));
    const changes: Contribution[] = [];
    const previous = rooms.get(room);
    if (previous) changes.push(...this.remove(connectionId, room, previous));
    rooms.set(room, { person, counted });
    this.connections.set(room, (this.connections.get(room) ?? 0) + 1);
    let connections = this.byPerson.get(person);
    if (!connections) this.byPerson.set(person, (connections = new Set()));
    connections.add(connectionId);
    if (counted) changes.push(...this.bump(room, person, 1));
    this.dirty.add(room);
    return changes;
  }

  leave(connectionId: string, room: string): Contribution[] {
    const membership = this.byConnection.get(connectionId)?.get(room);
    return membership ? this.remove(connectionId, room, membership) : [];
  }

  disconnect(connectionId: string): Contribution[] {
    const rooms = this.byConnection.get(connectionId);
    if (!rooms) return [];
    const changes = [...rooms].flatMap(([room, m]) => this.remove(connectionId, room, m));
    this.byConnection.delete(connectionId);
    return changes;
  }

  setCounted(person: string, counted: boolean): Contribution[] {
    const changes: Contribution[] = [];
    for (const connectionId of this.byPerson.get(person) ?? []) {
      for (const [room, membership] of this.byConnection.get(connectionId) ?? []) {
        if (membership.person !== person || membership.counted === counted) continue;
        membership.counted = counted;
        changes.push(...this.bump(room, person, counted ? 1 : -1));
        this.dirty.add(room);
      }
    }
    return changes;
  }

  count(room: string): number {
    return this.counted.get(room)?.size ?? 0;
  }

  /** Rooms with any connection in them, counted or not. */
  rooms(): string[] {
    return [...this.connections.keys()];
  }

  /** Every (room, person) this process contributes: what a heartbeat refreshes. */
  contributions(): Map<string, string[]> {
    return new Map([...this.counted].map(([room, people]) => [room, [...people.keys()]]));
  }

  takeDirtyRooms(): string[] {
    const rooms = [...this.dirty];
    this.dirty.clear();
    return rooms;
  }

  private remove(connectionId: string, room: string, membership: Membership): Contribution[] {
    this.byConnection.get(connectionId)?.delete(room);
    const left = (this.connections.get(room) ?? 1) - 1;
    if (left <= 0) this.connections.delete(room);
    else this.connections.set(room, left);
    const stillThere = [...(this.byConnection.get(connectionId)?.values() ?? [])].some(
      (m) => m.person === membership.person,
    );
    if (!stillThere) this.byPerson.get(membership.person)?.delete(connectionId);
    if (this.byPerson.get(membership.person)?.size === 0) this.byPerson.delete(membership.person);
    this.dirty.add(room);
    return membership.counted ? this.bump(room, membership.person, -1) : [];
  }

  private bump(room: string, person: string, delta: 1 | -1): Contribution[] {
    let people = this.counted.get(room);
    if (!people) this.counted.set(room, (people = new Map()));
    const before = people.get(person) ?? 0;
    const after = before + delta;
    if (after <= 0) people.delete(person);
    else people.set(person, after);
    if (people.size === 0) this.counted.delete(room);
    if (before === 0 && after > 0) return [{ room, person, present: true }];
    if (before > 0 && after <= 0) return [{ room, person, present: false }];
    return [];
  }
}
