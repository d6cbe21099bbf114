// Issue 19 §1, the randomized history check (short run; `npm run bench:history` is the long one): 50
// writers through nginx to two instances, readers that drop and reconnect at random, a kill -9 of one
// instance and a Postgres restart in the middle. Every reader's reads must add up to the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHistory } from "../support/history-check";
import { startHistoryStack, type HistoryStack } from "../support/history-stack";

let stack: HistoryStack;

beforeAll(async () => {
  stack = await startHistoryStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
}, 60_000);

describe("the history of Q&A changes", () => {
  it("reaches every reader whole: nothing lost, nothing doubled, through a kill -9 and a Postgres restart", async () => {
    const result = await runHistory({
      url: stack.cluster.nginx.url,
      databaseUrl: stack.databaseUrl,
      productIds: stack.productIds,
      writers: 50,
      readers: 8,
      changes: 600,
      chaos: [
        { at: 0.3, name: "kill -9 of instance B", run: () => stack.cluster.instances[1]!.kill() },
        { at: 0.6, name: "Postgres restart", run: () => stack.restartPostgres() },
      ],
    });
    expect(result.chaosRan).toEqual(["kill -9 of instance B", "Postgres restart"]);
    expect(result.acked).toBe(600);
    expect(result.stored).toBe(600);
    expect(result.doubled).toBe(0);
    expect(result.readers).toHaveLength(8);
    for (const reader of result.readers) {
      expect(reader).toMatchObject({ lost: 0, phantom: 0 });
      expect(reader.reconnects).toBeGreaterThan(1);
    }
  }, 300_000);
});
