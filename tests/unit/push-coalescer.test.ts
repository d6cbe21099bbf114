import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Publication } from "@/lib/platform/publish/publish";
import { toProduct, toStore } from "@/lib/platform/publish/audience";
import { PushCoalescer } from "@/lib/runtime/realtime/push-coalescer";

const publication = (payload: unknown[], to = toStore()): Publication =>
  ({
    event: "activity:recorded",
    to: [to],
    payload,
    except: [],
    volatile: false,
    local: false,
    coalesce: true,
  }) as Publication;

describe("PushCoalescer", () => {
  let sent: Publication[];
  let coalescer: PushCoalescer;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    coalescer = new PushCoalescer({ intervalMs: 1_000, emit: (p) => sent.push(p), now: () => Date.now() });
  });
  afterEach(() => vi.useRealTimers());

  it("sends the first publication after a quiet interval on the next turn, merged with what arrives in the same turn", () => {
    coalescer.add(publication([1]));
    coalescer.add(publication([2, 3]));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(sent.map((p) => p.payload)).toEqual([[1, 2, 3]]);
  });

  it("holds what arrives during an interval and sends it as one push when the interval ends, in order", () => {
    coalescer.add(publication([1]));
    vi.advanceTimersByTime(0);
    for (let i = 2; i <= 50; i++) {
      vi.advanceTimersByTime(10);
      coalescer.add(publication([i]));
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.payload).toEqual(Array.from({ length: 49 }, (_, i) => i + 2));
  });

  it("never pushes one audience twice within an interval, whatever the rate", () => {
    const pushTimes: number[] = [];
    coalescer = new PushCoalescer({ intervalMs: 1_000, emit: () => pushTimes.push(Date.now()) });
    let items = 0;
    for (let ms = 0; ms < 10_000; ms += 7) {
      coalescer.add(publication([items++]));
      vi.advanceTimersByTime(7);
    }
    vi.advanceTimersByTime(1_000);
    const gaps = pushTimes.slice(1).map((t, i) => t - pushTimes[i]!);
    expect(gaps.every((gap) => gap >= 1_000)).toBe(true);
    expect(pushTimes.length).toBeLessThanOrEqual(11);
  });

  it("keeps audiences apart", () => {
    coalescer.add(publication([1]));
    coalescer.add(publication(["a"], toProduct("p1")));
    vi.advanceTimersByTime(0);
    expect(sent.map((p) => [p.to, p.payload])).toEqual([
      [[toStore()], [1]],
      [[toProduct("p1")], ["a"]],
    ]);
  });

  it("sends what waits at once when flushed, and loses nothing when stopped", () => {
    coalescer.add(publication([1]));
    vi.advanceTimersByTime(0);
    coalescer.add(publication([2]));
    coalescer.flush();
    expect(sent.map((p) => p.payload)).toEqual([[1], [2]]);
    coalescer.add(publication([3]));
    coalescer.stop();
    expect(sent.map((p) => p.payload)).toEqual([[1], [2], [3]]);
  });

  it("refuses a publication whose payload is not a list", () => {
    expect(() => coalescer.add({ ...publication([]), payload: { kind: "x" } } as unknown as Publication)).toThrow(
      /array payloads/,
    );
  });
});
