import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface Hold {
  /** Resolves when a client reaches the held step. */
  reached: Promise<void>;
  /** Answers the held command (into a closed socket if the client is gone). */
  release(): void;
}

export interface SmtpTestServer {
  url: string;
  /** Every message whose DATA the server took in full (whether or not it answered before the client left). */
  received: ReceivedMail[];
  /** DATA commands answered with a refusal. */
  refused: number;
  /** Answers the next `count` DATA commands with `code` (after reading the message). */
  refuseNext(count: number, code: number): void;
  /** Takes the next message in full, records it, then holds the answer to DATA until released. */
  holdNextDataAnswer(): Hold;
  /** Holds the answer to the next RCPT TO: the client never gets as far as DATA while held. */
  holdNextRecipient(): Hold;
  close(): Promise<void>;
}

interface HeldStep extends Hold {
  reach(): void;
  answered: Promise<void>;
}

function createHold(): HeldStep {
  let reach = () => undefined as void;
  let release = () => undefined as void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const answered = new Promise<void>((resolve) => (release = resolve));
  return { reached, answered, reach: () => reach(), release: () => release() };
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A real SMTP server (the smtp-server package) on a free local port, recording what it receives. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  let refuse: { count: number; code: number } = { count: 0, code: 451 };
  let dataHold: HeldStep | undefined;
  let rcptHold: HeldStep | undefined;

  const state: Pick<SmtpTestServer, "received" | "refused"> = { received: [], refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      const hold = rcptHold;
      rcptHold = undefined;
      if (!hold) return callback();
      hold.reach();
      void hold.answered.then(() => callback());
    },
    onData(stream, session, callback) {
      void (async () => {
        const raw = await readAll(stream);
        if (refuse.count > 0) {
          refuse.count--;
          state.refused++;
          const error = Object.assign(new Error("Try again later"), { responseCode: refuse.code });
          return callback(error);
        }
        state.received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          parsed: await simpleParser(raw),
        });
        const hold = dataHold;
        dataHold = undefined;
        if (!hold) return callback();
        hold.reach();
        await hold.answered;
        callback();
      })();
    },
  });
  // Answering a client that was killed mid-conversation is expected here.
  server.on("error", () => undefined);
  const net = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => net.once("listening", () => resolve()));
  const { port } = net.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get refused() {
      return state.refused;
    },
    refuseNext: (count, code) => (refuse = { count, code }),
    holdNextDataAnswer: () => (dataHold = createHold()),
    holdNextRecipient: () => (rcptHold = createHold()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
