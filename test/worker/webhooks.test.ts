// The webhook receiver in workerd: forged, tampered, too-old, oversized and non-JSON deliveries
// are refused and never queued; duplicates reach the handler once; a handler that throws is
// retried by the queue and lands in the dead-letter queue; no secret and no content in the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPayload } from "jelou-sdk/webhooks";
import { webhookDeliverer } from "../../scripts/mock-jelou/webhooks.mjs";
import { FORWARD_TOKEN, WEBHOOK_SECRET, delivery, startWebhookStack } from "./webhooks-harness";
import { startLocalProxy } from "../../scripts/local-proxy.mjs";
import { CLIENT_ID, CLIENT_SECRET, ORIGIN, SECRETS, SIGNING_KEY } from "./helpers";

let stack: Awaited<ReturnType<typeof startWebhookStack>>;
beforeAll(async () => {
  stack = await startWebhookStack({ maxRetries: 2 });
});
afterAll(async () => {
  await stack?.close();
});

const run = Math.random().toString(36).slice(2, 8);
const CONTENT = `contenido-privado ¿Puedo pagar en línea? 🙏 ${run}`;
const handledIds = () => stack.events().map((e) => `${e.json.type}:${e.json.data?.messageId ?? e.json.data?.value?.id}`);

/** Waits until the consumer has logged `n` more lines than `before` (bounded). */
const consumed = (before: number, n: number) =>
  expect.poll(() => stack.consumerLines().length - before, { timeout: 8000, interval: 20 }).toBeGreaterThanOrEqual(n);

describe("POST /v1/webhooks/jelou in workerd", () => {
  it("a signed delivery: 200 at once, then handleEvent gets the SDK's typed event, with the backend's token", async () => {
    const before = stack.consumerLines().length;
    const r = await stack.deliver(delivery("read", `ok-${run}`));
    expect(r).toEqual({ status: 200, text: '{"received":true}' });
    await consumed(before, 1);
    const got = stack.events().filter((e) => e.json.data?.messageId === `ok-${run}`);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      authorization: `Bearer ${FORWARD_TOKEN}`,
      json: { type: "read", id: expect.stringContaining(`ok-${run}`), data: { event: "read", messageId: `ok-${run}` } },
    });
    expect(stack.consumerLines().at(-1)).toBe("jelou-webhooks read handled attempt 1");
  });

  it("refuses forged, tampered, unsigned, too old, oversized, non-JSON and invalid deliveries; none is queued", async () => {
    const before = { lines: stack.consumerLines().length, events: stack.events().length };
    const body = delivery("read", `forged-${run}`, { text: CONTENT });
    const tampered = body.replace("forged", "f0rged");
    const big = delivery("read", `big-${run}`, { pad: "x".repeat(64 * 1024) });
    const cases: [string, Promise<{ status: number; text: string }>, number, string][] = [
      ["wrong secret", signPayload("not-the-secret", body).then((s) => stack.deliver(body, s)), 401, "bad_signature"],
      ["tampered body", signPayload(WEBHOOK_SECRET, body).then((s) => stack.deliver(tampered, s)), 401, "bad_signature"],
      ["no signature", stack.deliver(body, null), 401, "missing_signature"],
      ["no sha256= prefix", signPayload(WEBHOOK_SECRET, body).then((s) => stack.deliver(body, s.slice(7))), 401, "bad_signature"],
      ["truncated digest", signPayload(WEBHOOK_SECRET, body).then((s) => stack.deliver(body, s.slice(0, -2))), 401, "bad_signature"],
      ["too old (10 min)", stack.deliver(delivery("read", `old-${run}`, { timestamp: Date.now() - 600_000 })), 401, "too_old"],
      ["oversized (64 KiB + 1)", stack.deliver(big), 413, "too_large"],
      ["not JSON", stack.deliver(`not json ${CONTENT}`), 400, "not_json"],
      ["JSON, not an object", stack.deliver("[1,2,3]"), 400, "invalid_event"],
    ];
    for (const [name, p, status, reason] of cases) {
      const r = await p;
      expect([name, r.status, r.text.includes(reason)]).toEqual([name, status, true]);
    }
    for (const [method] of [["GET"], ["PUT"]]) {
      const r = await fetch(`${stack.url}/v1/webhooks/jelou`, { method });
      expect(r.status).toBe(405);
      await r.body?.cancel();
    }
    // A valid marker after them: once it is handled, nothing else came through the queue.
    await stack.deliver(delivery("delivered_user", `marker-${run}`));
    await consumed(before.lines, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(stack.consumerLines().length - before.lines).toBe(1);
    expect(
      stack
        .events()
        .slice(before.events)
        .map((e) => e.json.data.messageId),
    ).toEqual([`marker-${run}`]);
  });

  it("duplicates, sequential and concurrent, reach the handler once; each one is acked", async () => {
    const before = stack.consumerLines().length;
    const body = delivery("delivered_channel", `dup-${run}`);
    // Jelou's redelivery may carry a different timestamp: the SDK's id (event + messageId) is what counts.
    const later = delivery("delivered_channel", `dup-${run}`, { timestamp: Date.now() + 1 });
    const answers = [await stack.deliver(body), ...(await Promise.all([...Array(8)].map((_, i) => stack.deliver(i % 2 ? later : body))))];
    expect(answers.map((a) => a.status)).toEqual(Array(9).fill(200));
    await consumed(before, 9);
    expect(handledIds().filter((id) => id === `delivered_channel:dup-${run}`)).toHaveLength(1);
    const outcomes = stack
      .consumerLines()
      .slice(before)
      .map((l) => l.split(" ")[2]);
    expect(outcomes.filter((o) => o === "handled")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate" || o === "in_flight")).toHaveLength(8);
    // The same message's other events are distinct events.
    await stack.deliver(delivery("read", `dup-${run}`));
    await expect.poll(() => handledIds().filter((id) => id === `read:dup-${run}`).length, { timeout: 8000 }).toBe(1);
  });

  it("a handler that throws is retried by the queue (max_retries 2) and then lands in the dead-letter queue", async () => {
    const before = stack.consumerLines().length;
    expect((await stack.deliver(delivery("read", `fail-${run}`))).status).toBe(200);
    await expect
      .poll(() => stack.dead().filter((d) => d.json.event?.data?.messageId === `fail-${run}`).length, { timeout: 15_000, interval: 50 })
      .toBe(1);
    const attempts = stack.events().filter((e) => e.json.data?.messageId === `fail-${run}`);
    expect(attempts).toHaveLength(3); // the first delivery + 2 retries, each a call of handleEvent
    const dead = stack.dead().find((d) => d.json.event?.data?.messageId === `fail-${run}`)!;
    expect(dead.json).toMatchObject({ event: { type: "read" }, key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stack.consumerLines().slice(before)).toEqual([
      "jelou-webhooks read retry_handler attempt 1",
      "jelou-webhooks read retry_handler attempt 2",
      "jelou-webhooks read retry_handler attempt 3",
    ]);
    // Its claim was given back each time: Jelou's own redelivery later is handled (and fails again, by design here).
    expect((await stack.deliver(delivery("read", `fail-${run}`))).status).toBe(200);
    await expect
      .poll(() => stack.events().filter((e) => e.json.data?.messageId === `fail-${run}`).length, { timeout: 8000 })
      .toBeGreaterThan(3);
  }, 30_000);

  it("the mock Jelou's deliverer: signed PMA message events on demand and the ticks after a send, accents and emoji intact", async () => {
    const mock = webhookDeliverer({ url: `${stack.url}/v1/webhooks/jelou`, secret: WEBHOOK_SECRET, stepMs: 1 });
    const event = mock.pmaMessage({ text: CONTENT });
    const d = await mock.deliver(event);
    expect(d.status).toBe(200);
    mock.afterSend({ messageId: `ticks-${run}`, botId: "BOT_1", userId: "593987654321" });
    await mock.settle();
    expect(mock.deliveries.map((x) => x.status)).toEqual([200, 200, 200, 200]);
    // One batch is handled in parallel: the order at the handler is not guaranteed (the playground ranks them).
    await expect
      .poll(
        () =>
          handledIds()
            .filter((id) => id.endsWith(`ticks-${run}`))
            .sort(),
        { timeout: 8000 },
      )
      .toEqual([`delivered_channel:ticks-${run}`, `delivered_user:ticks-${run}`, `read:ticks-${run}`]);
    const pma = stack.events().find((e) => e.json.type === "message" && e.json.data.value.id === event.value.id);
    expect(pma?.json.data.value.content.body).toBe(CONTENT);
    // A forgery from the same deliverer is refused and not retried (a 4xx is final).
    const forged = await mock.deliver(event, { signature: "sha256=" + "0".repeat(64) });
    expect([forged.status, forged.attempts]).toEqual([401, 1]);
    mock.close();
  });

  it("dedupe records expire with the Durable Object's alarm", async () => {
    const ns = (await stack.proxy.miniflare.getDurableObjectNamespace("DEDUPE")) as unknown as {
      idFromName(n: string): unknown;
      get(id: unknown): any;
    };
    const o = ns.get(ns.idFromName(`test-${run}`));
    expect(await o.claim("k1", "m1")).toBe("claimed");
    expect(await o.claim("k1", "m2")).toBe("in_flight");
    expect(await o.claim("k1", "m1")).toBe("claimed"); // the owner's own redelivery
    await o.finish("k1", "m1", 1);
    expect(await o.claim("k1", "m3")).toBe("duplicate");
    const first = JSON.parse(JSON.stringify(await o.inspect()));
    expect(first.records).toBe(1);
    expect(first.alarm).toBeLessThanOrEqual(Date.now() + 1000);
    await expect.poll(async () => JSON.parse(JSON.stringify(await o.inspect())), { timeout: 5000 }).toEqual({ records: 0, alarm: null });
    expect(await o.claim("k1", "m4")).toBe("claimed"); // forgotten after the TTL
  });

  it("log discipline: one line per request or message, no secret, no id, no message content", async () => {
    await new Promise((r) => setTimeout(r, 200));
    const lines = stack.lines().filter((l) => l.startsWith("jelou-proxy ") || l.startsWith("jelou-webhooks "));
    expect(lines.length).toBeGreaterThan(30);
    for (const l of lines)
      expect(l).toMatch(/^(jelou-proxy [A-Z]+ \/v1\/webhooks\/jelou \d{3} [a-z_]+|jelou-webhooks [a-z_.]+ [a-z_]+ attempt \d+)$/);
    const output = stack.output();
    for (const [name, secret] of Object.entries({ ...SECRETS, WEBHOOK_SECRET, FORWARD_TOKEN }))
      expect(output.includes(secret), `${name} in output`).toBe(false);
    for (const s of [run, "593987654321", "María", "pagar", "contenido"]) expect(output.includes(s), `${s} in output`).toBe(false);
  });

  it("deployed without JELOU_WEBHOOK_SECRET and the queue: 500, nothing said about which, the send routes unaffected", async () => {
    let output = "";
    const bare = await startLocalProxy({
      jelouBaseUrl: "http://127.0.0.1:9",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      signingKey: SIGNING_KEY,
      allowedOrigins: [ORIGIN],
      onOutput: (t: string) => void (output += t),
    });
    try {
      const body = delivery("read", `bare-${run}`);
      const r = await fetch(`${bare.url}/v1/webhooks/jelou`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Jelou-Signature": await signPayload(WEBHOOK_SECRET, body) },
        body,
      });
      const text = await r.text();
      expect(r.status).toBe(500);
      expect(text).not.toMatch(/SECRET|QUEUE|secret|queue/);
      const preflight = await fetch(`${bare.url}/v1/bots/BOT_1/messages`, {
        method: "OPTIONS",
        headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST" },
      });
      await preflight.body?.cancel();
      expect(preflight.status).toBeLessThan(300);
      await expect.poll(() => output).toContain("jelou-proxy POST /v1/webhooks/jelou 500 config");
    } finally {
      await bare.close();
    }
  });
});
