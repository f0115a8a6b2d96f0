// The token proxy under load, in workerd (Miniflare) against the mock Jelou, loopback only:
// 2,000 sends through the real SDK with 50 in flight (none lost, none duplicated, no 5xx),
// the quota exact under concurrency, a spent token replayed, and no secret anywhere in the
// Worker's output or in any response. Prints a table of the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJelou, JelouApiError, messages } from "../../src/index.js";
import { mintSendToken } from "../../src/token/index.js";
import { BOT, SIGNING_KEY, scope } from "../worker/helpers";
import { isEnvelope, percentile, pool, printTable, startStack, type Stack } from "./proxy-harness";

const SENDS = 2000;
const IN_FLIGHT = 50;
const RECIPIENTS = 8; // one token per recipient, max = its share of the sends
const PER_TOKEN = SENDS / RECIPIENTS;
const LOAD_BUDGET_MS = 40_000;
const run = Math.random().toString(36).slice(2, 8);
const figures: [string, string | number][] = [];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
  printTable("proxy under load (workerd + mock Jelou on 127.0.0.1):", figures);
});

const client = (token: string, retry?: false) =>
  createJelou({ baseUrl: stack.url, token, fetch: stack.sdkFetch, timeoutMs: 20_000, ...(retry === false && { retry }) });
const markersAtMock = () => stack.mock.requests.map((r) => (r.json as { text?: string } | undefined)?.text ?? "");
const countLines = (suffix: string) => stack.logLines().filter((l) => l.endsWith(suffix)).length;

describe("proxy under load", () => {
  it(`${SENDS} sends, ${IN_FLIGHT} in flight, over ${RECIPIENTS} tokens: none lost, none duplicated, no 5xx`, async () => {
    const users = Array.from({ length: RECIPIENTS }, (_, i) => `5939876543${String(i).padStart(2, "0")}`);
    const tokens = await Promise.all(
      users.map((sub) => mintSendToken(SIGNING_KEY, scope({ sub, types: ["text"], max: PER_TOKEN }), { ttlSeconds: 600 })),
    );
    const clients = tokens.map((t) => client(t));
    const seenBefore = stack.seen.length;
    const requestsBefore = stack.sdkRequests();

    const latencies: number[] = [];
    const failures: string[] = [];
    const ids: string[] = [];
    const t0 = performance.now();
    const { done } = await pool(SENDS, IN_FLIGHT, Date.now() + LOAD_BUDGET_MS, async (i) => {
      const r = i % RECIPIENTS;
      const marker = `load-${run}-${i}`;
      const start = performance.now();
      try {
        const res = await clients[r]!.send(BOT, messages.text({ userId: users[r]!, text: marker }));
        ids.push(res.messageId);
      } catch (e) {
        failures.push(`${marker}: ${(e as Error).name} ${(e as JelouApiError).status ?? ""} ${(e as Error).message}`);
      }
      latencies.push(performance.now() - start);
    });
    const elapsed = performance.now() - t0;

    const statuses = stack.seen.slice(seenBefore).map((s) => s.status);
    const fiveXX = statuses.filter((s) => s >= 500).length;
    const atMock = markersAtMock().filter((m) => m.startsWith(`load-${run}-`));
    const counts = new Map<string, number>();
    for (const m of atMock) counts.set(m, (counts.get(m) ?? 0) + 1);
    const duplicates = [...counts.values()].filter((n) => n > 1).length;
    const accepted = ids.length;
    const lost = Array.from({ length: SENDS }, (_, i) => `load-${run}-${i}`).filter((m) => !counts.has(m)).length;
    latencies.sort((a, b) => a - b);

    figures.push(
      ["sends (completed / planned)", `${done} / ${SENDS}`],
      ["in flight", IN_FLIGHT],
      ["tokens (max each)", `${RECIPIENTS} (${PER_TOKEN})`],
      ["accepted (200)", accepted],
      ["requests reaching the Worker", stack.sdkRequests() - requestsBefore],
      ["reached the mock", atMock.length],
      ["lost / duplicated at the mock", `${lost} / ${duplicates}`],
      ["Worker 5xx", fiveXX],
      ["wall time", `${Math.round(elapsed)} ms`],
      ["throughput", `${Math.round((SENDS / elapsed) * 1000)} sends/s`],
      ["latency p50 / p95 / p99 / max", [50, 95, 99, 100].map((p) => `${percentile(latencies, p).toFixed(1)} ms`).join(" / ")],
    );

    expect(failures.slice(0, 5)).toEqual([]);
    expect(done).toBe(SENDS);
    expect(accepted).toBe(SENDS);
    expect(fiveXX).toBe(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(stack.sdkRequests() - requestsBefore).toBe(SENDS); // no retry was needed
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    expect(atMock).toHaveLength(SENDS);
    expect(new Set(ids).size).toBe(SENDS);
    // Every message reached Jelou with the recipient it was sent for.
    for (const r of stack.mock.requests) {
      const { text, userId } = r.json as { text: string; userId: string };
      expect(userId).toBe(users[Number(text.split("-").pop()) % RECIPIENTS]);
    }

    // Each token's Durable Object counted exactly its share: one more send is refused, at once.
    const mockBefore = stack.mock.requests.length;
    const over = await Promise.all(
      clients.map((c, r) =>
        c.send(BOT, messages.text({ userId: users[r]!, text: `over-${run}-${r}` })).then(
          () => undefined,
          (e) => e,
        ),
      ),
    );
    for (const e of over)
      expect(e).toMatchObject({ name: "JelouApiError", status: 403, maybeSent: false, body: { error: { key: "QUOTA_EXCEEDED" } } });
    expect(stack.mock.requests.length).toBe(mockBefore);
    figures.push(["one more send per spent token", `${over.filter((e) => e?.status === 403).length} × 403, mock +0`]);

    await stack.settleLogs();
    expect(countLines(" 200 ok")).toBe(SENDS);
  }, 60_000);

  it("quota under concurrency: 50 parallel sends on a max-5 token → exactly 5 at the mock, 45 × 403 QUOTA_EXCEEDED, one request each", async () => {
    const token = await mintSendToken(SIGNING_KEY, scope({ types: ["text"], max: 5 }), { ttlSeconds: 300 });
    const sdk = client(token); // default retry: the SDK must still not retry a spent token
    await stack.settleLogs();
    const mockBefore = stack.mock.requests.length;
    const reqBefore = stack.sdkRequests();
    const seenBefore = stack.seen.length;
    const quotaLinesBefore = countLines(" 403 quota");
    const okLinesBefore = countLines(" 200 ok");

    const t0 = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        sdk.send(BOT, messages.text({ userId: scope().sub, text: `quota-${run}-${i}` })).then(
          (r) => r,
          (e) => e,
        ),
      ),
    );
    const ms = performance.now() - t0;
    const ok = outcomes.filter((o) => !(o instanceof Error));
    const refused = outcomes.filter((o) => o instanceof JelouApiError);
    const newAtMock = stack.mock.requests.slice(mockBefore).map((r) => (r.json as { text: string }).text);
    const quotaAnswers = stack.seen.slice(seenBefore).filter((s) => s.status === 403);
    const retryAfter = quotaAnswers.map((s) => new Headers(s.headers).get("Retry-After"));
    await stack.settleLogs();

    figures.push(
      ["max-5 token, 50 parallel sends", `${ok.length} × 200, ${refused.length} × 403 in ${Math.round(ms)} ms`],
      ["  reached the mock", newAtMock.length],
      ["  requests reaching the Worker (SDK, default retry)", stack.sdkRequests() - reqBefore],
      [
        "  Worker log lines: 200 ok / 403 quota",
        `${countLines(" 200 ok") - okLinesBefore} / ${countLines(" 403 quota") - quotaLinesBefore}`,
      ],
      ["  quota answers with Retry-After", retryAfter.filter((v) => v !== null).length],
    );

    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(45);
    expect(newAtMock).toHaveLength(5);
    expect(new Set(newAtMock).size).toBe(5);
    expect(new Set(ok.map((o) => o.messageId)).size).toBe(5);
    for (const e of refused) {
      expect(e).toMatchObject({ status: 403, maybeSent: false, key: "QUOTA_EXCEEDED", code: "P4033" });
      expect(isEnvelope(e.body), JSON.stringify(e.body)).toBe(true);
    }
    // A 403 without Retry-After: nothing invites a retry, so the SDK gave up at once.
    expect(retryAfter.filter((v) => v !== null)).toEqual([]);
    expect(stack.sdkRequests() - reqBefore).toBe(50);
    expect(countLines(" 403 quota") - quotaLinesBefore).toBe(45);
    expect(countLines(" 200 ok") - okLinesBefore).toBe(5);

    // Replay of the spent token: the SDK (10 sends, one after another) and the raw bytes (10 more).
    const replayStart = performance.now();
    for (let i = 0; i < 10; i++) {
      const e = await sdk.send(BOT, messages.text({ userId: scope().sub, text: `replay-${run}-${i}` })).then(
        () => undefined,
        (x) => x,
      );
      expect(e).toMatchObject({ name: "JelouApiError", status: 403, maybeSent: false, key: "QUOTA_EXCEEDED" });
    }
    const sdkReplayMs = performance.now() - replayStart;
    const body = JSON.stringify(messages.text({ userId: scope().sub, text: `replay-raw-${run}` }));
    for (let i = 0; i < 10; i++) {
      const r = await stack.raw(`/v1/bots/${BOT}/messages`, {
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body,
      });
      expect([r.status, r.json?.error?.key, isEnvelope(r.json)]).toEqual([403, "QUOTA_EXCEEDED", true]);
      expect(r.headers.get("Retry-After")).toBeNull();
    }
    await stack.settleLogs();
    figures.push(
      [
        "spent token replayed (10 SDK + 10 raw)",
        `${countLines(" 403 quota") - quotaLinesBefore - 45} × 403, mock +${stack.mock.requests.length - mockBefore - 5}`,
      ],
      ["  SDK replay: requests / mean time per send", `${stack.sdkRequests() - reqBefore - 50} / ${(sdkReplayMs / 10).toFixed(1)} ms`],
    );
    expect(stack.mock.requests.length).toBe(mockBefore + 5);
    expect(stack.sdkRequests() - reqBefore).toBe(60);
    expect(countLines(" 403 quota") - quotaLinesBefore).toBe(45 + 20);
  }, 30_000);

  it("the SDK with retry: false sends exactly once on a spent token too", async () => {
    const token = await mintSendToken(SIGNING_KEY, scope({ types: ["text"], max: 1 }), { ttlSeconds: 300 });
    const sdk = client(token, false);
    const before = stack.sdkRequests();
    await sdk.send(BOT, messages.text({ userId: scope().sub, text: `noretry-${run}-0` }));
    const e = await sdk.send(BOT, messages.text({ userId: scope().sub, text: `noretry-${run}-1` })).then(
      () => undefined,
      (x) => x,
    );
    expect(e).toMatchObject({ status: 403, key: "QUOTA_EXCEEDED", maybeSent: false });
    expect(stack.sdkRequests() - before).toBe(2);
  });

  it("a spent token 2 s before expiry is not retried either: a 403 without Retry-After", async () => {
    // However little time is left, the refusal of a spent token is final (403, no Retry-After).
    const token = await mintSendToken(SIGNING_KEY, scope({ types: ["text"], max: 1 }), { ttlSeconds: 2 });
    const sdk = client(token);
    await sdk.send(BOT, messages.text({ userId: scope().sub, text: `near-exp-${run}-0` }));
    const before = stack.sdkRequests();
    const mockBefore = stack.mock.requests.length;
    const t0 = performance.now();
    const e = await sdk.send(BOT, messages.text({ userId: scope().sub, text: `near-exp-${run}-1` })).then(
      () => undefined,
      (x) => x,
    );
    const ms = Math.round(performance.now() - t0);
    const requests = stack.sdkRequests() - before;
    figures.push(["spent token 2 s before exp (SDK default retry)", `${requests} request(s), ${ms} ms, then ${e?.status} ${e?.key}`]);
    expect(e).toMatchObject({ status: 403, key: "QUOTA_EXCEEDED", maybeSent: false });
    expect(stack.mock.requests.length).toBe(mockBefore);
    expect(requests).toBe(1);
  });

  it("no secret in anything the Worker printed or answered", async () => {
    await stack.settleLogs();
    const scan = stack.scanSecrets();
    figures.push(
      ["secret scan: lines captured / responses scanned", `${scan.lines} / ${scan.responses}`],
      ["secret scan: leaks", scan.leaks.length],
    );
    expect(scan.leaks).toEqual([]);
    expect(scan.responses).toBeGreaterThanOrEqual(SENDS + 80);
    expect(scan.lines).toBeGreaterThanOrEqual(scan.responses);
  });
});
