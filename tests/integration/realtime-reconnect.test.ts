import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepConnecting } from "@/components/live/connection/reconnect";
import { connected, request, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

// Issue 13 item 4: socket.io-client does not retry when the handshake middleware refuses a socket (say, the
// database is down while it identifies the shopper). The browser layer's keepConnecting must bring the
// tab back once the shop can take it again. A refusing middleware stands in for the outage on the real server.
const suite = realtimeSuite();
/** What the handshake does now: let through, or refuse (marked retryable or not). */
let refusal: "none" | "retryable" | "plain" = "none";
let healthChecks = 0;
const stops: (() => void)[] = [];

beforeAll(async () => {
  suite.h.realtime.io.use((_socket, next) => {
    if (refusal === "none") return next();
    const error = new Error("could not identify this connection") as Error & { data?: unknown };
    if (refusal === "retryable") error.data = { retryable: true };
    next(error);
  });
  // The shop's health check, answering as /api/health does: 503 while the database is unreachable.
  suite.h.http.on("request", (req, res) => {
    if (!req.url?.startsWith("/api/health")) return;
    healthChecks += 1;
    res.writeHead(refusal === "none" ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: refusal === "none" ? "ok" : "degraded" }));
  });
});
// Runs before the suite closes the server (after-hooks run in reverse order).
afterAll(() => {
  for (const stop of stops) stop();
});

/** A client refused at its first handshake, with the browser layer's retry attached. */
async function refusedClient(): Promise<TestClient> {
  const client = suite.open({ shopperId: randomUUID() });
  stops.push(keepConnecting(client, { healthUrl: `${suite.h.url}/api/health`, backoff: { baseMs: 20, maxMs: 200 } }));
  const error = await new Promise<Error>((resolve) => client.once("connect_error", resolve));
  expect(error.message).toBe("could not identify this connection");
  // socket.io-client has given up on its own: without the layer this socket would stay offline.
  expect(client.active).toBe(false);
  return client;
}

describe("reconnecting after a refused handshake", () => {
  it("retries a refusal marked retryable until the server takes the socket", async () => {
    refusal = "retryable";
    const client = await refusedClient();
    // A few more refusals while the outage lasts; each is retried.
    await new Promise<void>((resolve) => {
      let refusals = 0;
      const onError = () => {
        if (++refusals < 3) return;
        client.off("connect_error", onError);
        resolve();
      };
      client.on("connect_error", onError);
    });
    refusal = "none";
    await connected(client);
    expect(await request(client, "presence:enter", { productId: null })).toMatchObject({ ok: true });
  });

  it("retries any other refusal once the shop's health check answers OK", async () => {
    refusal = "plain";
    healthChecks = 0;
    const client = await refusedClient();
    // While the shop reports itself unhealthy, the layer keeps asking it rather than the socket server.
    while (healthChecks < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.connected).toBe(false);
    refusal = "none";
    await connected(client);
    expect(client.connected).toBe(true);
  });
});
