import type { z } from "zod";
import type { Logger } from "pino";
import { clientEventSchemas, type Ack, type ClientAckData, type ClientEventName } from "@/lib/contracts/events";
import type { RealtimeSocket } from "./socket-types";

/** An error whose message is safe and useful to show the sender. */
export class EventError extends Error {}

/** Our own messages are written for people and stand alone; zod's generic ones get the field's name. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid payload";
  if (!issue.message.startsWith("Invalid") && !issue.message.startsWith("Unrecognized")) return issue.message;
  return `${issue.path.join(".") || "payload"}: ${issue.message}`;
}

/**
 * Registers one client event: re-parses the payload with its contract schema, runs the handler and
 * answers with the single ack envelope. Internal errors are logged and sanitized.
 */
export function handleEvent<E extends ClientEventName>(
  socket: RealtimeSocket,
  log: Logger,
  event: E,
  handler: (payload: z.infer<(typeof clientEventSchemas)[E]>) => Promise<ClientAckData[E]>,
): void {
  const schema = clientEventSchemas[event];
  const listener = async (payload: unknown, ack?: (result: Ack<ClientAckData[E]>) => void) => {
    const reply = typeof ack === "function" ? ack : () => undefined;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: firstIssue(parsed.error) });
    try {
      reply({ ok: true, data: await handler(parsed.data as z.infer<(typeof clientEventSchemas)[E]>) });
    } catch (error) {
      if (error instanceof EventError) return reply({ ok: false, error: error.message });
      log.error({ err: error, event }, "socket handler failed");
      reply({ ok: false, error: "Something went wrong on our side." });
    }
  };
  socket.on(event, listener as never);
}

/** Any event outside the contract gets an error ack (when the sender asked for one), never a crash. */
export function rejectUnknownEvents(socket: RealtimeSocket): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (event in clientEventSchemas) return;
    const ack = args[args.length - 1];
    if (typeof ack === "function") ack({ ok: false, error: `unknown event: ${String(event).slice(0, 40)}` });
  });
}
