import pg from "pg";
import type { Logger } from "pino";

export interface ChannelListener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 5_000;

/**
 * LISTENs on a Postgres channel with its own connection (a pooled one could be handed to someone else).
 * A lost connection is re-opened after a pause; callers keep a slower poll for what is missed meanwhile.
 */
export function listenChannel(url: string, channel: string, onNotify: () => void, log: Logger): ChannelListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let listening = () => undefined as void;
  const ready = new Promise<void>((resolve) => (listening = resolve));

  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    c.on("end", schedule);
    c.on("error", (err) => {
      log.warn({ err, channel }, "listen connection lost");
      void c.end().catch(() => undefined);
      schedule();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listening();
      // Something may have been queued while we were not listening.
      if (!closed) onNotify();
    } catch (err) {
      log.warn({ err, channel }, "could not listen");
      void c.end().catch(() => undefined);
      schedule();
    }
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_MS);
    retry.unref();
  };

  void connect();
  return {
    ready,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
