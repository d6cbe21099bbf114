import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/platform/contracts/events";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { Publication } from "@/lib/platform/publish/publish";

export interface SocketData {
  /** The anonymous shopper (signed cookie); null for staff without a shopper cookie. */
  shopperId: string | null;
  staff: StaffMember | null;
  /** Person key for presence: one person with many tabs counts once. */
  person: string;
  /** False for staff, invisible shoppers and browsers sending Global Privacy Control. */
  counted: boolean;
  gpc: boolean;
  productRoom: string | null;
  /** For per-address posting limits; never broadcast. */
  ip: string;
}

/** Between instances of the shop (through the cluster adapter's serverSideEmit); never from a browser. */
export interface InstanceEvents {
  /** A person chose to be counted or not: instances holding their other tabs follow. */
  "person:counted": (person: string, counted: boolean) => void;
  /** An owner saved store settings: every instance re-reads them now rather than at its next refresh. */
  "settings:changed": () => void;
  /** A store-wide publication to merge into this instance's next push to its own sockets. */
  "push:coalesced": (publication: Publication) => void;
}

export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InstanceEvents, SocketData>;
