// Issue 19 §6: a person refused for flooding costs nothing more when they keep reconnecting: the handshake
// is refused before the cookie is checked, any session is looked up or the websocket is opened.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import {
  connected,
  openClient,
  request,
  shopperCookie,
  startHarness,
  type Harness,
  type TestClient,
} from "../support/realtime-harness";

let t: TestDatabase;
let h: Harness;
let checks = 0;
const open: TestClient[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  h = await startHarness(t, {
    // Counts the handshakes that reach identification (it asks for a staff session when a cookie is there).
    identifyStaff: async () => {
      checks++;
      return null;
    },
    eventBudget: { events: { points: 10, duration: 60 }, refusals: { points: 5, duration: 60 } },
    handshakeLimits: { perSecond: 50, burst: 100, coolDownMs: 60_000 },
  });
});
afterAll(async () => {
  for (const c of open) c.disconnect();
  await h.close();
  await t.drop();
});

function client(shopperId: string): TestClient {
  const c = openClient(h, { cookie: `${shopperCookie(shopperId)}; better-auth.session_token=not-a-session` });
  open.push(c);
  return c;
}

const refusal = (c: TestClient) =>
  new Promise<string>((resolve, reject) => {
    c.once("connect", () => reject(new Error("connection was accepted")));
    c.once("connect_error", (error) => resolve(error.message));
    c.connect();
  });

describe("handshakes refused before any check", () => {
  it("a flooder's reconnects are refused without identifying them again; others still connect", async () => {
    const flooder = client(randomUUID());
    await connected(flooder);
    const gone = new Promise<string>((resolve) => flooder.once("disconnect", resolve));
    for (let i = 0; i < 30; i++) flooder.emit("activity:since", { afterId: "0" });
    expect(await gone).toBe("io server disconnect");

    // The first reconnect is identified and refused by the cooling-down check, which the gate remembers.
    const before = checks;
    expect(await refusal(flooder)).toMatch(/Too many events/);
    expect(checks).toBe(before + 1);
    // The next ones never reach identification: refused at the HTTP handshake.
    for (let i = 0; i < 5; i++) expect(await refusal(flooder)).not.toBe("");
    expect(checks).toBe(before + 1);

    const bystander = client(randomUUID());
    await connected(bystander);
    expect((await request(bystander, "activity:since", { afterId: "0" })).ok).toBe(true);
  });

  it("refuses an address past its burst of handshakes", async () => {
    const limited = await startHarness(t, { handshakeLimits: { perSecond: 0.001, burst: 3, coolDownMs: 1 } });
    try {
      const results: boolean[] = [];
      for (let i = 0; i < 4; i++) {
        const c = openClient(limited, { shopperId: randomUUID() });
        open.push(c);
        results.push(await connected(c).then(() => true, () => false));
      }
      expect(results).toEqual([true, true, true, false]);
    } finally {
      await limited.close();
    }
  });
});
