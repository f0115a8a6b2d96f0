// The platform methods against the local mock Jelou, over real sockets: every method once with
// zero contract errors, the right credential on the right host for every one of them, Datum rows
// paging, and the documented traps refused with nothing sent.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createJelou, JelouNetworkError, JelouValidationError, type JelouClient } from "../../src/index.js";
import { startMockJelou, type MockJelou, type RecordedRequest } from "../support/mock-jelou";
import { PLATFORM_CALLS, PLATFORM_TAGS, PHONE, SIGNING_SECRET, memorySet, type Order } from "../support/platform-calls.js";

const CREDS = { clientId: "client-id", clientSecret: "client-sëcret", apiKey: "project-key", signingSecret: SIGNING_SECRET };
const ROWS = "/v2/databases/{databaseId}/rows";
const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));

let mock: MockJelou;
let jelou: JelouClient;
const urls = () => ({ baseUrl: mock.url, gatewayUrl: mock.url, chatbotUrl: mock.url });
beforeAll(async () => {
  mock = await startMockJelou({ credentials: CREDS, pages: { [ROWS]: 25 } });
  jelou = createJelou({ clientId: CREDS.clientId, clientSecret: CREDS.clientSecret, apiKey: CREDS.apiKey, ...urls() });
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

/** Where the mock says a request went, and which credential headers it carried. */
const hostOf = (r: RecordedRequest) => (r.server?.includes("gateway") ? "gateway" : r.server?.includes("chatbot") ? "chatbot" : "api");
const problems = (r: RecordedRequest) => ({ contractErrors: r.contractErrors, authErrors: r.authErrors, wrongAuth: r.wrongAuth });

describe("platform methods against the mock Jelou", () => {
  it("covers every operation of the platform tags", () => {
    const ops = Object.values<Record<string, { operationId: string; tags?: string[] }>>(spec.paths)
      .flatMap((item) => Object.values(item))
      .filter((op) => op?.operationId && op.tags?.some((t) => PLATFORM_TAGS.includes(t)))
      .map((op) => op.operationId);
    expect(new Set(PLATFORM_CALLS.map((c) => c.operationId))).toEqual(new Set(ops));
  });

  it.each(PLATFORM_CALLS)("$name: one request, its operation, no contract or auth error", async (call) => {
    const result = await call.run(jelou);
    expect(result).toBeDefined();
    expect(mock.requests).toHaveLength(1);
    const [r] = mock.requests;
    expect([r!.method, r!.operationId]).toEqual([call.method, call.operationId]);
    expect(problems(r!)).toEqual({ contractErrors: undefined, authErrors: undefined, wrongAuth: undefined });
  });

  it("the right credential on the right host for every method: Basic never reaches the gateway, the API key never reaches api.jelou.ai", async () => {
    const bearer = createJelou({ token: "send-token", apiKey: CREDS.apiKey, ...urls() });
    for (const client of [jelou, bearer]) {
      for (const call of PLATFORM_CALLS) {
        mock.reset();
        await call.run(client).catch(() => {});
        expect(mock.requests, call.name).toHaveLength(1);
        const r = mock.requests[0]!;
        const h = r.headers;
        const seen = {
          host: hostOf(r),
          authorization: typeof h.authorization === "string" ? h.authorization.split(" ")[0] : h.authorization,
          apiKey: h["x-api-key"],
          signed: h["x-jelou-signature"] !== undefined,
        };
        const want =
          call.host === "api"
            ? { host: "api", authorization: client === jelou ? "Basic" : "Bearer", apiKey: undefined, signed: false }
            : call.host === "gateway"
              ? { host: "gateway", authorization: undefined, apiKey: CREDS.apiKey, signed: false }
              : { host: "chatbot", authorization: undefined, apiKey: undefined, signed: true };
        expect([call.name, seen]).toEqual([call.name, want]);
        // The mock's own verdict: no header carrying a credential this operation does not take.
        if (client === jelou) expect([call.name, r.wrongAuth, r.authErrors]).toEqual([call.name, undefined, undefined]);
      }
    }
  });

  it("Datum rows: 3 pages, one request each, every row once and in order; search passes through", async () => {
    const rows = jelou.datum.rows<Order>("42");
    const ids: string[] = [];
    for await (const row of rows.list({ limit: 10, search: "ORD", searchBy: "orderNumber" })) ids.push(row._id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `item_${String(i + 1).padStart(5, "0")}`));
    expect(mock.requests).toHaveLength(3);
    for (const [i, r] of mock.requests.entries()) {
      const q = new URL(r.path, mock.url).searchParams;
      expect(Object.fromEntries(q)).toEqual({ limit: "10", search: "ORD", searchBy: "orderNumber", page: String(i + 1) });
      expect(problems(r)).toEqual({ contractErrors: undefined, authErrors: undefined, wrongAuth: undefined });
    }
    mock.reset();
    const sizes: number[] = [];
    for await (const page of rows.list({ limit: 10 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([10, 10, 5]);
    expect(mock.requests).toHaveLength(3);
  });

  it("Datum rows: an AbortSignal aborted mid-way stops the listing; the next page is never asked for", async () => {
    const ctrl = new AbortController();
    let count = 0;
    const err = await (async () => {
      for await (const _ of jelou.datum.rows("42").list({ limit: 10 }, { signal: ctrl.signal })) if (++count === 12) ctrl.abort();
    })().catch((e) => e);
    expect(err).toBeInstanceOf(JelouNetworkError);
    expect(count).toBe(20); // page 2 was already read; nothing after it
    expect(mock.requests.map((r) => new URL(r.path, mock.url).searchParams.get("page"))).toEqual(["1", "2"]);
  });

  const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, { value: i }]));
  it.each([
    ["more than 20 keys", () => jelou.memory.set({ ...memorySet, values: tooMany })],
    ["a ttl over 86,400 s", () => jelou.memory.set({ ...memorySet, values: { plan: { value: "x", ttl: 86_401 } } })],
    ["a value not wrapped as { value }", () => jelou.memory.set({ ...memorySet, values: { plan: "premium" } } as never)],
    ["a signed-URL ttl under 900 s", () => jelou.resources.refresh({ resourceUrl: "https://storage.jelou.ai/f.pdf", ttl: 60 })],
    ["a signed-URL ttl over 3,600 s", () => jelou.resources.refresh({ resourceUrl: "https://storage.jelou.ai/f.pdf", ttl: 7200 })],
    ["a user id that is not a phone number", () => jelou.users.getState("not-a-phone")],
  ])("refuses %s with nothing sent", async (_, run) => {
    await expect(run()).rejects.toThrow(JelouValidationError);
    expect(mock.requests).toEqual([]);
  });

  it("a user handed to an agent and back: setState manual, then auto", async () => {
    const manual = await jelou.users.setState({ botId: "BOT_ID", userId: PHONE, state: "manual", ttl: 600 });
    const auto = await jelou.users.setState({ botId: "BOT_ID", userId: PHONE, state: "auto" });
    expect(manual).toMatchObject({ id: PHONE });
    expect(auto).toMatchObject({ id: PHONE });
    expect(mock.requests.map((r) => r.json)).toEqual([
      { botId: "BOT_ID", userId: PHONE, state: "manual", ttl: 600 },
      { botId: "BOT_ID", userId: PHONE, state: "auto" },
    ]);
  });
});
