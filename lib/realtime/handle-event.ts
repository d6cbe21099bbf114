import type { z } from "zod";
import type { Logger } from "pino";
import { UserError } from "@/lib/errors/user-error";
import { clientEventSchemas, type Ack, type ClientAckData, type ClientEventName } from "@/lib/contracts/events";
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

/**
 * Wires a socket to the handler table with a single listener (a listener per event per socket would
 * cost memory on every idle connection). Each payload is re-parsed with its contract schema; the sender
 * gets one ack envelope. Refusals meant for people pass through; internal errors are logged and sanitized.
 */
export function dispatchEvents(
  socket: RealtimeSocket,
  table: HandlerTable,
  log: Logger,
  isRefusal: (error: unknown) => error is Error,
): void {
  socket.onAny(async (event: string, ...args: unknown[]) => {
    const last = args[args.length - 1];
    const reply = typeof last === "function" ? (last as (result: Ack<unknown>) => void) : () => undefined;
    const handler = (table as Record<string, AnyHandler | undefined>)[event];
    if (!(event in clientEventSchemas) || !handler) {
      return reply({ ok: false, error: `unknown event: ${String(event).slice(0, 40)}` });
    }
    const parsed = clientEventSchemas[event as ClientEventName].safeParse(args[0]);
    if (!parsed.success) return reply({ ok: false, error: firstIssue(parsed.error) });
    try {
      reply({ ok: true, data: await handler(socket, parsed.data) });
    } catch (error) {
      if (error instanceof EventError || isRefusal(error)) return reply({ ok: false, error: error.message });
      log.error({ err: error, event }, "socket handler failed");
      reply({ ok: false, error: "Something went wrong on our side." });
    }
  });
}
