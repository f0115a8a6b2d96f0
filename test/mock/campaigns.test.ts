// Templates, campaigns and conversations against the local mock Jelou, over real sockets: every
// method once on its operation with no contract or auth error (the mock checks every request
// against openapi.yaml), the multipart campaign upload, paging, and refusals with nothing sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { campaignCsv, createJelou, JelouValidationError, messages, type JelouClient } from "../../src/index.js";
import { startMockJelou, type MockJelou, type RecordedRequest } from "../support/mock-jelou";

const CREDS = { clientId: "client-id", clientSecret: "client-sëcret" };
const PHONES = ["593987654321", "593912345678"];
const period = { startAt: "2026-11-01", endAt: "2026-11-30" };

let mock: MockJelou;
let jelou: JelouClient;
beforeAll(async () => {
  mock = await startMockJelou({ credentials: CREDS, pages: { "/v1/campaigns": 25, "/v1/external/messages/history/{botId}": 12 } });
  jelou = createJelou({ ...CREDS, baseUrl: mock.url });
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

const clean = (r: RecordedRequest) => [r.operationId, r.contractErrors, r.authErrors, r.wrongAuth];

const CALLS: [string, string, (j: JelouClient) => Promise<unknown>][] = [
  [
    "templates.send",
    "sendTemplate",
    (j) =>
      j.templates.send(
        "BOT_ID",
        messages.template({ elementName: "order_update", destinations: PHONES, parameters: ["Ana", "A-17"], language: "es" }),
      ),
  ],
  ["templates.list", "listTemplates", (j) => j.templates.list("BOT_ID", { status: "APPROVED" })],
  [
    "templates.create",
    "createTemplate",
    (j) =>
      j.templates.create(
        "BOT_ID",
        { category: "UTILITY", language: "es", elementName: "order_update", displayName: "Order update", template: "Hola {{1}}" },
        { sendToApprove: true },
      ),
  ],
  [
    "campaigns.send (fileUrl)",
    "sendBulkTemplate",
    (j) => j.campaigns.send({ campaignName: "promo", elementName: "promo_nov", botId: "BOT_ID", fileUrl: "https://example.com/c.csv" }),
  ],
  [
    "campaigns.send (file)",
    "sendBulkTemplate",
    (j) =>
      j.campaigns.send({
        campaignName: "promo",
        elementName: "promo_nov",
        botId: "BOT_ID",
        params: [{ param: 1, column: "name" }],
        file: campaignCsv([
          { phone: PHONES[0]!, name: "Ana" },
          { phone: PHONES[1]!, name: 'José, "Pepe"' },
        ]),
      }),
  ],
  ["campaigns.list", "listCampaigns", (j) => j.campaigns.list({ botId: "BOT_ID", ...period, limit: 50 }).page(1)],
  ["conversations.history", "getChatHistory", (j) => j.conversations.history("BOT_ID", { ...period, limit: 50 }).page(1)],
  ["conversations.attended", "listAttendedConversations", (j) => j.conversations.attended({ ...period, limit: 50 }).page(1)],
];

describe("templates, campaigns and conversations against the mock Jelou", () => {
  it.each(CALLS)("%s: one request on %s, Basic only, no contract or auth error", async (_name, operationId, run) => {
    expect(await run(jelou)).toBeDefined();
    expect(mock.requests.map(clean)).toEqual([[operationId, undefined, undefined, undefined]]);
    expect(String(mock.requests[0]!.headers.authorization)).toMatch(/^Basic /);
    expect(mock.requests[0]!.headers["x-api-key"]).toBeUndefined();
  });

  it("a template reaches /v2/whatsapp/{botId}/hsm exactly as built, and the answer has one id per destination", async () => {
    const hsm = messages.template({ elementName: "order_update", destinations: PHONES, parameters: ["Ana"] });
    const r = await jelou.templates.send("BOT_ID", hsm);
    expect(Array.isArray(r)).toBe(true);
    expect(mock.requests[0]!.path).toBe("/v2/whatsapp/BOT_ID/hsm");
    expect(mock.requests[0]!.json).toEqual(hsm);
  });

  it("the CSV upload arrives as multipart with the file part byte for byte", async () => {
    const file = campaignCsv([{ phone: PHONES[0]!, name: "Ñandú 🎉" }]);
    await jelou.campaigns.send({ campaignName: "promo", elementName: "promo_nov", botId: "BOT_ID", file });
    const r = mock.requests[0]!;
    expect(String(r.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    expect(r.body).toContain(file);
    expect(r.body).toContain('filename="campaign.csv"');
  });

  it("campaigns.list: 3 pages, one request per page, every campaign once and in order", async () => {
    const ids: string[] = [];
    for await (const c of jelou.campaigns.list({ botId: "BOT_ID", ...period, limit: 10 })) ids.push(String(c._id));
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `item_${String(i + 1).padStart(5, "0")}`));
    expect(mock.requests.map((r) => new URL(r.path, mock.url).searchParams.get("page"))).toEqual(["1", "2", "3"]);
    for (const r of mock.requests) expect(clean(r)).toEqual(["listCampaigns", undefined, undefined, undefined]);
  });

  it.each([
    ["a template to +593…", () => jelou.templates.send("BOT_ID", { elementName: "t", destinations: ["+593987654321"] })],
    [
      "a template parameter of 16 characters",
      () => jelou.templates.send("BOT_ID", { elementName: "t", destinations: PHONES, parameters: ["x".repeat(16)] }),
    ],
    ["an image template without mediaUrl", () => jelou.templates.send("BOT_ID", { elementName: "t", destinations: PHONES, type: "image" })],
    [
      "a CSV whose first column is not a phone",
      () => jelou.campaigns.send({ campaignName: "p", elementName: "e", botId: "B", file: "name,phone\r\nAna,593987654321\r\n" }),
    ],
    ["a campaign page of 51", async () => jelou.campaigns.list({ botId: "BOT_ID", ...period, limit: 51 }).page(1)],
    ["a history page of 51", async () => jelou.conversations.history("BOT_ID", { limit: 51 }).page(1)],
  ])("refuses %s with nothing sent", async (_n, run) => {
    await expect(run()).rejects.toThrow(JelouValidationError);
    expect(mock.requests).toEqual([]);
  });

  it("client.api reaches what no method covers (the legacy notification URLs), typed and authenticated", async () => {
    const { data, error } = await jelou.api.GET("/v1/bots/{botId}/events/webhook", { params: { path: { botId: "BOT_ID" } } });
    expect(error).toBeUndefined();
    expect(data).toBeDefined();
    expect(mock.requests.map(clean)).toEqual([["getWebhookConfig", undefined, undefined, undefined]]);
  });
});
