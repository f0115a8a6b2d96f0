// Upstream faults: the SDK against a mock Jelou on 127.0.0.1 over real sockets. For each mode:
// the error type and fields, how many requests reached the mock, and that the call came back
// within timeoutMs + 100 ms. Prints a table of the figures.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJelou, JelouApiError, JelouNetworkError, JelouTimeoutError, messages, type JelouOptions } from "../../src/index.js";
import { startMockJelou, type MockJelou, type Reply } from "../support/mock-jelou.js";

const TIMEOUT = 1500;
const msg = messages.text({ userId: "593987654321", text: "fault test" });
const big = "x".repeat(10 * 1024 * 1024);
const figures: string[][] = [];

let mock: MockJelou;
let script: (Reply | "hang" | "reset")[] = [];
let resetBeforeBody = false;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  mock = await startMockJelou({
    respond: () => (script.length > 1 ? script.shift() : script[0]),
    beforeBody: () => (resetBeforeBody ? "reset" : undefined),
  });
});
afterAll(async () => {
  await mock.close();
  process.off("unhandledRejection", onUnhandled);
  console.log(["\nupstream faults (mock on 127.0.0.1):", ...figures.map((r) => r.join(" | "))].join("\n"));
});

const ok: Reply = { status: 200, body: { success: true, messageId: "msg_ok" } };
const status = (s: number, headers?: Record<string, string>, body: unknown = { message: ["fault"] }): Reply => ({
  status: s,
  headers,
  body,
});

async function run(name: string, replies: typeof script, options: Partial<JelouOptions> = {}, signal?: AbortSignal) {
  mock.reset();
  script = replies;
  const jelou = createJelou({
    clientId: "fault-id",
    clientSecret: "fault-secret",
    baseUrl: mock.url,
    timeoutMs: TIMEOUT,
    retry: { baseDelayMs: 20 },
    ...options,
  } as JelouOptions);
  const t = performance.now();
  const outcome = await jelou.send("BOT", msg, { signal }).then(
    (r) => r,
    (e) => e,
  );
  const ms = Math.round(performance.now() - t);
  const requests = mock.requests.length;
  figures.push([
    name,
    outcome?.name ?? "ok",
    `status ${outcome?.status ?? "-"}`,
    `maybeSent ${outcome?.maybeSent ?? "-"}`,
    `${requests} request(s)`,
    `${ms} ms`,
  ]);
  expect(ms, `${name} took ${ms} ms`).toBeLessThanOrEqual((options.timeoutMs ?? TIMEOUT) + 100);
  return { outcome, requests, ms };
}

describe("upstream faults", () => {
  it.each([500, 502])("%i: one request, JelouApiError, maybe sent", async (s) => {
    const { outcome, requests } = await run(`${s}`, [status(s), ok]);
    expect(outcome).toBeInstanceOf(JelouApiError);
    expect(outcome).toMatchObject({
      status: s,
      maybeSent: true,
      body: { message: ["fault"] },
    });
    expect(requests).toBe(1);
  });

  it("503 without Retry-After: retried twice with backoff, then not sent", async () => {
    const { outcome, requests } = await run("503", [status(503)]);
    expect(outcome).toMatchObject({
      name: "JelouApiError",
      status: 503,
      maybeSent: false,
    });
    expect(requests).toBe(3);
  });

  it("503 with Retry-After then 200: sent once it may", async () => {
    const { outcome, requests, ms } = await run("503 Retry-After: 1", [status(503, { "Retry-After": "1" }), ok]);
    expect(outcome).toEqual({ success: true, messageId: "msg_ok" });
    expect(requests).toBe(2);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it("429 with Retry-After in seconds", async () => {
    const { outcome, requests, ms } = await run("429 Retry-After: 1", [status(429, { "Retry-After": "1" }), ok]);
    expect(outcome).toMatchObject({ success: true });
    expect(requests).toBe(2);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it("429 with Retry-After as an HTTP date", async () => {
    const when = () => new Date(Date.now() + 1000).toUTCString();
    const { outcome, requests } = await run("429 Retry-After: <date>", [status(429, { "Retry-After": when() }), ok]);
    expect(outcome).toMatchObject({ success: true });
    expect(requests).toBe(2);
  });

  it("429 whose Retry-After outlives the budget: answered at once, not sent", async () => {
    const { outcome, requests, ms } = await run("429 Retry-After: 60", [status(429, { "Retry-After": "60" })], {
      retry: { maxDelayMs: 60_000 },
    });
    expect(outcome).toMatchObject({
      name: "JelouApiError",
      status: 429,
      maybeSent: false,
    });
    expect(requests).toBe(1);
    expect(ms).toBeLessThan(500);
  });

  it("a response that never comes: timeout, maybe sent", async () => {
    const { outcome, requests, ms } = await run("hang", ["hang"]);
    expect(outcome).toBeInstanceOf(JelouTimeoutError);
    expect(outcome).toMatchObject({ maybeSent: true, timeoutMs: TIMEOUT });
    expect(requests).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT - 5);
  });

  it("connection reset before the body is read", async () => {
    resetBeforeBody = true;
    try {
      const { outcome, requests } = await run("reset before body", [ok]);
      expect(outcome).toBeInstanceOf(JelouNetworkError);
      expect(outcome.maybeSent).toBe(true);
      expect(requests).toBe(1);
    } finally {
      resetBeforeBody = false;
    }
  });

  it("connection reset after the body", async () => {
    const { outcome, requests } = await run("reset after body", ["reset"]);
    expect(outcome).toBeInstanceOf(JelouNetworkError);
    expect(outcome.maybeSent).toBe(true);
    expect(requests).toBe(1);
  });

  it.each([
    ["200 with a body that is not JSON", { status: 200, headers: { "Content-Type": "text/plain" }, body: "OK" }, 200, "OK"],
    ["200 with an empty body", { status: 200 }, 200, ""],
    [
      "500 HTML error page",
      {
        status: 500,
        headers: { "Content-Type": "text/html" },
        body: "<html><h1>Internal Server Error</h1></html>",
      },
      500,
      "<html><h1>Internal Server Error</h1></html>",
    ],
    ["502 with an empty body", { status: 502 }, 502, ""],
  ] as const)("%s: JelouApiError keeps the raw body, maybe sent", async (name, reply, s, body) => {
    const { outcome, requests } = await run(name, [reply as Reply]);
    expect(outcome).toBeInstanceOf(JelouApiError);
    expect(outcome).toMatchObject({ status: s, maybeSent: true, body });
    expect(requests).toBe(1);
  });

  it.each([200, 500])("a 10 MiB %i body is read once and reported, not hung on", async (s) => {
    const { outcome, requests } = await run(`${s} with 10 MiB body`, [{ status: s, headers: { "Content-Type": "text/plain" }, body: big }]);
    expect(outcome).toBeInstanceOf(JelouApiError);
    expect(outcome.status).toBe(s);
    expect(outcome.message.length).toBeLessThan(400);
    expect(requests).toBe(1);
  });

  it("the caller's signal stops a request in flight", async () => {
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 100);
    const { outcome, requests, ms } = await run("abort in flight", ["hang"], {}, ctrl.signal);
    expect(outcome).toMatchObject({
      name: "JelouNetworkError",
      maybeSent: true,
    });
    expect(requests).toBe(1);
    expect(ms).toBeLessThan(300);
  });

  it("the caller's signal stops a pending retry sleep", async () => {
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 100);
    const { outcome, requests, ms } = await run(
      "abort during retry wait",
      [status(503, { "Retry-After": "5" }), ok],
      { timeoutMs: 10_000, retry: { maxDelayMs: 10_000 } },
      ctrl.signal,
    );
    expect(outcome).toMatchObject({
      name: "JelouNetworkError",
      maybeSent: false,
    });
    expect(requests).toBe(1);
    expect(ms).toBeLessThan(300);
  });

  it.each([307, 303])("a %i to another host is not followed: JelouApiError naming the Location, nothing reaches it", async (s) => {
    let stolen = 0;
    const thief = createServer(
      (req, res) => (
        stolen++,
        res.writeHead(200, { "Content-Type": "application/json" }),
        res.end('{"success":true,"messageId":"stolen"}')
      ),
    );
    await new Promise<void>((ok) => thief.listen(0, "127.0.0.1", ok));
    const location = `http://127.0.0.1:${(thief.address() as AddressInfo).port}/v1/bots/BOT/messages`;
    try {
      const { outcome, requests } = await run(`${s} to another host`, [status(s, { Location: location }, "")]);
      expect(outcome).toBeInstanceOf(JelouApiError);
      expect(outcome).toMatchObject({ status: s, maybeSent: true });
      expect(outcome.message).toContain(location);
      expect(requests).toBe(1);
      expect(stolen).toBe(0);
    } finally {
      thief.closeAllConnections();
      await new Promise((ok) => thief.close(ok));
    }
  });

  it("a gzip bomb (100 MiB of zeros in a few hundred KB) is abandoned at the cap, memory bounded", async () => {
    // Compressed 1 MiB at a time, so the test itself never holds the 100 MiB.
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on("data", (c: Buffer) => parts.push(c));
    const zeros = Buffer.alloc(2 ** 20);
    for (let i = 0; i < 100; i++) gzip.write(zeros);
    await new Promise((done) => gzip.end(done));
    const bomb = Buffer.concat(parts);
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    try {
      const { outcome, requests } = await run(
        `gzip bomb (${Math.round(bomb.length / 1024)} KB → 100 MiB)`,
        [{ status: 200, headers: { "Content-Encoding": "gzip" }, body: bomb }],
        { timeoutMs: 10_000 },
      );
      peak = Math.max(peak, process.memoryUsage().rss);
      const growth = Math.round((peak - before) / 2 ** 20);
      figures.push(["gzip bomb", `RSS growth ${growth} MB`]);
      console.log(`gzip bomb: ${bomb.length} B compressed, peak RSS growth ${growth} MB`);
      expect(outcome).toBeInstanceOf(JelouApiError);
      expect(outcome).toMatchObject({ status: 200, maybeSent: true });
      expect(outcome.message).toMatch(/1048576 bytes/);
      expect(requests).toBe(1);
      expect(growth).toBeLessThan(50);
    } finally {
      clearInterval(sample);
    }
  });

  it("a refused connection says why: ECONNREFUSED and the address", async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, "127.0.0.1", ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const { outcome, requests } = await run("connection refused", [ok], {
      baseUrl: `http://127.0.0.1:${port}`,
    });
    expect(outcome).toBeInstanceOf(JelouNetworkError);
    expect(outcome.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(requests).toBe(0);
  });

  it("left no unhandled rejection behind", async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});
