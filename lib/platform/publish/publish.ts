import type { ServerToClientEvents } from "@/lib/platform/contracts/events";
import type { Audience } from "./audience";
import { processSingleton } from "@/lib/platform/process-singleton";

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface PublishOptions {
  /** Sockets in any of these audiences are skipped (e.g. staff get a fuller copy of the same change). */
  except?: Audience | Audience[];
  /** May be dropped for a socket that is busy writing: for counts that the next push supersedes. */
  volatile?: boolean;
  /**
   * Only sockets connected to this instance. For what every instance computes and pushes to its own
   * sockets (presence counts, the floor), so a socket hears it once rather than once per instance.
   */
  local?: boolean;
  /**
   * A store-wide push that may wait for the realtime server's push interval (STORE_PUSH_INTERVAL_MS) and
   * go out merged with the others of the same event and audience: at most one push per socket per
   * interval, whatever the crowd does. Only for events whose payload is a list (the lists are joined).
   */
  coalesce?: boolean;
}

export interface Publication<E extends ServerEventName = ServerEventName> {
  event: E;
  to: Audience[];
  payload: ServerEventPayload<E>;
  except: Audience[];
  volatile: boolean;
  local: boolean;
  coalesce: boolean;
}

/** Events whose payload is a list, so that publications of them can be merged (PublishOptions.coalesce). */
export type ListEventName = {
  [E in ServerEventName]: ServerEventPayload<E> extends readonly unknown[] ? E : never;
}[ServerEventName];

export type PublicationObserver = (publication: Publication) => void;

/** What the realtime server installs: delivery, and ending live access for an audience. */
export interface PublicationSink {
  deliver(publication: Publication): void;
  disconnect(audience: Audience): void;
}

const installed = processSingleton("publication-sink", (): { sink?: PublicationSink } => ({}));
const observers = processSingleton("publication-observers", () => new Set<PublicationObserver>());
const list = (a: Audience | Audience[] | undefined) => (a === undefined ? [] : Array.isArray(a) ? a : [a]);

/**
 * The one way any server code (action, route, socket handler, job) announces a stored change. Call it
 * after the transaction commits. Fire-and-forget: without a realtime server (scripts, domain tests) it
 * reaches only observers. It lives on globalThis so Next's bundles and the server entry share it.
 */
export function publish<E extends ServerEventName>(
  event: E,
  to: Audience | Audience[],
  payload: ServerEventPayload<E>,
  options: PublishOptions & (E extends ListEventName ? unknown : { coalesce?: false }) = {},
): void {
  const publication = {
    event,
    to: list(to),
    payload,
    except: list(options.except),
    volatile: options.volatile ?? false,
    local: options.local ?? false,
    coalesce: options.coalesce ?? false,
  } as Publication;
  for (const observe of observers) observe(publication);
  installed.sink?.deliver(publication);
}

/**
 * Ends live access at once: every socket of the audience (on every instance) is disconnected, e.g. a
 * staff member who was deactivated or signed out. Their next connection is identified afresh.
 */
export function disconnectAudience(audience: Audience): void {
  installed.sink?.disconnect(audience);
}

/** The realtime server installs its sink once; the returned function restores the previous one. */
export function installPublicationSink(sink: PublicationSink): () => void {
  const previous = installed.sink;
  installed.sink = sink;
  return () => {
    if (installed.sink === sink) installed.sink = previous;
  };
}

/** For tests and diagnostics: sees every publication, with or without a realtime server. */
export function observePublications(observer: PublicationObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}
