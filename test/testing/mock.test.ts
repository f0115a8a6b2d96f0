// jelou-sdk/testing's createMockJelou, through the SDK as a user drives it: every operation of
// openapi.yaml answered with its documented example, requests that break the contract refused
// with 422 and recorded with their issues, failNext against the SDK's retries and timeouts, and
// calls/reset.
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../../generated/examples.js";
import {
  campaignCsv,
  createJelou,
  JelouApiError,
  JelouNetworkError,
  JelouTimeoutError,
  messages,
  type JelouClient,
} from "../../src/index.js";
import { createMockJelou } from "../../src/testing/index.js";
import { PHONE, PLATFORM_CALLS } from "../support/platform-calls.js";

const CREDS = { clientId: "id", clientSecret: "secret", apiKey: "api-key" };
const period = { startAt: "2026-11-01", endAt: "2026-11-30" };
const hello = messages.text({ userId: PHONE, text: "Hi!" });
const fast = { retry: { baseDelayMs: 1, maxDelayMs: 2_000 } };

/** A client over the mock, and every answer it gave (its JSON), in order. */
function setup(options: object = {}) {
  const mock = createMockJelou();
  const answers: { status: number; body: unknown }[] = [];
  const fetch = async (r: Request) => {
    const res = await mock.fetch(r);
    answers.push({
      status: res.status,
      body: await res
        .clone()
        .json()
        .catch(() => undefined),
    });
    return res;
  };
  return { mock, answers, jelou: createJelou({ ...CREDS, fetch, ...options }) };
}

const CALLS: [string, (j: JelouClient) => Promise<unknown>][] = [
  ["sendMessage", (j) => j.send("BOT_ID", hello)],
  [
    "sendFlowMessage",
    (j) => j.sendFlow("BOT_ID", PHONE, messages.flow({ text: "Book", parameters: { flow_name: "booking", flow_cta: "Book" } })),
  ],
  [
    "sendTemplate",
    (j) =>
      j.templates.send(
        "BOT_ID",
        messages.template({ elementName: "order_update", destinations: [PHONE], parameters: ["Ana"], language: "es" }),
      ),
  ],
  ["listTemplates", (j) => j.templates.list("BOT_ID", { status: "APPROVED" })],
  [
    "createTemplate",
    (j) =>
      j.templates.create(
        "BOT_ID",
        { category: "UTILITY", language: "es", elementName: "order_update", displayName: "Order update", template: "Hola {{1}}" },
        { sendToApprove: true },
      ),
  ],
  [
    "sendBulkTemplate",
    (j) =>
      j.campaigns.send({
        campaignName: "promo",
        elementName: "promo_nov",
        botId: "BOT_ID",
        params: [{ param: 1, column: "name" }],
        file: campaignCsv([{ phone: PHONE, name: "Ana" }]),
      }),
  ],
  ["listCampaigns", (j) => j.campaigns.list({ botId: "BOT_ID", ...period, limit: 50 }).page(1)],
  ["getChatHistory", (j) => j.conversations.history("BOT_ID", { ...period, limit: 50 }).page(1)],
  ["listAttendedConversations", (j) => j.conversations.attended({ ...period, limit: 50 }).page(1)],
  ["getWebhookConfig", (j) => j.api.GET("/v1/bots/{botId}/events/webhook", { params: { path: { botId: "BOT_ID" } } })],
  [
    "setWebhookConfig",
    (j) =>
      j.api.POST("/v1/bots/{botId}/events/webhook", {
        params: { path: { botId: "BOT_ID" } },
        body: { webhooks: [{ url: "https://example.com/status", events: ["read"] }] },
      }),
  ],
  ...PLATFORM_CALLS.map((c): [string, (j: JelouClient) => Promise<unknown>] => [c.operationId, (j) => c.run(j)]),
];

describe("createMockJelou: every operation", () => {
  it("the calls below cover every operation of openapi.yaml", () => {
    expect(new Set(CALLS.map(([id]) => id))).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  it.each(CALLS)("%s: keeps the contract and gets the documented example", async (id, run) => {
    const { mock, answers, jelou } = setup();
    await run(jelou);
    expect(mock.calls.map((c) => [c.operationId, c.issues])).toEqual([[id, []]]);
    const op = OPERATIONS[id as keyof typeof OPERATIONS];
    expect(answers).toEqual([{ status: op.status, body: id === "sendMessage" ? { success: true, messageId: "msg_1" } : op.example }]);
  });
});

describe("createMockJelou: the contract", () => {
  it("a body that breaks it (sent with validate: false) is answered 422 and recorded with its issues", async () => {
    const { mock, jelou } = setup();
    const bad = { type: "text", userId: PHONE, text: "x".repeat(4097), extra: 1 } as never;
    const e = await jelou.send("BOT_ID", bad, { validate: false }).catch((x) => x);
    expect(e).toBeInstanceOf(JelouApiError);
    expect(e.status).toBe(422);
    expect(e.key).toBe("UNPROCESSABLE_ENTITY");
    expect(mock.calls).toHaveLength(1);
    expect(mock.calls[0]!.operationId).toBe("sendMessage");
    expect(mock.calls[0]!.issues).toEqual(e.body.validationError);
    expect(mock.calls[0]!.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["body.text", "body.extra"]));
    expect(mock.calls[0]!.issues).toContainEqual({ path: "body.extra", message: "is not a known field" });
  });

  it("query and header parameters are checked too (a number in the query is read as one)", async () => {
    const { mock, jelou } = setup();
    const page = await jelou.api.GET("/v1/campaigns", { params: { query: { botId: "BOT_ID", ...period, limit: 51 } } });
    expect(page.response.status).toBe(422);
    await jelou.api.POST("/workflows/v2/memory/users/set", {
      params: { header: { "x-hash-ttl": 0 } },
      body: { userReferenceId: PHONE, botId: "B", values: { a: { value: 1 } } },
    });
    const q = await mock.fetch(
      new Request("https://api.jelou.ai/v1/campaigns?botId=BOT_ID&startAt=a&endAt=b&limit=10", {
        headers: { authorization: "Basic eDp5" },
      }),
    );
    expect(q.status).toBe(200);
    expect(mock.calls.map((c) => c.issues)).toEqual([
      [{ path: "query.limit", message: "must be at most 50, got 51" }],
      [{ path: "headers.x-hash-ttl", message: expect.stringMatching(/^must be at least/) }],
      [],
    ]);
  });

  it("an unknown path or method is answered with Jelou's 404 envelope and recorded without an operation", async () => {
    const { mock } = setup();
    const r = await mock.fetch("https://api.jelou.ai/v1/nowhere", { method: "POST", body: "{}" });
    const m = await mock.fetch("https://api.jelou.ai/v1/bots/B/messages");
    expect([r.status, m.status]).toEqual([404, 404]);
    expect(await m.json()).toMatchObject({
      statusMessage: "failed",
      error: { key: "NOT_FOUND", description: "GET is not allowed on /v1/bots/B/messages (POST)" },
    });
    expect(mock.calls.map((c) => c.operationId)).toEqual([undefined, undefined]);
  });

  it("a missing credential is a 401 with the documented example; a credential for another host is an issue", async () => {
    const { mock } = setup();
    const none = await mock.fetch("https://api.jelou.ai/v1/users/593987654321/state");
    const leak = await mock.fetch("https://gateway.jelou.ai/jelouapi/v1/external-support/P", {
      headers: { "x-api-key": "k", authorization: "Basic eDp5" },
    });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual(OPERATIONS.getUserState.errors["401"] && { message: "Authentication failed" });
    expect(leak.status).toBe(422);
    expect(mock.calls[1]!.issues).toEqual([{ path: "headers.authorization", message: "is not a known field" }]);
  });
});

describe("createMockJelou: failNext", () => {
  it("429 with Retry-After: the SDK waits as told and sends again", async () => {
    const { mock, answers, jelou } = setup(fast);
    mock.failNext({ status: 429, retryAfter: 1 });
    const started = Date.now();
    expect(await jelou.send("BOT_ID", hello)).toEqual({ success: true, messageId: "msg_1" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(answers.map((a) => a.status)).toEqual([429, 200]);
    expect(answers[0]!.body).toMatchObject({ error: { code: "E429", key: "TOO_MANY_REQUESTS" } });
    expect(mock.calls).toHaveLength(2);
  });

  it("503 is retried; 500 on a send is not (it may have acted) and says maybeSent", async () => {
    const { mock, jelou } = setup(fast);
    mock.failNext({ status: 503 });
    await jelou.send("BOT_ID", hello);
    expect(mock.calls).toHaveLength(2);
    mock.reset();
    mock.failNext({ status: 500 }, 3);
    const e = await jelou.send("BOT_ID", hello).catch((x) => x);
    expect(e).toBeInstanceOf(JelouApiError);
    expect([e.status, e.maybeSent, mock.calls.length]).toEqual([500, true, 1]);
  });

  it("a 503 on every attempt ends with the SDK's error after its retries", async () => {
    const { mock, jelou } = setup(fast);
    mock.failNext({ status: 503, body: { message: "down" } }, 5);
    await expect(jelou.users.getState(PHONE)).rejects.toMatchObject({ status: 503, body: { message: "down" } });
    expect(mock.calls).toHaveLength(3); // 1 + the 2 default retries
  });

  it('"hang" holds the request until the SDK\'s timeout aborts it', async () => {
    const { mock, jelou } = setup({ timeoutMs: 100 });
    mock.failNext("hang");
    const e = await jelou.send("BOT_ID", hello).catch((x) => x);
    expect(e).toBeInstanceOf(JelouTimeoutError);
    expect(e.maybeSent).toBe(true);
    expect(mock.calls).toHaveLength(1);
  });

  it('"hang" ends when the caller aborts', async () => {
    const { mock, jelou } = setup();
    mock.failNext("hang");
    const c = new AbortController();
    const p = jelou.users.getState(PHONE, { signal: c.signal });
    setTimeout(() => c.abort(), 20);
    await expect(p).rejects.toThrow(JelouNetworkError);
  });

  it('"network" rejects fetch: a GET is retried, a send is not and may have been sent', async () => {
    const { mock, jelou } = setup(fast);
    mock.failNext("network");
    expect(await jelou.users.getState(PHONE)).toEqual(OPERATIONS.getUserState.example);
    expect(mock.calls).toHaveLength(2);
    mock.reset();
    mock.failNext("network");
    const e = await jelou.send("BOT_ID", hello).catch((x) => x);
    expect(e).toBeInstanceOf(JelouNetworkError);
    expect(e.maybeSent).toBe(true);
  });
});

describe("createMockJelou: on, calls and reset", () => {
  it("on() answers one operation; undefined falls back to the example; its remover restores it", async () => {
    const { mock, jelou } = setup();
    const off = mock.on("sendMessage", (call) =>
      (call.json as { text: string }).text === "boom" ? new Response('{"message":["nope"]}', { status: 400 }) : undefined,
    );
    await expect(jelou.send("BOT_ID", messages.text({ userId: PHONE, text: "boom" }))).rejects.toMatchObject({
      status: 400,
      message: "Jelou answered 400: nope",
    });
    expect(await jelou.send("BOT_ID", hello)).toEqual({ success: true, messageId: "msg_1" });
    off();
    expect(await jelou.send("BOT_ID", messages.text({ userId: PHONE, text: "boom" }))).toEqual({ success: true, messageId: "msg_2" });
  });

  it("calls record method, path, operation, params, headers and body; reset forgets them and what was programmed", async () => {
    const { mock, jelou } = setup();
    await jelou.send("BOT_ID", hello);
    expect(mock.calls).toHaveLength(1);
    expect(mock.calls[0]).toMatchObject({
      method: "POST",
      path: "/v1/bots/BOT_ID/messages",
      operationId: "sendMessage",
      params: { botId: "BOT_ID" },
      json: hello,
      issues: [],
    });
    expect(mock.calls[0]!.headers.authorization).toBe(`Basic ${btoa("id:secret")}`);
    mock.failNext({ status: 503 });
    mock.on("sendMessage", () => new Response("{}", { status: 400 }));
    mock.reset();
    expect(mock.calls).toEqual([]);
    expect(await jelou.send("BOT_ID", hello)).toEqual({ success: true, messageId: "msg_1" });
  });
});
