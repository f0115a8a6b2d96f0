// Issue 14, "Proxy": the Worker in workerd (Miniflare) against the mock Jelou on 127.0.0.1, as a
// careless backend (two tokens with one jti) and a hostile or broken upstream (huge, redirecting,
// odd-status and chatty answers) would use it. Each case counts what reached the mock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createJelou, messages } from "../../src/index.js";
import { mintSendToken } from "../../src/token/index.js";
import type { Respond } from "../support/mock-jelou";
import { BOT, SIGNING_KEY, USER, scope } from "../worker/helpers";
import { isEnvelope, startStack, type Stack } from "./proxy-harness";

const MESSAGES = `/v1/bots/${BOT}/messages`;
const run = Math.random().toString(36).slice(2, 8);
let stack: Stack;
let mode: Respond | undefined;

beforeAll(async () => {
  stack = await startStack({ respond: (req, rec) => mode?.(req, rec), timeoutMs: 5000 });
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => {
  mode = undefined;
  stack.mock.reset();
});

const token = (max: number, o: { jti?: string; ttlSeconds?: number; now?: number } = {}) =>
  mintSendToken(SIGNING_KEY, scope({ types: ["text"], max, ...(o.jti && { jti: o.jti }) }), {
    ttlSeconds: o.ttlSeconds ?? 300,
    now: o.now,
  });
const text = (marker: string) => ({ type: "text", userId: USER, text: `${marker}-${run}` });
const send = (t: string, body: unknown, headers: Record<string, string> = {}) =>
  stack.raw(MESSAGES, {
    headers: { Authorization: `Bearer ${t}`, "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
const big = (bytes: number) => "x".repeat(bytes);

describe("one quota per token, whatever the backend does with jti", () => {
  it("two tokens sharing a jti neither share nor reset each other's count", async () => {
    const jti = `shared-${run}`;
    const a = await token(2, { jti, ttlSeconds: 60 });
    const b = await token(2, { jti, ttlSeconds: 600 });
    const statusesA = [];
    for (let i = 0; i < 3; i++) statusesA.push((await send(a, text(`a${i}`))).status);
    const statusesB = [];
    for (let i = 0; i < 3; i++) statusesB.push((await send(b, text(`b${i}`))).status);
    expect(stack.mock.requests).toHaveLength(4);
    expect(statusesB.filter((s) => s === 200)).toHaveLength(2);
    expect(statusesA).toEqual([200, 200, 403]);
    expect(statusesB).toEqual([200, 200, 403]);
  });

  it("the clean-up alarm of an early-expiring token does not wipe a later token's count in the same object", async () => {
    const ns = (await stack.proxy.miniflare.getDurableObjectNamespace("QUOTA")) as unknown as {
      idFromName(n: string): unknown;
      get(id: unknown): any;
    };
    const now = Math.floor(Date.now() / 1000);
    const shared = ns.get(ns.idFromName(`alarm-${run}`));
    await shared.take(2, now - 58); // its clean-up is due in 1–2 s
    await shared.take(2, now + 300);
    const inspect = async () => JSON.parse(JSON.stringify(await shared.inspect()));
    await new Promise((r) => setTimeout(r, 2500));
    expect(await inspect()).toEqual({ used: 2, alarm: (now + 360) * 1000 });
    expect(JSON.parse(JSON.stringify(await shared.take(2, now + 300)))).toEqual({ ok: false, why: "spent" });
  });
});

describe("an idempotent answer is always stored, or its key released", () => {
  it("a several-MB 200 is kept as a small 502 and replayed; a several-MB 400 releases the key", async () => {
    const t = await token(5);
    mode = () => ({ status: 200, body: { success: true, messageId: "m-big", pad: big(5 * 1024 * 1024) } });
    const first = await send(t, text("big-ok"), { "Idempotency-Key": `big-ok-${run}` });
    const again = await send(t, text("big-ok"), { "Idempotency-Key": `big-ok-${run}` });
    expect(again.status).not.toBe(409);
    expect([first.status, first.json?.error?.key, first.json?.maybeSent]).toEqual([502, "UPSTREAM_BAD_RESPONSE", true]);
    expect([again.status, again.text, again.headers.get("Idempotent-Replayed")]).toEqual([502, first.text, "true"]);
    expect(first.text.length).toBeLessThan(2000);
    expect(stack.mock.requests).toHaveLength(1);

    mode = () => ({ status: 400, body: { message: ["no"], pad: big(3 * 1024 * 1024) } });
    const refused = await send(t, text("big-400"), { "Idempotency-Key": `big-400-${run}` });
    expect([refused.status, refused.json?.maybeSent]).toEqual([502, false]);
    mode = undefined;
    const retried = await send(t, text("big-400"), { "Idempotency-Key": `big-400-${run}` });
    expect([retried.status, retried.headers.get("Idempotent-Replayed")]).toEqual([200, null]);
    expect(stack.mock.requests).toHaveLength(3);
  });
});

describe("no retry amplification", () => {
  it("Jelou answering 503: each browser attempt is exactly one upstream POST", async () => {
    mode = () => ({ status: 503, body: { message: ["busy"], statusMessage: "failed", status: 0 } });
    const t = await token(5);
    const raw = await send(t, text("503-raw"));
    expect(raw.status).toBe(503);
    expect(stack.mock.requests).toHaveLength(1);

    stack.mock.reset();
    const sdk = createJelou({ baseUrl: stack.url, token: t, fetch: stack.sdkFetch, retry: { baseDelayMs: 5 } });
    const before = stack.sdkRequests();
    const e = await sdk.send(BOT, messages.text({ userId: USER, text: `503-sdk-${run}` })).then(
      () => undefined,
      (x) => x,
    );
    const browserAttempts = stack.sdkRequests() - before;
    expect(e).toMatchObject({ name: "JelouApiError", status: 503, maybeSent: false });
    expect(browserAttempts).toBeGreaterThan(1); // the browser's SDK is the layer that retries
    expect(browserAttempts).toBeLessThanOrEqual(3);
    expect(stack.mock.requests).toHaveLength(browserAttempts);
  });

  it("passes Jelou's Retry-After on 429 and 503, so the retrying layer can honour it", async () => {
    const t = await token(5);
    mode = () => ({ status: 429, headers: { "Retry-After": "7" }, body: { message: "slow down" } });
    const r = await send(t, text("429-ra"));
    expect([r.status, r.headers.get("Retry-After")]).toEqual([429, "7"]);
    mode = () => ({ status: 503, headers: { "Retry-After": "bogus\u0001" }, body: { message: "busy" } });
    expect((await send(t, text("503-ra"))).headers.get("Retry-After")).toBeNull();
  });
});

describe("a spent token is spent", () => {
  it("its refusal is never retried by the SDK, even in the last seconds before expiry", async () => {
    // exp 27 s ago: still inside the 30 s clock skew verification allows.
    const t = await token(1, { ttlSeconds: 60, now: Date.now() - 87_000 });
    expect((await send(t, text("spend"))).status).toBe(200);
    const raw = await send(t, text("spent-raw"));
    expect([raw.status, raw.json?.error?.key, raw.headers.get("Retry-After"), isEnvelope(raw.json)]).toEqual([
      403,
      "QUOTA_EXCEEDED",
      null,
      true,
    ]);
    const sdk = createJelou({ baseUrl: stack.url, token: t, fetch: stack.sdkFetch });
    const before = stack.sdkRequests();
    const e = await sdk.send(BOT, messages.text({ userId: USER, text: `spent-sdk-${run}` })).then(
      () => undefined,
      (x) => x,
    );
    expect(e).toMatchObject({ name: "JelouApiError", status: 403, key: "QUOTA_EXCEEDED", maybeSent: false });
    expect(stack.sdkRequests() - before).toBe(1);
    expect(stack.mock.requests).toHaveLength(1);
  });
});

describe("odd upstream answers become a clear 502", () => {
  it("a 307 is not followed and gives the reservation back; a 303 keeps it", async () => {
    const t = await token(1);
    mode = (req) =>
      req.url === MESSAGES
        ? { status: 307, headers: { Location: `${stack.mock.url}/elsewhere` }, body: {} }
        : { status: 200, body: { success: true, messageId: "moved" } };
    const r = await send(t, text("307"));
    expect([r.status, r.json?.error?.key, r.json?.maybeSent, isEnvelope(r.json)]).toEqual([502, "UPSTREAM_BAD_RESPONSE", false, true]);
    expect(r.json.message[0]).toContain("307");
    expect(stack.mock.requests.map((q) => q.path)).toEqual([MESSAGES]);
    mode = undefined;
    expect((await send(t, text("after-307"))).status).toBe(200); // the reservation came back

    const u = await token(1);
    mode = () => ({ status: 303, headers: { Location: `${stack.mock.url}/result` } });
    const see = await send(u, text("303"));
    expect([see.status, see.json?.error?.key, see.json?.maybeSent]).toEqual([502, "UPSTREAM_BAD_RESPONSE", true]);
    mode = undefined;
    expect((await send(u, text("after-303"))).status).toBe(403); // it may have been sent: used
  });

  it("a status outside 200–599 is a 502 with maybeSent, never a 500", async () => {
    const t = await token(2);
    mode = () => ({ status: 600, body: { success: true } });
    const r = await send(t, text("600"));
    expect([r.status, r.json?.error?.key, r.json?.maybeSent, isEnvelope(r.json)]).toEqual([502, "UPSTREAM_BAD_RESPONSE", true, true]);
    expect(stack.logLines().at(-1) ?? "").not.toMatch(/ 500 /);
  });
});

describe("upstream error bodies are not relayed verbatim", () => {
  it("only the documented envelope fields pass", async () => {
    const t = await token(2);
    const documented = {
      message: ["The Bot could not be found"],
      statusMessage: "failed",
      status: 0,
      error: { code: "E1019", key: "BOT_NOT_FOUND", description: "Bot missing." },
    };
    mode = () => ({
      status: 404,
      body: {
        ...documented,
        error: { ...documented.error, query: "SELECT * FROM bots" },
        stack: "at db.query (/srv/app.js:1:1)",
        internalIp: "10.0.0.7",
      },
    });
    const r = await send(t, text("chatty"));
    expect([r.status, r.json]).toEqual([404, documented]);
    mode = () => ({ status: 422, body: { message: 42, debug: { user: "x" } } });
    const odd = await send(t, text("no-fields"));
    expect([odd.status, odd.json?.error?.key, isEnvelope(odd.json)]).toEqual([422, "UPSTREAM_BAD_RESPONSE", true]);
    expect(odd.text).not.toContain("debug");
  });
});
