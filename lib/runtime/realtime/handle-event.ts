import type { z } from "zod";
import type { Logger } from "pino";
import { randomUUID } from "node:crypto";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { UserError, isUserError } from "@/lib/platform/errors/user-error";
import {
  clientEventSchemas,
  type Ack,
  type ClientAckData,
  type ClientEventName,
} from "@/lib/platform/contracts/events";
import { toStaff, roomOf } from "@/lib/platform/publish/audience";
import type { BudgetVerdict } from "./event-budget";
import type { RealtimeSocket } from "./socket-types";

/** An error whose message is safe and useful to show the sender. */
export class EventError extends UserError {}

/** Our own messages are written for people and stand alone; zod's generic ones get the field's name. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid payload";
  if (!issue.message.startsWith("Invalid") && !issue.message.startsWith("Unrecognized")) return issue.message;
  return `${issue.path.join(".") || "payload"}: ${issue.message}`;
}

type Payload<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]>;

/** Answers one client event for one socket; it receives the payload already parsed by its contract. */
export type EventHandler<E extends ClientEventName> = (
  socket: RealtimeSocket,
  payload: Payload<E>,
) => Promise<ClientAckData[E]>;

/** Each domain contributes the handlers of its events; they are built once per server, not per socket. */
export type HandlerTable = { [E in ClientEventName]?: EventHandler<E> };

type AnyHandler = (socket: RealtimeSocket, payload: unknown) => Promise<unknown>;

export interface DispatchDeps {
  table: HandlerTable;
  log: Logger;
  /** Spends one event of this person's budget (all their sockets share it; reconnecting does not refill it). */
  budget: (person: string) => Promise<BudgetVerdict>;
  /** Re-reads a staff identity; null once signed out, expired or deactivated. */
  verifyStaff: (staff: StaffMember) => Promise<StaffMember | null>;
}

/** Staff rights hold per event: a socket whose session ended loses them and is disconnected. */
async function staffStillValid(socket: RealtimeSocket, deps: DispatchDeps): Promise<boolean> {
  const staff = socket.data.staff;
  if (!staff) return true;
  const current = await deps.verifyStaff(staff);
  if (current) {
    socket.data.staff = current;
    return true;
  }
  socket.data.staff = null;
  void socket.leave(roomOf(toStaff()));
  setImmediate(() => socket.disconnect(true));
  return false;
}

/**
 * The listener that wires sockets to the handler table: one function for every socket (Socket.IO calls
 * catch-all listeners with the socket as `this`), since a listener per event per socket, or even a
 * closure per socket, would cost memory on every idle connection. Each payload is re-parsed with its
 * contract schema; the sender gets one ack envelope. Refusals meant for people pass through; internal
 * errors are logged with an id. Install with `socket.onAny(listener)`.
 */
export function eventDispatcher(deps: DispatchDeps): (this: RealtimeSocket, event: string, ...args: unknown[]) => void {
  return function dispatch(this: RealtimeSocket, event: string, ...args: unknown[]) {
    void answer(this, event, args, deps);
  };
}

async function answer(socket: RealtimeSocket, event: string, args: unknown[], deps: DispatchDeps): Promise<void> {
  const last = args[args.length - 1];
  const reply = typeof last === "function" ? (last as (result: Ack<unknown>) => void) : () => undefined;
  try {
    const verdict = await deps.budget(socket.data.person);
    if (verdict === "disconnect") {
      socket.disconnect(true);
      return;
    }
    if (verdict === "refused") {
      return reply({
        ok: false,
        error: "You are sending faster than this shop allows. Please slow down.",
        code: "rate_limited",
      });
    }
    // Own properties only: names like "toString" or "constructor" must not reach Object.prototype.
    const handler = Object.hasOwn(deps.table, event) ? (deps.table as Record<string, AnyHandler>)[event] : undefined;
    if (!Object.hasOwn(clientEventSchemas, event) || !handler) {
      return reply({ ok: false, error: `unknown event: ${String(event).slice(0, 40)}` });
    }
    const parsed = clientEventSchemas[event as ClientEventName].safeParse(args[0]);
    if (!parsed.success) return reply({ ok: false, error: firstIssue(parsed.error) });
    if (!(await staffStillValid(socket, deps))) {
      return reply({ ok: false, error: "Your staff session has ended. Please sign in again." });
    }
    reply({ ok: true, data: await handler(socket, parsed.data) });
  } catch (error) {
    if (isUserError(error)) return reply({ ok: false, error: error.message, code: error.code });
    const ref = randomUUID().slice(0, 8);
    deps.log.error({ err: error, event: String(event).slice(0, 40), ref }, "socket handler failed");
    reply({ ok: false, error: `Something went wrong on our side (ref ${ref}).` });
  }
}
