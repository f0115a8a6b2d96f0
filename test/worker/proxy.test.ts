// The Worker in workerd (Miniflare, via scripts/local-proxy.mjs) in front of the mock Jelou on
// 127.0.0.1: what arrives at Jelou, what the browser gets, the quota under concurrency, and,
// last, that no secret ever appeared in the Worker's output or in any response.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_TTL_SECONDS, verifySendToken } from "jelou-sdk/token";
import { startLocalProxy } from "../../scripts/local-proxy.mjs";
import { jelouError, startMockJelou, type MockJelou, type Respond } from "../support/mock-jelou";
import {
  AUDIENCE,
  BASIC,
  BOT,
  CLIENT_ID,
  CLIENT_SECRET,
  ORIGIN,
  OTHER_ORIGIN,
  SECRETS,
  SIGNING_KEY,
  USER,
  callButton,
  flowMessage,
  listMessage,
  mint,
} from "./helpers";

let mock: MockJelou;
let proxy: Awaited<ReturnType<typeof startLocalProxy>>;
let mode: Respond | undefined;
let output = "";
const seen: { path: string; status: number; headers: [string, string][]; text: string }[] = [];
const tokens: string[] = [];

beforeAll(async () => {
  mock = await startMockJelou({ respond: (req, rec) => mode?.(req, rec) });
  proxy = await startLocalProxy({
    jelouBaseUrl: mock.url,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    signingKey: SIGNING_KEY,
    allowedOrigins: [ORIGIN, "http://localhost:5173"],
    timeoutMs: 1000,
    onOutput: (text) => void (output += text),
  });
  // The mock compiles its contract checks on the first request: warm it up directly (not through
  // the Worker, whose log lines are counted), so the first send is not a cold 1 s timeout on a busy machine.
  await fetch(`${mock.url}${MESSAGES}`, {
    method: "POST",
    headers: { Authorization: BASIC, "Content-Type": "application/json" },
    body: JSON.stringify(listMessage()),
  });
});
afterAll(async () => {
  await proxy?.close();
  await mock?.close();
});
beforeEach(() => {
  mock.reset();
  mode = undefined;
});

/** Every call goes through here, so the leak check at the end sees every response. */
async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (rest.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  const res = await fetch(`${proxy.url}${path}`, { method: "POST", ...rest, headers });
  const text = await res.text();
  seen.push({ path, status: res.status, headers: [...res.headers], text });
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, text, json };
}
const MESSAGES = `/v1/bots/${BOT}/messages`;
const send = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  call(MESSAGES, { token, body: JSON.stringify(body), headers });

async function tokenFor(scope: Record<string, unknown>) {
  const r = await call("/v1/tokens", {
    headers: { Authorization: BASIC },
    body: JSON.stringify({ bot: BOT, sub: USER, types: ["text", "voice_call"], max: 5, ...scope }),
  });
  expect(r.status).toBe(200);
  tokens.push(r.json.token);
  return r.json.token as string;
}

describe("worker in workerd against the mock Jelou", () => {
  it("sends a list message and a call button: Jelou gets the body and exactly the Basic header", async () => {
    const token = await tokenFor({});
    const list = await send(token, listMessage(), { Origin: ORIGIN });
    const call_ = await send(token, callButton, { Origin: ORIGIN });
    expect([list.status, list.json]).toEqual([200, { success: true, messageId: "msg_1" }]);
    expect([call_.status, call_.json]).toEqual([200, { success: true, messageId: "msg_2" }]);
    expect(list.headers.get("Access-Control-Allow-Origin")).toBe(ORIGIN);
    expect(mock.requests.map((r) => [r.method, r.path, r.headers.authorization, r.json])).toEqual([
      ["POST", MESSAGES, BASIC, listMessage()],
      ["POST", MESSAGES, BASIC, callButton],
    ]);
    // The browser's token and origin stay at the proxy.
    for (const r of mock.requests) expect(JSON.stringify(r.headers)).not.toContain(token);
  });

  it("sends a flow button with sendFlow to the path's recipient", async () => {
    const token = await tokenFor({ types: ["flow"] });
    const r = await call(`/v1/bots/${BOT}/users/${USER}/flow_message`, { token, body: JSON.stringify(flowMessage) });
    expect([r.status, r.json]).toEqual([200, {}]);
    expect(mock.requests.map((q) => [q.path, q.headers.authorization, q.json])).toEqual([
      [`/v1/bots/${BOT}/users/${USER}/flow_message`, BASIC, flowMessage],
    ]);
  });

  it("answers every rejection in Jelou's envelope, and Jelou hears nothing", async () => {
    const token = await tokenFor({ types: ["text"], max: 1 });
    const expired = await mint({ types: ["text"] }, { now: Date.now() - 3600_000 });
    const forged = await mint({ types: ["text"] }, { key: "forged-with-another-key-of-32-bytes!" });
    const oversized = JSON.stringify({ ...listMessage(), text: "x".repeat(70_000) });
    const chunked = new ReadableStream({
      start(c) {
        for (let i = 0; i < 9; i++) c.enqueue(new TextEncoder().encode(" ".repeat(8192)));
        c.enqueue(new TextEncoder().encode(JSON.stringify(listMessage())));
        c.close();
      },
    });
    expect((await send(token, listMessage())).status).toBe(200); // spends the one send
    mock.reset();
    const cases: [Promise<Awaited<ReturnType<typeof call>>>, number, string, string?][] = [
      [call(MESSAGES, { body: JSON.stringify(listMessage()) }), 401, "INVALID_TOKEN", "missing"],
      [send(forged, listMessage()), 401, "INVALID_TOKEN", "signature"],
      [send(expired, listMessage()), 401, "INVALID_TOKEN", "expired"],
      [send(await mint({ aud: "other" }), listMessage()), 401, "INVALID_TOKEN", "audience"],
      [call("/v1/bots/OTHER/messages", { token, body: JSON.stringify(listMessage()) }), 403, "OUT_OF_SCOPE", "bot"],
      [send(token, { ...listMessage(), userId: "15550001111" }), 403, "OUT_OF_SCOPE", "recipient"],
      [send(token, callButton), 403, "OUT_OF_SCOPE", "type"],
      [send(token, listMessage(), { Origin: OTHER_ORIGIN }), 403, "ORIGIN_NOT_ALLOWED"],
      [call(MESSAGES, { token, body: oversized }), 413, "PAYLOAD_TOO_LARGE"],
      [call(MESSAGES, { token, body: chunked, duplex: "half" } as RequestInit), 413, "PAYLOAD_TOO_LARGE"],
      [call(MESSAGES, { token, body: "{}", headers: { "Content-Type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [call(MESSAGES, { token, body: '{"type": "text",' }), 400, "MALFORMED_JSON"],
      [send(token, listMessage(11)), 422, "INVALID_PAYLOAD"],
      [send(token, listMessage()), 403, "QUOTA_EXCEEDED"],
      [call("/v1/bots/B/nothing", { token, body: "{}" }), 404, "NOT_FOUND"],
      [call(MESSAGES, { method: "GET", token }), 405, "METHOD_NOT_ALLOWED"],
    ];
    for (const [pending, status, key, reason] of cases) {
      const r = await pending;
      expect([r.status, r.json?.error?.key], key).toEqual([status, key]);
      expect(r.json).toMatchObject({
        message: [expect.any(String)],
        statusMessage: "failed",
        status: 0,
        error: { code: expect.any(String), description: expect.any(String) },
      });
      if (reason) expect(r.json.reason).toBe(reason);
      expect(r.headers.get("Vary")).toBe("Origin");
    }
    const invalid = await send(token, listMessage(11));
    expect(invalid.json.message).toEqual(["options: must have at most 10 items, got 11"]);
    expect(invalid.json.validationError).toEqual([{ path: "options", message: "must have at most 10 items, got 11" }]);
    expect(mock.requests).toEqual([]);
  });

  it("CORS: exact allowlist, Vary everywhere, preflight only for allowed origins", async () => {
    const pre = (origin: string | undefined, path = MESSAGES) =>
      call(path, {
        method: "OPTIONS",
        headers: {
          ...(origin && { Origin: origin }),
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "authorization,content-type,idempotency-key",
        },
      });
    const ok = await pre(ORIGIN);
    expect(ok.status).toBe(204);
    expect(
      Object.fromEntries(
        ["access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers", "vary"].map((h) => [
          h,
          ok.headers.get(h),
        ]),
      ),
    ).toEqual({
      "access-control-allow-origin": ORIGIN,
      "access-control-allow-methods": "POST",
      "access-control-allow-headers": "Authorization, Content-Type, Idempotency-Key",
      vary: "Origin",
    });
    expect((await pre("http://localhost:5173", `/v1/bots/${BOT}/users/${USER}/flow_message`)).status).toBe(204);
    for (const origin of [OTHER_ORIGIN, `${ORIGIN}.evil.test`, "null", undefined]) {
      const no = await pre(origin);
      expect([no.status, no.headers.get("Access-Control-Allow-Origin"), no.headers.get("Vary")], String(origin)).toEqual([
        403,
        null,
        "Origin",
      ]);
    }
    const tokenPre = await pre(ORIGIN, "/v1/tokens");
    expect([tokenPre.status, tokenPre.headers.get("Access-Control-Allow-Origin")]).toEqual([403, null]);
    const token = await tokenFor({});
    const server = await send(token, listMessage()); // no Origin: a server-side caller
    expect([server.status, server.headers.get("Access-Control-Allow-Origin"), server.headers.get("Vary")]).toEqual([200, null, "Origin"]);
  });

  it("50 parallel sends on a max-5 token: exactly 5 reach Jelou, 45 get 403 QUOTA_EXCEEDED", async () => {
    const token = await tokenFor({ max: 5 });
    const results = await Promise.all(Array.from({ length: 50 }, () => send(token, listMessage(), { Origin: ORIGIN })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 403)).toHaveLength(45);
    expect(mock.requests).toHaveLength(5);
    expect(results.find((r) => r.status === 403)!.json.error.key).toBe("QUOTA_EXCEEDED");
  });

  it("gives a reservation back only when Jelou certainly did not send (4xx, 429), with Jelou's status and body", async () => {
    const token = await tokenFor({ max: 1 });
    const notFound = jelouError(404, "The Bot could not be found at the moment.", {
      code: "E1019",
      key: "BOT_NOT_FOUND",
      description: "Error to be thrown when trying to get a Bot.",
    });
    mode = () => notFound;
    const r404 = await send(token, listMessage());
    expect([r404.status, r404.json]).toEqual([404, notFound.body]);
    mode = () => ({ status: 429, headers: { "Retry-After": "0" }, body: { message: "slow down" } });
    const r429 = await send(token, listMessage());
    expect([r429.status, r429.json, r429.headers.get("Retry-After")]).toEqual([429, { message: "slow down" }, "0"]);
    mode = undefined;
    mock.reset();
    expect((await send(token, listMessage())).status).toBe(200);
    expect((await send(token, listMessage())).json.error.key).toBe("QUOTA_EXCEEDED");
    expect(mock.requests).toHaveLength(1);
  });

  it("keeps the reservation when the message may be out: 500 passed on, 504 timeout and 502 reset with maybeSent", async () => {
    const token = await tokenFor({ max: 3 });
    mode = () => jelouError(500, "Internal error", { code: "E500", key: "INTERNAL", description: "x" });
    expect((await send(token, listMessage())).status).toBe(500);
    mode = () => "hang";
    const timeout = await send(token, listMessage());
    expect([timeout.status, timeout.json.error.key, timeout.json.maybeSent]).toEqual([504, "UPSTREAM_TIMEOUT", true]);
    mode = () => "reset";
    const reset = await send(token, listMessage());
    expect([reset.status, reset.json.error.key, reset.json.maybeSent]).toEqual([502, "UPSTREAM_UNREACHABLE", true]);
    mode = undefined;
    expect((await send(token, listMessage())).status).toBe(403);
  });

  it("Idempotency-Key: a retry gets the first answer and sends nothing; parallel duplicates send once", async () => {
    const token = await tokenFor({ max: 3 });
    const first = await send(token, listMessage(), { "Idempotency-Key": "retry-1", Origin: ORIGIN });
    const again = await send(token, listMessage(), { "Idempotency-Key": "retry-1", Origin: ORIGIN });
    expect([again.status, again.text, again.headers.get("Idempotent-Replayed")]).toEqual([200, first.text, "true"]);
    expect(again.headers.get("Access-Control-Expose-Headers")).toContain("Idempotent-Replayed");
    expect((await send(token, callButton, { "Idempotency-Key": "retry-1" })).status).toBe(422);
    expect(mock.requests).toHaveLength(1);
    const burst = await Promise.all(Array.from({ length: 10 }, () => send(token, callButton, { "Idempotency-Key": "burst" })));
    expect(mock.requests).toHaveLength(2);
    for (const r of burst) expect([200, 409]).toContain(r.status);
    expect((await send(token, listMessage())).status).toBe(200);
    expect((await send(token, listMessage())).status).toBe(403);
  });

  it("POST /v1/tokens: Basic credentials in, a scoped token out; 401 and 422 otherwise", async () => {
    const r = await call("/v1/tokens", {
      headers: { Authorization: BASIC, Origin: ORIGIN },
      body: JSON.stringify({ bot: BOT, sub: USER, types: ["image"], max: 7, ttlSeconds: 120 }),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("Access-Control-Allow-Origin")).toBeNull();
    tokens.push(r.json.token);
    const claims = await verifySendToken(SIGNING_KEY, r.json.token, { audience: AUDIENCE });
    expect(claims).toMatchObject({ iss: "jelou-proxy", aud: AUDIENCE, bot: BOT, sub: USER, types: ["image"], max: 7 });
    expect(claims.exp - claims.iat).toBe(120);
    expect(Date.parse(r.json.expiresAt)).toBe(claims.exp * 1000);
    const body = JSON.stringify({ bot: BOT, sub: USER, types: ["text"], max: 1 });
    for (const auth of [undefined, `Basic ${btoa(`${CLIENT_ID}:wrong`)}`, `Bearer ${r.json.token}`, BASIC.toLowerCase()]) {
      const no = await call("/v1/tokens", { headers: auth ? { Authorization: auth } : {}, body });
      expect([no.status, no.json.error.key, no.headers.get("WWW-Authenticate")]).toEqual([
        401,
        "INVALID_CREDENTIALS",
        'Basic realm="jelou-proxy"',
      ]);
    }
    for (const bad of [{ max: 0 }, { types: ["fax"] }, { ttlSeconds: MAX_TTL_SECONDS + 1 }, { sub: "" }, { jti: "mine" }]) {
      const no = await call("/v1/tokens", {
        headers: { Authorization: BASIC },
        body: JSON.stringify({ bot: BOT, sub: USER, types: ["text"], max: 1, ...bad }),
      });
      expect([no.status, no.json.error.key], JSON.stringify(bad)).toEqual([422, "INVALID_SCOPE"]);
      expect(no.json.validationError).toHaveLength(1);
    }
  });

  it("the Durable Object deletes a token's counter with an alarm after exp (+ grace)", async () => {
    // RPC from Node to the object, through Miniflare's proxy.
    const ns = (await proxy.miniflare.getDurableObjectNamespace("QUOTA")) as unknown as {
      idFromName(n: string): unknown;
      get(id: unknown): any;
    };
    const now = Math.floor(Date.now() / 1000);
    const live = ns.get(ns.idFromName("jti-live"));
    expect(JSON.parse(JSON.stringify(await live.take(2, now + 300)))).toEqual({ ok: true, used: 1 });
    expect(JSON.parse(JSON.stringify(await live.inspect()))).toEqual({ used: 1, alarm: (now + 300 + 60) * 1000 });
    const gone = ns.get(ns.idFromName("jti-gone"));
    await gone.take(2, now - 61); // alarm due now
    await expect.poll(async () => JSON.parse(JSON.stringify(await gone.inspect())), { timeout: 5000 }).toEqual({ used: 0, alarm: null });
  });

  it("never logs or returns a secret; logs one line per request and never a token", async () => {
    const logLines = () => output.split("\n").filter((l) => l.startsWith("jelou-proxy "));
    // workerd's stdout may trail the last response a little.
    await expect.poll(() => logLines().length, { timeout: 5000 }).toBe(seen.length);
    for (const l of logLines()) expect(l).toMatch(/^jelou-proxy [A-Z]+ (\/v1\/[a-zA-Z_/{}]+|\(no route\)) \d{3} [a-z_0-9]+$/);
    expect(output).toContain("jelou-proxy POST /v1/bots/{botId}/messages 403 quota");
    expect(output).not.toContain(USER); // recipients stay out of the log too
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(output.includes(secret), `${name} in output`).toBe(false);
      for (const r of seen) expect(JSON.stringify(r).includes(secret), `${name} in a response to ${r.path}`).toBe(false);
    }
    for (const t of tokens) {
      expect(output.includes(t)).toBe(false);
      for (const r of seen.filter((r) => r.path !== "/v1/tokens")) expect(r.text.includes(t)).toBe(false);
    }
    for (const r of seen) expect(new Headers(r.headers).get("Vary"), r.path).toBe("Origin");
    expect(seen.length).toBeGreaterThan(100);
  });
});
