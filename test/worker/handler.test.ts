// The whole pipeline, handle(request, deps), in Node with a fake quota and a stub fetch: every
// rejection answers in Jelou's envelope without calling Jelou, and the quota is given back only
// when a send certainly did not happen. (The same flows run in workerd in proxy.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker, { SendQuota, type Env } from "../../worker-example/src/index";
import { handle, type Deps } from "../../worker-example/src/handler";
import { MAX_SENDS } from "jelou-sdk/token";
import type { Quota } from "../../worker-example/src/quota";
import { spec } from "../support/spec";
import { BASIC, BOT, ORIGIN, USER, callButton, config, flowMessage, listMessage, memoryQuota, mint, quotaOf } from "./helpers";

// The runtime's base class, so the entry module loads in Node.
vi.mock("cloudflare:workers", () => ({
  DurableObject: class {
    constructor(
      protected ctx: unknown,
      protected env: unknown,
    ) {}
  },
}));

let sent: Request[];
let reply: (r: Request) => Promise<Response>;
let logs: string[];
let mem: ReturnType<typeof memoryQuota>;
const deps = (over: Partial<Deps> = {}): Deps => ({
  config: config(),
  quota: mem.quota,
  fetch: async (r) => (sent.push(r), reply(r)),
  log: (l) => logs.push(l),
  ...over,
});
beforeEach(() => {
  sent = [];
  logs = [];
  mem = memoryQuota();
  reply = async () => Response.json({ success: true, messageId: "m1" });
});

const post = (path: string, token: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://proxy.test${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token && { Authorization: `Bearer ${token}` }), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const MESSAGES = `/v1/bots/${BOT}/messages`;
const FLOW = `/v1/bots/${BOT}/users/${USER}/flow_message`;

async function expectEnvelope(res: Response, status: number, key: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body).toMatchObject({
    statusMessage: "failed",
    status: 0,
    error: { key, code: expect.any(String), description: expect.any(String) },
  });
  expect(body.message).toEqual(expect.arrayContaining([expect.any(String)]));
  expect(res.headers.get("Vary")).toBe("Origin");
  return body;
}

describe("handle()", () => {
  it("forwards a valid send through the SDK with the Basic credentials, not the client's token", async () => {
    const token = await mint();
    const res = await handle(post(MESSAGES, token, listMessage(), { Origin: ORIGIN }), deps());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, messageId: "m1" });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(ORIGIN);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`http://jelou.invalid/v1/bots/${BOT}/messages`);
    expect(sent[0]!.headers.get("Authorization")).toBe(BASIC);
    expect(await sent[0]!.json()).toEqual(listMessage());
    expect(mem.used(await quotaOf(token))).toBe(1);
    expect(logs).toEqual(["POST /v1/bots/{botId}/messages 200 ok"]);
  });

  it("forwards a flow with sendFlow; its recipient is the path's userId", async () => {
    reply = async () => Response.json({});
    const res = await handle(post(FLOW, await mint({ types: ["flow"] }), flowMessage), deps());
    expect(res.status).toBe(200);
    expect(sent[0]!.url).toBe(`http://jelou.invalid${FLOW}`);
    expect(
      (await handle(post(`/v1/bots/${BOT}/users/111/flow_message`, await mint({ types: ["flow"] }), flowMessage), deps())).status,
    ).toBe(403);
    expect((await handle(post(FLOW, await mint({ types: ["text"] }), flowMessage), deps())).status).toBe(403);
  });

  it("answers each rejection in the envelope without calling Jelou", async () => {
    const token = await mint({ types: ["text"] });
    const cases: [Request, number, string, string][] = [
      [post(MESSAGES, undefined, listMessage()), 401, "INVALID_TOKEN", "missing"],
      [post(MESSAGES, "not-a-jwt", listMessage()), 401, "INVALID_TOKEN", "malformed"],
      [
        post(MESSAGES, await mint({ types: ["text"] }, { key: "forged-with-another-key-of-32-bytes!" }), listMessage()),
        401,
        "INVALID_TOKEN",
        "signature",
      ],
      [post(MESSAGES, await mint({}, { now: Date.now() - 3600_000 }), listMessage()), 401, "INVALID_TOKEN", "expired"],
      [post(MESSAGES, token, listMessage(), { Origin: "https://evil.test" }), 403, "ORIGIN_NOT_ALLOWED", "origin"],
      [post("/v1/bots/OTHER/messages", token, listMessage()), 403, "OUT_OF_SCOPE", "bot"],
      [post(MESSAGES, token, { ...listMessage(), userId: "111" }), 403, "OUT_OF_SCOPE", "recipient"],
      [post(MESSAGES, token, callButton), 403, "OUT_OF_SCOPE", "type"],
      [post(MESSAGES, token, JSON.stringify({ ...listMessage(), text: "x".repeat(70_000) })), 413, "PAYLOAD_TOO_LARGE", "too_large"],
      [post(MESSAGES, token, "{}", { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE", "media_type"],
      [post(MESSAGES, token, '{"type":'), 400, "MALFORMED_JSON", "malformed_json"],
      [post(MESSAGES, token, listMessage(11)), 422, "INVALID_PAYLOAD", "invalid_payload"],
      [post(MESSAGES, token, listMessage(), { "Idempotency-Key": "has space" }), 400, "INVALID_IDEMPOTENCY_KEY", "idempotency_key"],
      [post("/v1/nope", token, {}), 404, "NOT_FOUND", "not_found"],
      [new Request(`http://proxy.test${MESSAGES}`), 405, "METHOD_NOT_ALLOWED", "method"],
    ];
    for (const [request, status, key, reason] of cases) {
      logs = [];
      const body = await expectEnvelope(await handle(request, deps()), status, key);
      expect(logs, key).toEqual([expect.stringMatching(new RegExp(` ${status} ${reason}$`))]);
      expect(JSON.stringify(body)).not.toContain(token);
    }
    expect(sent).toHaveLength(0);
    expect(mem.calls).toEqual([]);
  });

  it("says where a payload is invalid, with the issues", async () => {
    const body = await expectEnvelope(await handle(post(MESSAGES, await mint(), listMessage(11)), deps()), 422, "INVALID_PAYLOAD");
    expect(body.message).toEqual(["options: must have at most 10 items, got 11"]);
    expect(body.validationError).toEqual([{ path: "options", message: "must have at most 10 items, got 11" }]);
  });

  it("refuses a send over quota (403, final), and gives the reservation back when Jelou refused the message", async () => {
    const token = await mint({ max: 1 });
    reply = async () =>
      Response.json({ message: ["nope"], statusMessage: "failed", status: 0, error: { key: "BOT_NOT_FOUND" } }, { status: 404 });
    const res = await handle(post(MESSAGES, token, listMessage()), deps());
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { key: "BOT_NOT_FOUND" } });
    expect(mem.calls).toEqual(["take", "giveBack"]);
    reply = async () => Response.json({ success: true, messageId: "m2" });
    expect((await handle(post(MESSAGES, token, listMessage()), deps())).status).toBe(200);
    await expectEnvelope(await handle(post(MESSAGES, token, listMessage()), deps()), 403, "QUOTA_EXCEEDED");
    expect(sent).toHaveLength(2);
  });

  it("keeps the reservation when the message may be out (500, timeout), and says maybeSent", async () => {
    const token = await mint({ max: 3 });
    reply = async () => new Response("boom", { status: 500 });
    expect((await handle(post(MESSAGES, token, listMessage()), deps())).status).toBe(500);
    reply = (r) => new Promise((_, reject) => r.signal.addEventListener("abort", () => reject(r.signal.reason)));
    const res = await handle(post(MESSAGES, token, listMessage()), deps({ config: config({ timeoutMs: 50 }) }));
    expect((await expectEnvelope(res, 504, "UPSTREAM_TIMEOUT")).maybeSent).toBe(true);
    reply = async () => {
      throw new TypeError("fetch failed");
    };
    expect((await expectEnvelope(await handle(post(MESSAGES, token, listMessage()), deps()), 502, "UPSTREAM_UNREACHABLE")).maybeSent).toBe(
      true,
    );
    expect(mem.used(await quotaOf(token))).toBe(3);
    expect(mem.calls).not.toContain("giveBack");
  });

  it("replays an Idempotency-Key's first answer instead of sending twice", async () => {
    const token = await mint({ max: 5 });
    const send = (key: string, body = listMessage()) => handle(post(MESSAGES, token, body, { "Idempotency-Key": key }), deps());
    const first = await send("k1");
    const again = await send("k1");
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(sent).toHaveLength(1);
    await expectEnvelope(await send("k1", listMessage(3)), 422, "IDEMPOTENCY_KEY_REUSED");
    expect(mem.used(await quotaOf(token))).toBe(1);
  });

  it("never throws: a failing quota or a bad signing key is a 500 without details", async () => {
    const broken: Quota = {
      take: () => Promise.reject(new Error(`secret detail ${BASIC}`)),
      giveBack: async () => {},
      remember: async () => {},
    };
    const res = await handle(post(MESSAGES, await mint(), listMessage()), deps({ quota: () => broken }));
    const body = await expectEnvelope(res, 500, "INTERNAL_ERROR");
    expect(JSON.stringify(body)).not.toMatch(/secret|Basic/);
    await expectEnvelope(
      await handle(post(MESSAGES, await mint(), listMessage()), deps({ config: config({ signingKey: "short" }) })),
      500,
      "INTERNAL_ERROR",
    );
    expect(logs.at(-1)).toBe("POST /v1/bots/{botId}/messages 500 key");
    expect(sent).toHaveLength(0);
  });

  it("mints tokens for Basic callers only, and checks the scope", async () => {
    const tokens = (auth: string | undefined, body: unknown) =>
      handle(post("/v1/tokens", undefined, body, auth ? { Authorization: auth } : {}), deps());
    const ok = await tokens(BASIC, { bot: BOT, sub: USER, types: ["text"], max: 2, ttlSeconds: 60 });
    expect(ok.status).toBe(200);
    const { token, expiresAt } = await ok.json();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(55_000);
    expect((await handle(post(MESSAGES, token, listMessage()), deps())).status).toBe(200);
    await expectEnvelope(await tokens(undefined, {}), 401, "INVALID_CREDENTIALS");
    await expectEnvelope(await tokens(`Basic ${btoa("x:y")}`, {}), 401, "INVALID_CREDENTIALS");
    const bad = await expectEnvelope(await tokens(BASIC, { bot: BOT, sub: USER, types: ["text"], max: 0 }), 422, "INVALID_SCOPE");
    expect(bad.validationError).toEqual([{ path: "max", message: `must be an integer from 1 to ${MAX_SENDS}` }]);
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("forwards message sends only: no platform endpoint (users, Datum, Memory, PMA…) is reachable through it", async () => {
    const token = await mint();
    const paths = Object.keys(spec.paths).filter((p) => !/\/messages$|\/flow_message$/.test(p));
    expect(paths).toContain("/v2/databases/{databaseId}/rows");
    for (const template of paths) {
      const path = template.replace(/\{[^}]+\}/g, "X");
      await expectEnvelope(await handle(post(path, token, {}), deps()), 404, "NOT_FOUND");
      await expectEnvelope(
        await handle(new Request(`http://proxy.test${path}`, { headers: { Authorization: `Bearer ${token}` } }), deps()),
        404,
        "NOT_FOUND",
      );
    }
    expect(sent).toHaveLength(0);
  });
});

describe("entry point (index.ts)", () => {
  beforeEach(() => void vi.spyOn(console, "log").mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it("wires env to the handler: one quota object per token, via idFromName", async () => {
    const names: string[] = [];
    const QUOTA = {
      idFromName: (n: string) => (names.push(n), { toString: () => n }),
      get: (id: { toString(): string }) => mem.quota(id.toString()),
    };
    const env = {
      JELOU_CLIENT_ID: "id",
      JELOU_CLIENT_SECRET: "secret",
      TOKEN_SIGNING_KEY: config().signingKey,
      JELOU_BASE_URL: "http://127.0.0.1:9",
      QUOTA,
    } as unknown as Env;
    const token = await mint({ max: 1 });
    const res = await worker.fetch(post(MESSAGES, token, listMessage(11)), env, {} as ExecutionContext);
    expect(res.status).toBe(422);
    expect(names).toEqual([]); // invalid: the quota is never touched
    const refused = await worker.fetch(post(MESSAGES, token, listMessage()), env, {} as ExecutionContext);
    // Nothing listens on port 9. The SDK cannot tell a refused connection from one reset after
    // sending, so it says maybeSent and the reservation is kept.
    expect([refused.status, (await refused.json()).maybeSent]).toEqual([502, true]);
    expect(names).toEqual([await quotaOf(token)]);
    expect(mem.used(await quotaOf(token))).toBe(1);
    expect(console.log).toHaveBeenCalledWith("jelou-proxy POST /v1/bots/{botId}/messages 502 network");
  });

  it("answers a missing secret with a 500 that names nothing", async () => {
    const res = await worker.fetch(post(MESSAGES, await mint(), listMessage()), { JELOU_CLIENT_ID: "id" } as Env, {} as ExecutionContext);
    const body = await expectEnvelope(res, 500, "INTERNAL_ERROR");
    expect(JSON.stringify(body)).not.toMatch(/JELOU|SIGNING|secret/i);
    expect(console.log).toHaveBeenCalledWith("jelou-proxy - - 500 config");
  });

  it("the Durable Object schedules its cleanup at exp + 60 s and deletes everything when the alarm fires", async () => {
    const m = new Map<string, unknown>();
    let alarm: number | null = null;
    const storage = {
      kv: { get: (k: string) => m.get(k), put: (k: string, v: unknown) => void m.set(k, v), delete: (k: string) => m.delete(k) },
      setAlarm: async (t: number) => void (alarm = t),
      getAlarm: async () => alarm,
      deleteAll: async () => (m.clear(), (alarm = null)),
    };
    const dobj = new SendQuota({ storage } as unknown as DurableObjectState, {});
    expect(await dobj.take(2, 1000)).toEqual({ ok: true, used: 1 });
    expect(await dobj.inspect()).toEqual({ used: 1, alarm: 1_060_000 });
    await dobj.take(2, 1000);
    expect(await dobj.take(2, 1000)).toEqual({ ok: false, why: "spent" });
    await dobj.alarm();
    expect(await dobj.inspect()).toEqual({ used: 0, alarm: null });
  });
});
