import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/contracts/events";
import type { StaffMember } from "@/lib/auth/staff-from-headers";

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

export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
