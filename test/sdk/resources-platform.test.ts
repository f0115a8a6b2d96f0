// The platform resources (users, Datum, resources, rooms, widget, Memory, PMA Custom) over an
// in-process stub fetch: which host and credential each method takes, what it sends, what it
// refuses before sending, and what it returns.
import { createHmac } from "node:crypto";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createJelou,
  JelouApiError,
  JelouConfigError,
  JelouNetworkError,
  JelouValidationError,
  type DatumRecord,
} from "../../src/index.js";
import { signPayload } from "../../src/webhooks/sign.js";
import { PLATFORM_CALLS, PHONE, ROW_ID, SIGNING_SECRET, agentMessage, memorySet, type Order } from "../support/platform-calls.js";
import { createMockJelou } from "../../src/testing/index.js";
import { json, stubFetch } from "./stub-fetch.js";

const URLS = { baseUrl: "https://api.test", gatewayUrl: "https://gateway.test", chatbotUrl: "https://chatbot.test" };
const ORIGIN = { api: URLS.baseUrl, gateway: URLS.gatewayUrl, chatbot: URLS.chatbotUrl };
const BASIC = "Basic " + Buffer.from("test-id:test-secret").toString("base64");
const creds = { clientId: "test-id", clientSecret: "test-secret", apiKey: "project-key", ...URLS };
const row = {
  _id: ROW_ID,
  createdAt: "2024-01-15T10:00:00.000Z",
  updatedAt: "2024-01-15T10:00:00.000Z",
  orderNumber: "ORD-12345",
  total: 25.5,
};
// One answer fits every method: the envelope with a row as `data`, and an empty last page.
const anything = () =>
  json(200, { message: ["ok"], statusMessage: "success", status: 1, data: row, results: [], signedUrl: "https://signed.test/x" });
const hmac = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;

describe("platform methods: host and credential", () => {
  it.each(PLATFORM_CALLS)("$name → $method on $host with only that host's credential", async (call) => {
    // With the default URLs the mock checks the host (api/gateway/chatbot.jelou.ai), the operation's
    // credential and that no other host's credential came along: any slip is one of `issues`.
    const mock = createMockJelou();
    await call.run(createJelou({ clientId: "test-id", clientSecret: "test-secret", apiKey: "project-key", fetch: mock.fetch }));
    expect(mock.calls.map((c) => [c.operationId, c.method, new URL(c.url).hostname, c.issues])).toEqual([
      [call.operationId, call.method, `${call.host}.jelou.ai`, []],
    ]);
    const { headers: h, json: body } = mock.calls[0]!;
    if (call.host === "api") expect(h.authorization).toBe(BASIC);
    else if (call.host === "gateway") expect(h["x-api-key"]).toBe("project-key");
    else expect(h["x-jelou-signature"]).toBe(hmac(SIGNING_SECRET, JSON.stringify(body)));
    // And each host's URL option moves that host only.
    mock.reset();
    await call.run(createJelou({ ...creds, fetch: mock.fetch }));
    expect(mock.calls.map((c) => [new URL(c.url).origin, c.issues])).toEqual([[ORIGIN[call.host], []]]);
  });

  it("a token client: Bearer to api.jelou.ai only, the API key to the gateway only", async () => {
    const mock = createMockJelou();
    const jelou = createJelou({ token: "tok", apiKey: "project-key", fetch: mock.fetch });
    for (const call of PLATFORM_CALLS) await call.run(jelou);
    expect(mock.calls.map((c) => [c.operationId, c.issues, c.headers.authorization, c.headers["x-api-key"]])).toEqual(
      PLATFORM_CALLS.map((call) => [
        call.operationId,
        [],
        call.host === "api" ? "Bearer tok" : undefined,
        call.host === "gateway" ? "project-key" : undefined,
      ]),
    );
  });

  it("a gateway method without apiKey is a JelouConfigError naming apiKey, before any request", async () => {
    const { fetch, seen } = stubFetch(anything);
    const err = await createJelou({ clientId: "id", clientSecret: "secret", fetch })
      .memory.getAll({ userReferenceId: PHONE, botId: "BOT_ID" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouConfigError);
    expect(err.message).toMatch(/apiKey/);
    expect(seen).toHaveLength(0);
  });

  it("an api.jelou.ai method without credentials is a JelouConfigError naming them, before any request", async () => {
    const { fetch, seen } = stubFetch(anything);
    const err = await createJelou({ apiKey: "project-key", fetch })
      .datum.databases.list()
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouConfigError);
    expect(err.message).toMatch(/clientId and clientSecret/);
    expect(seen).toHaveLength(0);
  });

  it("an apiKey-only client can still send signed agent messages (the chatbot host takes no credential)", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    await createJelou({ apiKey: "project-key", ...URLS, fetch }).pma.sendAgentMessage(agentMessage, { signingSecret: SIGNING_SECRET });
    expect(seen[0]!.url).toBe("https://chatbot.test/v1/external-support/webhook");
  });
});

describe("platform methods: what goes on the wire", () => {
  it("users: the phone in the path, botId in the query, bodies as given", async () => {
    const { fetch, seen } = stubFetch(anything);
    const jelou = createJelou({ ...creds, fetch });
    await jelou.users.getState(PHONE);
    await jelou.users.getCache(PHONE, { botId: "BOT ID" });
    await jelou.users.mergeCache(PHONE, { botId: "BOT_ID", params: { a: 1 } });
    expect(seen.map((s) => s.url)).toEqual([
      `https://api.test/v1/users/${PHONE}/state`,
      `https://api.test/v1/users/${PHONE}/cache?botId=BOT%20ID`,
      `https://api.test/v1/users/${PHONE}/cache`,
    ]);
    expect(JSON.parse(seen[2]!.body)).toEqual({ botId: "BOT_ID", params: { a: 1 } });
  });

  it("Datum rows: fields wrapped as { fields }, unknown query keys passed through, the envelope's data returned", async () => {
    const { fetch, seen } = stubFetch(anything);
    const rows = createJelou({ ...creds, fetch }).datum.rows<Order>("42");
    const created = await rows.create({ orderNumber: "ORD-12345", total: 25.5 });
    expect(created).toEqual(row);
    expectTypeOf(created).toEqualTypeOf<DatumRecord<Order>>();
    expectTypeOf(created._id).toEqualTypeOf<string>();
    expectTypeOf(created.total).toEqualTypeOf<number>();
    await rows.update(ROW_ID, { total: 30 });
    await rows.list({ limit: 5, search: "ORD", searchBy: "orderNumber", status: "open" }).page(1);
    expect(JSON.parse(seen[0]!.body)).toEqual({ fields: { orderNumber: "ORD-12345", total: 25.5 } });
    expect(JSON.parse(seen[1]!.body)).toEqual({ fields: { total: 30 } });
    expect(seen[1]!.url).toBe(`https://api.test/v2/databases/42/rows/${ROW_ID}`);
    const q = new URL(seen[2]!.url).searchParams;
    expect(Object.fromEntries(q)).toEqual({ limit: "5", search: "ORD", searchBy: "orderNumber", status: "open", page: "1" });
  });

  it("Datum rows list: for await over pages, one request per page, until the last", async () => {
    const pageOf = (page: number, ids: string[]) =>
      json(200, {
        pagination: { limit: 2, page, total: 5, offset: (page - 1) * 2, totalPages: 3 },
        results: ids.map((_id) => ({ _id, orderNumber: _id, total: 1 })),
      });
    const { fetch, seen } = stubFetch(pageOf(1, ["a", "b"]), pageOf(2, ["c", "d"]), pageOf(3, ["e"]));
    const ids: string[] = [];
    for await (const r of createJelou({ ...creds, fetch })
      .datum.rows<Order>("42")
      .list({ limit: 2 }))
      ids.push(r._id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(seen.map((s) => new URL(s.url).searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("Datum rows list: an aborted signal stops it before the next page", async () => {
    const pageOf = (page: number) => json(200, { pagination: { limit: 1, page, totalPages: 3 }, results: [{ _id: `r${page}` }] });
    const { fetch, seen } = stubFetch(pageOf(1), pageOf(2), pageOf(3));
    const ctrl = new AbortController();
    const ids: string[] = [];
    const err = await (async () => {
      for await (const r of createJelou({ ...creds, fetch })
        .datum.rows("42")
        .list({ limit: 1 }, { signal: ctrl.signal })) {
        ids.push(r._id);
        ctrl.abort();
      }
    })().catch((e) => e);
    expect(err).toBeInstanceOf(JelouNetworkError);
    expect(ids).toEqual(["r1"]);
    expect(seen).toHaveLength(1);
  });

  it("memory.set sends x-hash-ttl; no header without hashTtlSeconds", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const jelou = createJelou({ ...creds, fetch });
    await jelou.memory.set(memorySet, { hashTtlSeconds: 600 });
    await jelou.memory.set(memorySet);
    expect(seen[0]!.headers.get("x-hash-ttl")).toBe("600");
    expect(seen[1]!.headers.has("x-hash-ttl")).toBe(false);
    expect(JSON.parse(seen[0]!.body)).toEqual(memorySet);
  });

  it("pma.sendAgentMessage signs the exact bytes it sends (non-ASCII included) and sends them once", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    await createJelou({ ...creds, fetch }).pma.sendAgentMessage(agentMessage, { signingSecret: "sëcret" });
    const [req] = seen;
    expect(req!.body).toBe(JSON.stringify(agentMessage));
    expect(req!.headers.get("x-jelou-signature")).toBe(hmac("sëcret", req!.body));
    expect(req!.headers.get("content-type")).toBe("application/json");
  });

  it("pma.sendAgentMessage refuses a missing signing secret before any request", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const jelou = createJelou({ ...creds, fetch });
    await expect(jelou.pma.sendAgentMessage(agentMessage, { signingSecret: "" })).rejects.toThrow(JelouConfigError);
    await expect(jelou.pma.sendAgentMessage(agentMessage, {} as never)).rejects.toThrow(/signingSecret/);
    expect(seen).toHaveLength(0);
  });

  it("returns the envelope's data, and reports an envelope without it or an error status as JelouApiError", async () => {
    const notFound = {
      message: ["Row not found"],
      statusMessage: "failed",
      status: 0,
      error: { code: "E404", key: "ROW_NOT_FOUND", description: "d" },
    };
    const { fetch } = stubFetch(
      json(200, { message: ["ok"], status: 1 }),
      json(404, notFound),
      json(200, { message: ["ok"], data: { orderNumber: "no id" } }),
    );
    const jelou = createJelou({ ...creds, fetch });
    const empty = await jelou.datum.databases.get("42").catch((e) => e);
    expect(empty).toBeInstanceOf(JelouApiError);
    expect(empty.maybeSent).toBe(false);
    const missing = await jelou.datum
      .rows("42")
      .get("nope")
      .catch((e) => e);
    expect([missing.status, missing.key, missing.maybeSent]).toEqual([404, "ROW_NOT_FOUND", false]);
    const noId = await jelou.datum
      .rows("42")
      .update("x", { a: 1 })
      .catch((e) => e);
    expect(noId).toBeInstanceOf(JelouApiError);
    expect(noId.maybeSent).toBe(true);
  });
});

describe("platform methods: refused before sending", () => {
  const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, { value: i }]));
  const traps: [string, (j: ReturnType<typeof createJelou>) => Promise<unknown>, string][] = [
    ["memory.set with 21 keys", (j) => j.memory.set({ ...memorySet, values: tooMany }), "values"],
    [
      "memory.set with a ttl over 86,400 s",
      (j) => j.memory.set({ ...memorySet, values: { plan: { value: "x", ttl: 86_401 } } }),
      "values.plan.ttl",
    ],
    [
      "memory.set with a value not wrapped as { value }",
      (j) => j.memory.set({ ...memorySet, values: { plan: "premium" } } as never),
      "values.plan",
    ],
    [
      "memory.set with a value object missing `value`",
      (j) => j.memory.set({ ...memorySet, values: { plan: { ttl: 60 } } } as never),
      "values.plan.value",
    ],
    ["memory.set with no keys", (j) => j.memory.set({ ...memorySet, values: {} }), "values"],
    ["memory.set with hashTtlSeconds 0", (j) => j.memory.set(memorySet, { hashTtlSeconds: 0 }), "x-hash-ttl"],
    ["resources.refresh with ttl 899", (j) => j.resources.refresh({ resourceUrl: "https://storage.jelou.ai/f.pdf", ttl: 899 }), "ttl"],
    ["resources.refresh with ttl 3,601", (j) => j.resources.refresh({ resourceUrl: "https://storage.jelou.ai/f.pdf", ttl: 3601 }), "ttl"],
    ["users.getState with a + phone", (j) => j.users.getState("+593987654321"), "userId"],
    ["users.setState with an unknown state", (j) => j.users.setState({ botId: "B", userId: PHONE, state: "bot" } as never), "state"],
    ["users.getCache without botId", (j) => j.users.getCache(PHONE, {} as never), "botId"],
    ["datum.rows with a path-escaping id", (j) => j.datum.rows("..").get(ROW_ID), "databaseId"],
    ["datum.rows.get with an empty row id", (j) => j.datum.rows("42").get(""), "rowId"],
    ["rooms.send with no messages", (j) => j.rooms.send("ROOM_ID", { senderId: "s", messages: [] }), "messages"],
    ["pma.integrations.update with nothing to change", (j) => j.pma.integrations.update("PROJECT_ID", {}), ""],
    [
      "pma.sendAgentMessage with a text message without body",
      (j) => j.pma.sendAgentMessage({ ...agentMessage, value: { id: "m", type: "text", content: {} } } as never, { signingSecret: "s" }),
      "value.content.body",
    ],
  ];
  it.each(traps)("%s", async (_, run, path) => {
    const { fetch, seen } = stubFetch(anything);
    const err = await Promise.resolve()
      .then(() => run(createJelou({ ...creds, fetch })))
      .catch((e) => e);
    if (!(err instanceof JelouValidationError)) throw new Error(`expected a JelouValidationError, got ${err}`);
    expect(err.maybeSent).toBe(false);
    expect(err.issues.map((i) => i.path)).toContain(path);
    expect(seen).toHaveLength(0);
  });
});

describe("signPayload", () => {
  it("is sha256=<hex HMAC-SHA256> of the bytes, for text and bytes alike", async () => {
    // RFC-style known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
    const fox = "The quick brown fox jumps over the lazy dog";
    expect(await signPayload("key", fox)).toBe("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    expect(await signPayload("key", new TextEncoder().encode(fox))).toBe(await signPayload("key", fox));
    expect(await signPayload("sëcret", '{"ü":"✓"}')).toBe(hmac("sëcret", '{"ü":"✓"}'));
  });
});
