// The queue consumer's logic in Node, with a fake queue batch and dedupe objects: one claim call and
// one finish call per dedupe object per batch (not per event), duplicates acked without the
// handler, a failing handler's claim given back and its message retried, a store outage retried.
import { describe, expect, it } from "vitest";
import type { Claim, Ticket } from "../../worker-example/src/dedupe.js";
import { consumeBatch, type DedupeStore, type QueuedWebhook } from "../../worker-example/src/webhook-queue.js";

function message(id: string, key: string, type = "read") {
  const m = {
    id,
    attempts: 1,
    timestamp: new Date(),
    body: { key, event: { type, id: key, data: { event: type, messageId: key } }, receivedAt: 0 } as unknown as QueuedWebhook,
    acked: false,
    retried: undefined as undefined | { delaySeconds?: number },
    ack() {
      m.acked = true;
    },
    retry(o?: { delaySeconds?: number }) {
      m.retried = o ?? {};
    },
  };
  return m;
}

/** Dedupe objects in memory, counting calls per object. */
function stores(o: { failClaims?: boolean } = {}) {
  const done = new Set<string>();
  const held = new Map<string, string>();
  const calls: string[] = [];
  const store = (shard: string): DedupeStore => ({
    async claimAll(tickets: Ticket[]) {
      calls.push(`claimAll ${shard} ${tickets.length}`);
      if (o.failClaims) throw new Error("storage unavailable");
      return tickets.map(({ key, owner }): Claim => {
        if (done.has(key)) return "duplicate";
        if (held.has(key) && held.get(key) !== owner) return "in_flight";
        held.set(key, owner);
        return "claimed";
      });
    },
    async finishAll(tickets: Ticket[]) {
      calls.push(`finishAll ${shard} ${tickets.length}`);
      for (const t of tickets) done.add(t.key);
    },
    async release(key: string) {
      calls.push(`release ${shard}`);
      held.delete(key);
    },
  });
  return { store, calls, done };
}

const batchOf = (messages: ReturnType<typeof message>[]) =>
  ({ queue: "jelou-webhooks", messages, ackAll() {}, retryAll() {} }) as unknown as MessageBatch<QueuedWebhook>;

describe("consumeBatch", () => {
  it("claims and finishes once per dedupe object per batch; duplicates are acked without the handler", async () => {
    const s = stores();
    s.done.add("a-old");
    const ms = [
      message("1", "a-1"),
      message("2", "b-1"),
      message("3", "a-2"),
      message("4", "a-1"),
      message("5", "a-old"),
      message("6", "b-2"),
    ];
    const handled: string[] = [];
    const lines: string[] = [];
    const outcomes = await consumeBatch(batchOf(ms), {
      shard: (key) => key[0]!,
      store: s.store,
      handle: async (e) => void handled.push((e as { id: string }).id),
      ttlSeconds: 60,
      log: (l) => lines.push(l),
    });
    expect(outcomes).toEqual(["handled", "handled", "handled", "in_flight", "duplicate", "handled"]);
    expect(handled.sort()).toEqual(["a-1", "a-2", "b-1", "b-2"]);
    expect(s.calls.sort()).toEqual(["claimAll a 4", "claimAll b 2", "finishAll a 2", "finishAll b 2"]);
    expect(ms.every((m) => m.acked && !m.retried)).toBe(true);
    expect(lines).toEqual([
      "read handled attempt 1",
      "read handled attempt 1",
      "read handled attempt 1",
      "read in_flight attempt 1",
      "read duplicate attempt 1",
      "read handled attempt 1",
    ]);
  });

  it("a handler that throws: claim released, message retried (not acked); the others are unaffected", async () => {
    const s = stores();
    const ms = [message("1", "a-ok"), message("2", "a-bad")];
    const outcomes = await consumeBatch(batchOf(ms), {
      shard: () => "a",
      store: s.store,
      handle: async (e) => {
        if ((e as { id: string }).id === "a-bad") throw new Error("backend down");
      },
      ttlSeconds: 60,
      retryDelaySeconds: 7,
      log: () => {},
    });
    expect(outcomes).toEqual(["handled", "retry_handler"]);
    expect([ms[0]!.acked, ms[0]!.retried, ms[1]!.acked, ms[1]!.retried]).toEqual([true, undefined, false, { delaySeconds: 7 }]);
    expect(s.calls).toEqual(["claimAll a 2", "release a", "finishAll a 1"]);
    expect([...s.done]).toEqual(["a-ok"]);
  });

  it("a dedupe object that cannot be reached: its messages are retried, none handled", async () => {
    const s = stores({ failClaims: true });
    const ms = [message("1", "a-1"), message("2", "a-2")];
    let calls = 0;
    const outcomes = await consumeBatch(batchOf(ms), {
      shard: () => "a",
      store: s.store,
      handle: async () => void calls++,
      ttlSeconds: 60,
      log: () => {},
    });
    expect(outcomes).toEqual(["retry_store", "retry_store"]);
    expect(calls).toBe(0);
    expect(ms.map((m) => [m.acked, m.retried])).toEqual([
      [false, {}],
      [false, {}],
    ]);
  });
});
