// The webhook receiver under load, in workerd (Miniflare) with its real queue, consumer and dedupe
// Durable Objects, loopback only: 10,000 signed deliveries, 10% of them duplicates, 50 in flight →
// every distinct event handled exactly once, none lost, no 5xx. Prints throughput and latency.
// Bounded by count and by time: on a machine too busy to send all 10,000 within LOAD_BUDGET_MS,
// the run stops early, prints how far it got, and holds the same exact checks for what it sent.
import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sign } from "../../scripts/mock-jelou/auth.mjs";
import { WEBHOOK_SECRET, startWebhookStack } from "../worker/webhooks-harness";
import { percentile, pool, printTable } from "./proxy-harness";

const DELIVERIES = 10_000;
const DUPLICATE_SHARE = 0.1;
const IN_FLIGHT = 50;
const LOAD_BUDGET_MS = 40_000;
const DRAIN_BUDGET_MS = 25_000;
const run = Math.random().toString(36).slice(2, 8);
const figures: [string, string | number][] = [];
// node:http with keep-alive rather than fetch: the sender costs a third of the CPU, and the
// machine's two cores are shared with workerd.
const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

let stack: Awaited<ReturnType<typeof startWebhookStack>>;
beforeAll(async () => {
  stack = await startWebhookStack({ maxBatchSize: 100 });
});
afterAll(async () => {
  agent.destroy();
  await stack?.close();
  printTable("webhook receiver under load (workerd: receiver → queue → consumer → dedupe DO, 127.0.0.1):", figures);
});

/** POSTs one delivery; the status, or 0 when there was no answer within 15 s. */
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", headers, agent, timeout: 15_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

describe("webhooks under load", () => {
  it(`${DELIVERIES} signed deliveries, ${DUPLICATE_SHARE * 100}% duplicates, ${IN_FLIGHT} in flight: each distinct event handled once, none lost, no 5xx`, async () => {
    const distinct = Math.round(DELIVERIES * (1 - DUPLICATE_SHARE));
    const events = ["delivered_channel", "delivered_user", "read"];
    const key = (n: number) => `${events[n % 3]}:load-${run}-${Math.floor(n / 3)}`;
    // Bodies are made and signed once, up front: the clock below measures the Worker, not the sender.
    const now = Date.now();
    const bodies = Array.from({ length: distinct }, (_, n) => {
      const body = JSON.stringify({
        event: events[n % 3],
        messageId: `load-${run}-${Math.floor(n / 3)}`,
        botId: "BOT_1",
        userId: "593987654321",
        timestamp: now,
      });
      return {
        body,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": String(Buffer.byteLength(body)),
          "X-Jelou-Signature": sign(WEBHOOK_SECRET, body),
        },
      };
    });
    // Delivery i: the first `distinct` are new events, the rest repeat earlier ones; the repeats
    // are then swapped into places spread over the whole run.
    const plan = Array.from({ length: DELIVERIES }, (_, i) => (i < distinct ? i : (i * 7919) % distinct));
    for (let i = distinct; i < DELIVERIES; i++) {
      const j = Math.floor(((i - distinct) / (DELIVERIES - distinct)) * DELIVERIES);
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    const url = `${stack.url}/v1/webhooks/jelou`;

    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const t0 = performance.now();
    // Jobs start in order, so the deliveries sent are plan[0 .. done - 1].
    const { done } = await pool(DELIVERIES, IN_FLIGHT, Date.now() + LOAD_BUDGET_MS, async (i) => {
      const { body, headers } = bodies[plan[i]!]!;
      const start = performance.now();
      const status = await post(url, body, headers);
      latencies.push(performance.now() - start);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    const ingestMs = performance.now() - t0;
    const sent = new Set(plan.slice(0, done));

    // Drain: wait (bounded) until the consumer has handed on every distinct event sent.
    const handled = () => stack.events().filter((e) => String(e.json.data?.messageId).startsWith(`load-${run}-`));
    const drainDeadline = Date.now() + DRAIN_BUDGET_MS;
    while (new Set(handled().map((e) => `${e.json.type}:${e.json.data.messageId}`)).size < sent.size && Date.now() < drainDeadline)
      await new Promise((r) => setTimeout(r, 50));
    const drainedMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // late duplicates, if any, would show now

    const counts = new Map<string, number>();
    for (const e of handled())
      counts.set(`${e.json.type}:${e.json.data.messageId}`, (counts.get(`${e.json.type}:${e.json.data.messageId}`) ?? 0) + 1);
    const lost = [...sent].filter((n) => !counts.has(key(n))).length;
    const twice = [...counts.values()].filter((n) => n > 1).length;
    const outcomes = new Map<string, number>();
    for (const l of stack.consumerLines()) outcomes.set(l.split(" ")[2]!, (outcomes.get(l.split(" ")[2]!) ?? 0) + 1);
    latencies.sort((a, b) => a - b);

    figures.push(
      [
        "deliveries (completed / planned)",
        `${done} / ${DELIVERIES}${done < DELIVERIES ? ` (stopped at the ${LOAD_BUDGET_MS / 1000} s budget)` : ""}`,
      ],
      ["distinct events / duplicates sent", `${sent.size} / ${done - sent.size}`],
      ["in flight", IN_FLIGHT],
      ["receiver answers", [...statuses].map(([s, n]) => `${n} × ${s || "no answer"}`).join(", ")],
      ["ingest wall time / throughput", `${Math.round(ingestMs)} ms / ${Math.round((done / ingestMs) * 1000)} deliveries/s`],
      ["receiver latency p50 / p99 / max", [50, 99, 100].map((p) => `${percentile(latencies, p).toFixed(1)} ms`).join(" / ")],
      [
        "all distinct events handled after",
        `${Math.round(drainedMs)} ms (${Math.round((sent.size / drainedMs) * 1000)} events/s end to end)`,
      ],
      ["handled / lost / handled twice", `${counts.size} / ${lost} / ${twice}`],
      ["consumer outcomes", [...outcomes].map(([o, n]) => `${o} ${n}`).join(", ")],
    );

    expect(done).toBeGreaterThan(0);
    expect([...statuses]).toEqual([[200, done]]);
    expect(lost).toBe(0);
    expect(twice).toBe(0);
    expect(counts.size).toBe(sent.size);
    expect(outcomes.get("handled")).toBe(sent.size);
    expect((outcomes.get("duplicate") ?? 0) + (outcomes.get("in_flight") ?? 0)).toBe(done - sent.size);
  }, 75_000);
});
