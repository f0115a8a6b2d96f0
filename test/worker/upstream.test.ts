// The parts behind issue 14's proxy bullets, in Node: what the Worker accepts from Jelou
// (upstream.ts), what it relays, how much it stores for a replay (ledger.ts), and the one attempt
// per browser request. The same flows run in workerd in test/reliability/proxy-hardening.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { handle, type Deps } from "../../worker-example/src/handler";
import * as ledger from "../../worker-example/src/ledger";
import { MAX_UPSTREAM_BYTES, documentedError, guardUpstream } from "../../worker-example/src/upstream";
import { BOT, config, listMessage, memoryQuota, mint, quotaOf } from "./helpers";

const mapKv = (m = new Map<string, unknown>()) => ({
  m,
  get: (k: string) => m.get(k),
  put: (k: string, v: unknown) => void m.set(k, v),
  delete: (k: string) => m.delete(k),
});
const idem = { key: "k", fingerprint: "f" };

describe("ledger: an idempotent answer is always stored, or its key released", () => {
  it("keeps a small stand-in for an answer over the cap, and replays it", () => {
    const kv = mapKv();
    expect(ledger.take(kv, 2, idem)).toEqual({ ok: true, used: 1 });
    ledger.remember(kv, "k", { status: 200, body: { pad: "x".repeat(ledger.MAX_STORED_ANSWER_BYTES) } });
    const r = ledger.take(kv, 2, idem);
    expect(r).toMatchObject({
      ok: false,
      why: "replay",
      answer: { status: 502, body: { error: { key: "UPSTREAM_BAD_RESPONSE" }, maybeSent: true } },
    });
    expect(JSON.stringify(r).length).toBeLessThan(1000);
  });

  it("releases the key when the store refuses the write (no 409 until expiry), and keeps the send counted", () => {
    const kv = mapKv();
    ledger.take(kv, 2, idem);
    const refusing = {
      ...kv,
      put: (k: string, v: unknown) =>
        k.startsWith("idem:") && (v as { answer?: unknown }).answer
          ? (() => {
              throw new Error("value too large");
            })()
          : kv.put(k, v),
    };
    ledger.remember(refusing, "k", { status: 200, body: { success: true } });
    expect(ledger.take(kv, 2, idem)).toEqual({ ok: true, used: 2 });
  });

  it("remembers the latest exp only", () => {
    const kv = mapKv();
    expect([ledger.extendExpiry(kv, 100), ledger.extendExpiry(kv, 50), ledger.extendExpiry(kv, 200), ledger.expiry(kv)]).toEqual([
      true,
      false,
      true,
      200,
    ]);
  });
});

describe("documentedError", () => {
  it("keeps the documented fields with their types and drops the rest", () => {
    const body = {
      message: ["a"],
      statusMessage: "failed",
      status: 0,
      error: { code: "E1", key: "K", description: "d", sql: "SELECT" },
      stack: "at x",
      host: "10.0.0.1",
    };
    expect(documentedError(body)).toEqual({
      message: ["a"],
      statusMessage: "failed",
      status: 0,
      error: { code: "E1", key: "K", description: "d" },
    });
    expect(documentedError({ message: "slow down", status: "0", error: { code: 1 } })).toEqual({ message: "slow down" });
    for (const nothing of [{ message: [1] }, { debug: 1 }, "text", null, [1]]) expect(documentedError(nothing)).toBeUndefined();
  });
});

describe("guardUpstream", () => {
  const req = () => new Request("http://jelou.test/v1/bots/B/messages", { method: "POST", body: "{}" });
  it("never follows a redirect, and says whether the message may have been processed", async () => {
    let seenRedirect: RequestRedirect | undefined;
    for (const [status, maybeSent] of [
      [307, false],
      [308, false],
      [303, true],
      [301, true],
    ] as const) {
      const g = guardUpstream(
        async (r) => ((seenRedirect = r.redirect), new Response(null, { status, headers: { Location: "http://evil.test/" } })),
      );
      await expect(g.fetch(req())).rejects.toThrow();
      expect(g.odd()).toEqual({ why: "redirect", status, maybeSent });
    }
    expect(seenRedirect).toBe("manual");
  });

  it("stops reading past the cap, and passes a body under it unchanged", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(16 * 1024))) });
    const g = guardUpstream(async () => new Response(endless, { status: 400 }));
    await expect(g.fetch(req())).rejects.toThrow();
    expect(g.odd()).toEqual({ why: "too_large", status: 400, maybeSent: false });
    expect(pulled * 16 * 1024).toBeLessThan(MAX_UPSTREAM_BYTES + 64 * 1024);
    const ok = guardUpstream(async () => Response.json({ success: true, messageId: "m" }, { headers: { "Retry-After": "3" } }));
    expect(await (await ok.fetch(req())).json()).toEqual({ success: true, messageId: "m" });
    expect([ok.odd(), ok.retryAfter()]).toEqual([undefined, undefined]);
  });
});

describe("handle(): one attempt per browser request", () => {
  let calls: number;
  let mem: ReturnType<typeof memoryQuota>;
  const deps = (reply: () => Response): Deps => ({
    config: config(),
    quota: mem.quota,
    fetch: async () => (calls++, reply()),
    log: () => {},
  });
  beforeEach(() => {
    calls = 0;
    mem = memoryQuota();
  });
  const post = (token: string) =>
    new Request(`http://proxy.test/v1/bots/${BOT}/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(listMessage()),
    });

  it("a 503 from Jelou is one upstream POST, answered 503 with its Retry-After, and the send given back", async () => {
    const token = await mint({ max: 1 });
    const res = await handle(
      post(token),
      deps(() => Response.json({ message: ["busy"], trace: "x" }, { status: 503, headers: { "Retry-After": "2" } })),
    );
    expect([res.status, res.headers.get("Retry-After"), await res.json(), calls]).toEqual([503, "2", { message: ["busy"] }, 1]);
    expect(mem.used(await quotaOf(token))).toBe(0);
  });

  it("two tokens with one jti have two quotas", async () => {
    const a = await mint({ max: 1, jti: "same" });
    const b = await mint({ max: 1, jti: "same" }, { ttlSeconds: 600 });
    const ok = () => Response.json({ success: true, messageId: "m" });
    expect([
      (await handle(post(a), deps(ok))).status,
      (await handle(post(b), deps(ok))).status,
      (await handle(post(a), deps(ok))).status,
    ]).toEqual([200, 200, 403]);
    expect(await quotaOf(a)).not.toBe(await quotaOf(b));
  });
});
