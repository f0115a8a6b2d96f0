// The Worker's small functions, each called directly in Node: no workerd, no network.
import { describe, expect, it } from "vitest";
import { JelouApiError, JelouNetworkError, JelouTimeoutError, JelouValidationError } from "jelou-sdk/messages"; // the entry the Worker itself imports: errors are classes of that bundle
import { DEFAULT_TTL_SECONDS, MAX_SCOPE_TYPES, MAX_TTL_SECONDS } from "jelou-sdk/token";
import { SCOPE_TYPES } from "jelou-sdk/messages";
import { readdirSync, readFileSync } from "node:fs";
import { MAX_BODY_BYTES, readJson } from "../../worker-example/src/body";
import { configFromEnv, parseOrigins, type Env } from "../../worker-example/src/config";
import { ALLOW_HEADERS, applyCors, preflight } from "../../worker-example/src/cors";
import { checkBasic, safeEqual, verifyBearer } from "../../worker-example/src/auth";
import { envelope } from "../../worker-example/src/envelope";
import { fromError } from "../../worker-example/src/forward";
import * as ledger from "../../worker-example/src/ledger";
import { fingerprint, idempotencyKey } from "../../worker-example/src/quota";
import { matchRoute } from "../../worker-example/src/routes";
import { parseScopeRequest } from "../../worker-example/src/tokens";
import { scopeProblem, validatePayload } from "../../worker-example/src/validation";
import {
  AUDIENCE,
  BASIC,
  BOT,
  CLIENT_ID,
  CLIENT_SECRET,
  ORIGIN,
  SIGNING_KEY,
  USER,
  callButton,
  flowMessage,
  listMessage,
  mint,
} from "./helpers";

const req = (headers: Record<string, string> = {}, body?: BodyInit) =>
  new Request("http://proxy.test/v1/bots/B/messages", {
    method: "POST",
    headers,
    body,
    ...(body instanceof ReadableStream && { duplex: "half" }),
  } as RequestInit);
const json = { "Content-Type": "application/json" };

describe("structure", () => {
  it("keeps every Worker source file small", () => {
    const dir = new URL("../../worker-example/src/", import.meta.url);
    for (const f of readdirSync(dir)) expect(readFileSync(new URL(f, dir), "utf8").split("\n").length, f).toBeLessThan(150);
  });
});

describe("routes", () => {
  it("matches the three routes and decodes path ids", () => {
    expect(matchRoute("/v1/bots/B%201/messages")).toMatchObject({ route: "messages", pattern: "/v1/bots/{botId}/messages", botId: "B 1" });
    expect(matchRoute("/v1/bots/B/users/5939/flow_message")).toMatchObject({ route: "flow", botId: "B", userId: "5939" });
    expect(matchRoute("/v1/tokens")).toMatchObject({ route: "tokens" });
  });
  it("refuses empty, undecodable, dot and extra segments", () => {
    for (const p of [
      "/",
      "/v1/bots//messages",
      "/v1/bots/%E0%A4%A/messages",
      "/v1/bots/B/messages/",
      "/v1/bots/B/users//flow_message",
      "/v2/tokens",
      "/v1/tokens/x",
      "/v1/bots/%2e%2e/messages",
    ])
      expect(matchRoute(p), p).toBeUndefined();
  });
});

describe("config", () => {
  it("parses exact origins and applies defaults", () => {
    expect([...parseOrigins(" https://a.test ,https://b.test:8443,, ")]).toEqual(["https://a.test", "https://b.test:8443"]);
    const c = configFromEnv({ JELOU_CLIENT_ID: "i", JELOU_CLIENT_SECRET: "s", TOKEN_SIGNING_KEY: "k" } as Env);
    expect(c).toMatchObject({ baseUrl: "https://api.jelou.ai", audience: "jelou-proxy", timeoutMs: 30000, allowedOrigins: new Set() });
  });
  it("throws when a secret is missing", () => {
    expect(() => configFromEnv({ JELOU_CLIENT_ID: "i", JELOU_CLIENT_SECRET: "", TOKEN_SIGNING_KEY: "k" } as Env)).toThrow(
      /JELOU_CLIENT_SECRET/,
    );
  });
});

describe("cors", () => {
  const allowed = new Set([ORIGIN]);
  it("allows exact origins only, and always varies on Origin", () => {
    const ok = applyCors(new Response("{}"), ORIGIN, allowed);
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe(ORIGIN);
    expect(ok.headers.get("Vary")).toBe("Origin");
    for (const o of [`${ORIGIN}/`, `${ORIGIN}:443`, ORIGIN.replace("https", "http"), "null", null]) {
      const no = applyCors(new Response("{}"), o, allowed);
      expect(no.headers.get("Access-Control-Allow-Origin"), String(o)).toBeNull();
      expect(no.headers.get("Vary")).toBe("Origin");
    }
  });
  it("answers a preflight only for an allowed origin", async () => {
    const ok = preflight(ORIGIN, allowed);
    expect(ok.response.status).toBe(204);
    expect(ok.response.headers.get("Access-Control-Allow-Methods")).toBe("POST");
    expect(ok.response.headers.get("Access-Control-Allow-Headers")).toBe(ALLOW_HEADERS);
    expect(ALLOW_HEADERS).toBe("Authorization, Content-Type, Idempotency-Key");
    expect(preflight("https://other.test", allowed).response.status).toBe(403);
    expect(preflight(null, allowed).response.status).toBe(403);
  });
});

describe("body", () => {
  it("wants application/json (parameters allowed)", async () => {
    expect(await readJson(req({ "Content-Type": "text/plain" }, "{}"))).toMatchObject({ ok: false, key: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await readJson(req({}, "{}"))).toMatchObject({ ok: false, key: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await readJson(req({ "Content-Type": "Application/JSON; charset=utf-8" }, '{"a":1}'))).toMatchObject({
      ok: true,
      value: { a: 1 },
    });
  });
  it("refuses malformed JSON, invalid UTF-8 and an empty body", async () => {
    expect(await readJson(req(json, "{nope"))).toMatchObject({ ok: false, key: "MALFORMED_JSON" });
    expect(await readJson(req(json, new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ ok: false, key: "MALFORMED_JSON" });
    expect(await readJson(req(json))).toMatchObject({ ok: false, key: "MALFORMED_JSON" });
  });
  it("counts the bytes that arrive, whatever Content-Length says", async () => {
    const big = JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES) });
    expect(await readJson(req(json, big))).toMatchObject({ ok: false, key: "PAYLOAD_TOO_LARGE" });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        if (pulled > 100) c.close();
      },
    });
    // A lying Content-Length (10) with a body of up to 1.6 MB: refused after 64 KiB, the rest never read.
    expect(await readJson(req({ ...json, "Content-Length": "10" }, stream))).toMatchObject({ ok: false, key: "PAYLOAD_TOO_LARGE" });
    expect(pulled).toBeLessThan(10);
    const exact = `"${"x".repeat(MAX_BODY_BYTES - 2)}"`;
    expect(await readJson(req(json, exact))).toMatchObject({ ok: true });
  });
});

describe("auth", () => {
  const bearer = (t: string) => req({ Authorization: `Bearer ${t}` });
  it("verifies a send token and names the failed check", async () => {
    const r = await verifyBearer(bearer(await mint()), SIGNING_KEY, AUDIENCE);
    expect(r).toMatchObject({ ok: true, claims: { bot: BOT, sub: USER, max: 5 } });
    expect(await verifyBearer(req(), SIGNING_KEY, AUDIENCE)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyBearer(req({ Authorization: BASIC }), SIGNING_KEY, AUDIENCE)).toEqual({ ok: false, reason: "missing" });
    expect(await verifyBearer(bearer("a.b.c"), SIGNING_KEY, AUDIENCE)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifyBearer(bearer(await mint({}, { key: "another-key-that-is-also-32-bytes-long" })), SIGNING_KEY, AUDIENCE)).toEqual({
      ok: false,
      reason: "signature",
    });
    expect(await verifyBearer(bearer(await mint({}, { now: Date.now() - 3600_000 })), SIGNING_KEY, AUDIENCE)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await verifyBearer(bearer(await mint({ aud: "someone-else" })), SIGNING_KEY, AUDIENCE)).toEqual({
      ok: false,
      reason: "audience",
    });
    expect(await verifyBearer(bearer(await mint()), "short", AUDIENCE)).toEqual({ ok: false, reason: "key" });
  });
  it("compares in constant time and checks Basic credentials exactly", async () => {
    expect(await safeEqual("abc", "abc")).toBe(true);
    expect(await safeEqual("abc", "abd")).toBe(false);
    expect(await safeEqual("", "abc")).toBe(false);
    expect(await checkBasic(req({ Authorization: BASIC }), CLIENT_ID, CLIENT_SECRET)).toBe(true);
    expect(await checkBasic(req({ Authorization: BASIC.replace("Basic", "basic") }), CLIENT_ID, CLIENT_SECRET)).toBe(true);
    expect(await checkBasic(req({ Authorization: BASIC }), CLIENT_ID, `${CLIENT_SECRET}x`)).toBe(false);
    expect(await checkBasic(req({ Authorization: `Bearer ${BASIC.slice(6)}` }), CLIENT_ID, CLIENT_SECRET)).toBe(false);
    expect(await checkBasic(req(), CLIENT_ID, CLIENT_SECRET)).toBe(false);
  });
});

describe("validation and scope", () => {
  it("validates with the SDK and words issues like it", () => {
    expect(validatePayload("messages", BOT, listMessage())).toEqual({ ok: true });
    expect(validatePayload("messages", BOT, listMessage(11))).toEqual({
      ok: false,
      issues: [{ path: "options", message: "must have at most 10 items, got 11" }],
    });
    expect(validatePayload("messages", BOT, { ...callButton, botId: "OTHER" })).toMatchObject({ ok: false, issues: [{ path: "botId" }] });
    expect(validatePayload("messages", BOT, [])).toMatchObject({ ok: false });
    expect(validatePayload("flow", BOT, flowMessage)).toEqual({ ok: true });
    expect(validatePayload("flow", BOT, { ...flowMessage, userId: USER })).toMatchObject({
      ok: false,
      issues: [{ path: "userId", message: "is not a known field" }],
    });
  });
  it("names the part of the scope a send is outside of", () => {
    const c = { bot: BOT, sub: USER, types: ["text"] };
    expect(scopeProblem(c, { botId: BOT, userId: USER, type: "text" })).toBeUndefined();
    expect(scopeProblem(c, { botId: "B2", userId: USER, type: "text" })).toBe("bot");
    expect(scopeProblem(c, { botId: BOT, userId: "1", type: "text" })).toBe("recipient");
    expect(scopeProblem(c, { botId: BOT, userId: USER, type: "image" })).toBe("type");
  });
  it("checks a token request's scope field by field", () => {
    expect(parseScopeRequest({ bot: BOT, sub: USER, types: ["text"], max: 3 })).toEqual({
      ok: true,
      value: { bot: BOT, sub: USER, types: ["text"], max: 3, ttlSeconds: DEFAULT_TTL_SECONDS },
    });
    const bad = parseScopeRequest({ bot: "", sub: USER, types: ["text", "fax"], max: 0, ttlSeconds: MAX_TTL_SECONDS + 1, jti: "x" });
    expect(bad.ok || bad.issues.map((i) => i.path)).toEqual(["jti", "bot", "types.1", "max", "ttlSeconds"]);
    // Every type the SDK's token module names is accepted, up to MAX_SCOPE_TYPES of them.
    const all = parseScopeRequest({ bot: BOT, sub: USER, types: [...SCOPE_TYPES], max: 1 });
    expect(all.ok, JSON.stringify(all)).toBe(true);
    const many = parseScopeRequest({ bot: BOT, sub: USER, types: Array(MAX_SCOPE_TYPES + 1).fill("text"), max: 1 });
    expect(many.ok || many.issues.map((i) => i.path)).toEqual(["types"]);
  });
});

describe("quota ledger", () => {
  const store = () => {
    const m = new Map<string, unknown>();
    return {
      m,
      kv: { get: (k: string) => m.get(k), put: (k: string, v: unknown) => void m.set(k, v), delete: (k: string) => m.delete(k) },
    };
  };
  it("reserves up to max, gives back, never goes negative", () => {
    const { kv } = store();
    expect([1, 2, 3].map(() => ledger.take(kv, 2))).toEqual([
      { ok: true, used: 1 },
      { ok: true, used: 2 },
      { ok: false, why: "spent" },
    ]);
    ledger.giveBack(kv);
    expect(ledger.take(kv, 2)).toEqual({ ok: true, used: 2 });
    (ledger.giveBack(kv), ledger.giveBack(kv), ledger.giveBack(kv));
    expect(ledger.used(kv)).toBe(0);
  });
  it("replays a key's answer, refuses a key in progress or reused for another request", () => {
    const { kv } = store();
    const idem = { key: "k1", fingerprint: "f1" };
    expect(ledger.take(kv, 5, idem)).toEqual({ ok: true, used: 1 });
    expect(ledger.take(kv, 5, idem)).toEqual({ ok: false, why: "in_progress" });
    ledger.remember(kv, "k1", { status: 200, body: { messageId: "m1" } });
    expect(ledger.take(kv, 5, idem)).toEqual({ ok: false, why: "replay", answer: { status: 200, body: { messageId: "m1" } } });
    expect(ledger.take(kv, 5, { key: "k1", fingerprint: "f2" })).toEqual({ ok: false, why: "key_reused" });
    expect(ledger.used(kv)).toBe(1);
    // A send that certainly failed forgets its key: the retry sends.
    expect(ledger.take(kv, 5, { key: "k2", fingerprint: "f" })).toMatchObject({ ok: true });
    ledger.giveBack(kv, "k2");
    expect(ledger.take(kv, 5, { key: "k2", fingerprint: "f" })).toEqual({ ok: true, used: 2 });
  });
  it("reads Idempotency-Key and fingerprints requests", async () => {
    expect(idempotencyKey(req())).toEqual({ ok: true });
    expect(idempotencyKey(req({ "Idempotency-Key": "abc-123" }))).toEqual({ ok: true, key: "abc-123" });
    expect(idempotencyKey(req({ "Idempotency-Key": "a b" }))).toEqual({ ok: false });
    expect(idempotencyKey(req({ "Idempotency-Key": "x".repeat(256) }))).toEqual({ ok: false });
    const f = await fingerprint("/p", "B", "", "{}");
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint("/p", "B", "", "{ }")).not.toBe(f);
  });
});

describe("forwarding errors", () => {
  const body = { message: ["The Bot could not be found"], statusMessage: "failed", status: 0, error: { key: "BOT_NOT_FOUND" } };
  it("passes Jelou's status and body on, giving the quota back only when nothing was sent", () => {
    expect(fromError(new JelouApiError(404, body, false))).toEqual({
      answer: { status: 404, body },
      release: true,
      reason: "upstream_404",
    });
    expect(fromError(new JelouApiError(500, "oops", true))).toMatchObject({
      answer: { status: 500, body: { error: { key: "UPSTREAM_BAD_RESPONSE" }, maybeSent: true } },
      release: false,
    });
    expect(fromError(new JelouApiError(200, "not json", true))).toMatchObject({
      answer: { status: 502, body: { maybeSent: true } },
      release: false,
    });
  });
  it("turns timeouts into 504 and network failures into 502, with maybeSent", () => {
    expect(fromError(new JelouTimeoutError(1000, true))).toMatchObject({
      answer: { status: 504, body: { statusMessage: "failed", maybeSent: true, error: { key: "UPSTREAM_TIMEOUT" } } },
      release: false,
    });
    expect(fromError(new JelouNetworkError("refused", false))).toMatchObject({
      answer: { status: 502, body: { maybeSent: false, error: { key: "UPSTREAM_UNREACHABLE" } } },
      release: true,
    });
    expect(fromError(new JelouValidationError([{ path: "botId", message: "bad" }]))).toMatchObject({
      answer: { status: 422 },
      release: true,
    });
    expect(() => fromError(new TypeError("bug"))).toThrow("bug");
  });
  it("builds Jelou's envelope", () => {
    expect(envelope("QUOTA_EXCEEDED", "none left")).toEqual({
      message: ["none left"],
      statusMessage: "failed",
      status: 0,
      error: { code: "P4033", key: "QUOTA_EXCEEDED", description: "The send token has no sends left; get a new token." },
    });
  });
});
