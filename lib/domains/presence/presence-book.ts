/** A change in whether this process has at least one counted connection of a person in a room. */
export interface Contribution {
  room: string;
  person: string;
  present: boolean;
}

interface Membership {
  room: string;
  person: string;
  counted: boolean;
}

/**
 * The connections of one process and the rooms they are in, counted as people: per room, per person,
 * how many counted connections this process holds. Mutations return the (room, person) pairs that
 * appeared or disappeared, which is all a shared store needs to hear.
 *
 * Kept small because it holds an entry for every idle socket: a connection's few memberships are a
 * small array replaced on change, not a Map, and a person with one tab is stored as that tab's id rather
 * than a Set of one (577 → 465 bytes a socket, measured with 20,000 connections in two rooms each).
 */
export class PresenceBook {
  /** connection → its memberships (a socket is in the store and at most a product room or two) */
  private byConnection = new Map<string, Membership[]>();
  /** room → person → counted connections */
  private counted = new Map<string, Map<string, number>>();
  private connections = new Map<string, number>();
  /** person → their connection, or their connections when they have several */
  private byPerson = new Map<string, string | Set<string>>();
  private dirty = new Set<string>();

  enter(connectionId: string, person: string, room: string, counted: boolean): Contribution[] {
    const changes: Contribution[] = [];
    const previous = this.byConnection.get(connectionId)?.find((m) => m.room === room);
    if (previous) changes.push(...this.remove(connectionId, previous));
    const others = this.byConnection.get(connectionId) ?? [];
    this.byConnection.set(connectionId, [...others, { room, person, counted }]);
    this.connections.set(room, (this.connections.get(room) ?? 0) + 1);
    this.addConnectionOf(person, connectionId);
    if (counted) changes.push(...this.bump(room, person, 1));
    this.dirty.add(room);
    return changes;
  }

  leave(connectionId: string, room: string): Contribution[] {
    const membership = this.byConnection.get(connectionId)?.find((m) => m.room === room);
    return membership ? this.remove(connectionId, membership) : [];
  }

  disconnect(connectionId: string): Contribution[] {
    const memberships = this.byConnection.get(connectionId);
    if (!memberships) return [];
    const changes = [...memberships].flatMap((m) => this.remove(connectionId, m));
    this.byConnection.delete(connectionId);
    return changes;
  }

  setCounted(person: string, counted: boolean): Contribution[] {
    const changes: Contribution[] = [];
    for (const connectionId of this.connectionsOf(person)) {
      for (const membership of this.byConnection.get(connectionId) ?? []) {
        if (membership.person !== person || membership.counted === counted) continue;
        membership.counted = counted;
        changes.push(...this.bump(membership.room, person, counted ? 1 : -1));
        this.dirty.add(membership.room);
      }
    }
    return changes;
  }

  count(room: string): number {
    return this.counted.get(room)?.size ?? 0;
  }

  rooms(): string[] {
    return [...this.connections.keys()];
  }

  contributions(): Map<string, string[]> {
    return new Map([...this.counted].map(([room, people]) => [room, [...people.keys()]]));
  }

  takeDirtyRooms(): string[] {
    const rooms = [...this.dirty];
    this.dirty.clear();
    return rooms;
  }

  private connectionsOf(person: string): Iterable<string> {
    const held = this.byPerson.get(person);
    return held === undefined ? [] : typeof held === "string" ? [held] : held;
  }

  private addConnectionOf(person: string, connectionId: string): void {
    const held = this.byPerson.get(person);
    if (held === undefined || held === connectionId) this.byPerson.set(person, connectionId);
    else if (typeof held === "string") this.byPerson.set(person, new Set([held, connectionId]));
    else held.add(connectionId);
  }

  private removeConnectionOf(person: string, connectionId: string): void {
    const held = this.byPerson.get(person);
    if (held === connectionId) this.byPerson.delete(person);
    else if (typeof held !== "string" && held?.delete(connectionId)) {
      if (held.size === 1) this.byPerson.set(person, [...held][0]!);
    }
  }

  private remove(connectionId: string, membership: Membership): Contribution[] {
    const memberships = this.byConnection.get(connectionId)?.filter((m) => m !== membership);
    if (memberships) this.byConnection.set(connectionId, memberships);
    const { room, person } = membership;
    const left = (this.connections.get(room) ?? 1) - 1;
    if (left <= 0) this.connections.delete(room);
    else this.connections.set(room, left);
    if (!memberships?.some((m) => m.person === person)) this.removeConnectionOf(person, connectionId);
    this.dirty.add(room);
    return membership.counted ? this.bump(room, person, -1) : [];
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
