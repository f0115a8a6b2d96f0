// Templates, campaigns and conversations: what goes on the wire, what is refused before it, and
// pagination (one request per page, every item once, in order; an abort stops it).
import { describe, expect, it } from "vitest";
import { campaignCsv, createJelou, JelouNetworkError, JelouValidationError, messages } from "../../src/index.js";
import { json, stubFetch } from "./stub-fetch.js";

const creds = { clientId: "id", clientSecret: "secret", baseUrl: "https://api.test" };
const hsm = { elementName: "order_update", destinations: ["593987654321", "593912345678"], parameters: ["Ana", "A-17"] };
const sent = [
  { id: "w1", destination: "593987654321" },
  { id: "w2", destination: "593912345678" },
];

/** A fetch that serves `total` items in pages of `limit`, recording each page asked for. */
function pagedFetch(total: number, limit: number, onPage?: (page: number) => void) {
  const asked: number[] = [];
  const fetch = async (req: Request) => {
    const url = new URL(req.url);
    const page = Number(url.searchParams.get("page") ?? 1);
    asked.push(page);
    onPage?.(page);
    const results = Array.from({ length: Math.max(0, Math.min(limit, total - (page - 1) * limit)) }, (_, i) => ({
      _id: `c${(page - 1) * limit + i + 1}`,
    }));
    return json(200, { pagination: { page, limit, total, totalPages: Math.ceil(total / limit) }, results, links: [] });
  };
  return { fetch, asked };
}

describe("templates", () => {
  it("send: POSTs the HSM in wire names to /v2/whatsapp/{botId}/hsm and returns [{ id, destination }]", async () => {
    const { fetch, seen } = stubFetch(json(200, sent));
    const r = await createJelou({ ...creds, fetch }).templates.send("BOT", messages.template(hsm));
    expect(r).toEqual(sent);
    expect(seen[0]!.url).toBe("https://api.test/v2/whatsapp/BOT/hsm");
    expect(JSON.parse(seen[0]!.body)).toEqual(hsm);
  });

  it.each([
    ["a missing elementName", { destinations: ["593987654321"] }, "elementName", /is required/],
    ["empty destinations", { elementName: "t", destinations: [] }, "destinations", /at least 1/],
    ["a destination with +", { elementName: "t", destinations: ["+593987654321"] }, "destinations.0", /./],
    ["a destination with letters", { elementName: "t", destinations: ["call me"] }, "destinations.0", /./],
    [
      "a 16-character parameter",
      { elementName: "t", destinations: ["593987654321"], parameters: ["x".repeat(16)] },
      "parameters.0",
      /at most 15 characters, got 16/,
    ],
    ["a media template without mediaUrl", { elementName: "t", destinations: ["593987654321"], type: "image" }, "mediaUrl", /required/],
    ["an unknown field", { elementName: "t", destinations: ["593987654321"], destination: "x" }, "destination", /not a known field/],
  ])("send refuses %s, naming the field, and sends nothing", async (_name, payload, path, message) => {
    const { fetch, seen } = stubFetch(json(200, sent));
    const e = await createJelou({ ...creds, fetch })
      .templates.send("BOT", payload as never)
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouValidationError);
    expect(
      e.issues.some((i: { path: string; message: string }) => i.path === path && message.test(i.message)),
      JSON.stringify(e.issues),
    ).toBe(true);
    expect(() => messages.template(payload as never)).toThrow(JelouValidationError);
    expect(seen).toHaveLength(0);
  });

  it("list: passes the filters and returns the templates", async () => {
    const { fetch, seen } = stubFetch(json(200, { data: [{ elementName: "order_update", status: "APPROVED" }] }));
    const r = await createJelou({ ...creds, fetch }).templates.list("BOT", { status: "APPROVED", category: "UTILITY" });
    expect(r).toEqual([{ elementName: "order_update", status: "APPROVED" }]);
    expect(seen[0]!.url).toBe("https://api.test/v1/bots/BOT/templates?status=APPROVED&category=UTILITY");
  });

  it("list refuses a status Jelou does not know, before any request", async () => {
    const { fetch, seen } = stubFetch(json(200, { data: [] }));
    await expect(createJelou({ ...creds, fetch }).templates.list("BOT", { status: "LIVE" as never })).rejects.toThrow(JelouValidationError);
    expect(seen).toHaveLength(0);
  });

  it("create: spells sendToApprove the way the wire does (sendToAprove)", async () => {
    const { fetch, seen } = stubFetch(json(200, { message: ["ok"], status: "success", data: {} }));
    const t = { category: "UTILITY", language: "es", elementName: "order_update", displayName: "Order", template: "Hola {{1}}" } as const;
    await createJelou({ ...creds, fetch }).templates.create("BOT", t, { sendToApprove: true });
    expect(seen[0]!.url).toBe("https://api.test/v1/bots/BOT/templates?sendToAprove=true");
    expect(JSON.parse(seen[0]!.body)).toEqual(t);
  });

  it("create refuses an elementName with capitals or spaces", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const t = { category: "UTILITY", language: "es", elementName: "Order Update", template: "Hola" } as const;
    const e = await createJelou({ ...creds, fetch })
      .templates.create("BOT", t)
      .catch((x) => x);
    expect(e.issues[0].path).toBe("elementName");
    expect(seen).toHaveLength(0);
  });
});

describe("campaigns", () => {
  const bulk = { campaignName: "promo", elementName: "promo_nov", botId: "BOT", params: [{ param: 1, column: "name" }] };

  it("send with fileUrl: one JSON POST to /v1/hsm/file", async () => {
    const { fetch, seen } = stubFetch(json(200, { message: ["queued"], status: "success" }));
    await createJelou({ ...creds, fetch }).campaigns.send({ ...bulk, fileUrl: "https://example.com/c.csv" });
    expect(seen[0]!.url).toBe("https://api.test/v1/hsm/file");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({ ...bulk, fileUrl: "https://example.com/c.csv" });
  });

  it("send with a file: multipart, the CSV as a text/csv file part, structured fields as JSON", async () => {
    let form: FormData | undefined;
    const fetch = async (req: Request) => ((form = await req.formData()), json(200, { message: ["queued"], status: "success" }));
    const file = campaignCsv([
      { phone: "593987654321", name: 'Ana, "la jefa"' },
      { phone: "593912345678", name: "Luis" },
    ]);
    await createJelou({ ...creds, fetch }).campaigns.send({ ...bulk, file });
    expect(form!.get("campaignName")).toBe("promo");
    expect(JSON.parse(String(form!.get("params")))).toEqual(bulk.params);
    const part = form!.get("file") as File;
    expect(part.type).toBe("text/csv");
    expect(await part.text()).toBe('phone,name\r\n593987654321,"Ana, ""la jefa"""\r\n593912345678,Luis\r\n');
  });

  it.each([
    ["a header with a space", "phone,first name\r\n593987654321,Ana\r\n", "file.header.1"],
    ["a phone with +", "phone,name\r\n+593987654321,Ana\r\n", "file.rows.0"],
    ["no recipient rows", "phone,name\r\n", "file"],
    ["a params column missing from the header", "phone,nombre\r\n593987654321,Ana\r\n", "params.0.column"],
  ])("send refuses a CSV with %s, before any request", async (_n, file, path) => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const e = await createJelou({ ...creds, fetch })
      .campaigns.send({ ...bulk, file })
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouValidationError);
    expect(e.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(seen).toHaveLength(0);
  });

  it("send refuses a file that is not UTF-8", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const file = new Blob([new Uint8Array([0x70, 0x68, 0x6f, 0x6e, 0x65, 0x0a, 0xff, 0xfe])]);
    await expect(createJelou({ ...creds, fetch }).campaigns.send({ ...bulk, file })).rejects.toThrow(/UTF-8/);
    expect(seen).toHaveLength(0);
  });

  it("campaignCsv names the row and column that break a rule", () => {
    expect(() => campaignCsv([{ phone: "0999", name: "Ana" }])).toThrow(/rows\.0\.phone/);
    expect(() => campaignCsv([{ "phone number": "593987654321" }])).toThrow(/columns\.0/);
    expect(() =>
      campaignCsv([
        { phone: "593987654321", a: "1" },
        { phone: "593987654322", b: "2" },
      ]),
    ).toThrow(/rows\.1/);
  });

  it("list: 3 pages, one request per page, every campaign once and in order", async () => {
    const { fetch, asked } = pagedFetch(25, 10);
    const q = { botId: "BOT", startAt: "2026-11-01", endAt: "2026-11-30", limit: 10 };
    const ids: string[] = [];
    for await (const c of createJelou({ ...creds, fetch }).campaigns.list(q)) ids.push(String(c._id));
    expect(asked).toEqual([1, 2, 3]);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `c${i + 1}`));
  });

  it("list page by page, and one page on its own", async () => {
    const { fetch, asked } = pagedFetch(25, 10);
    const list = createJelou({ ...creds, fetch }).campaigns.list({ botId: "BOT", startAt: "2026-11-01", endAt: "2026-11-30", limit: 10 });
    const sizes: number[] = [];
    for await (const p of list.pages()) sizes.push(p.items.length);
    expect(sizes).toEqual([10, 10, 5]);
    expect((await list.page(2)).items[0]).toEqual({ _id: "c11" });
    expect(asked).toEqual([1, 2, 3, 2]);
  });

  it("list: an abort mid-way stops it, with no further request", async () => {
    const ctrl = new AbortController();
    const { fetch, asked } = pagedFetch(50, 10);
    const seen: string[] = [];
    const list = createJelou({ ...creds, fetch }).campaigns.list(
      { botId: "BOT", startAt: "a", endAt: "b", limit: 10 },
      { signal: ctrl.signal },
    );
    const e = await (async () => {
      for await (const c of list) {
        seen.push(String(c._id));
        if (seen.length === 12) ctrl.abort();
      }
    })().catch((x) => x);
    expect(e).toBeInstanceOf(JelouNetworkError);
    expect(e.message).toMatch(/aborted by the caller/);
    expect(seen).toHaveLength(20); // the page already read is handed out; no third page is asked for
    expect(asked).toEqual([1, 2]);
  });

  it("list refuses limit 51 (the documented maximum is 50) and a missing botId, before any request", async () => {
    const { fetch, asked } = pagedFetch(5, 5);
    const jelou = createJelou({ ...creds, fetch });
    expect(() => jelou.campaigns.list({ botId: "BOT", startAt: "a", endAt: "b", limit: 51 })).toThrow(/limit: must be at most 50, got 51/);
    expect(() => jelou.campaigns.list({ startAt: "a", endAt: "b" } as never)).toThrow(/botId: is required/);
    expect(asked).toEqual([]);
  });
});

describe("conversations", () => {
  it("history pages lazily through /v1/external/messages/history/{botId}", async () => {
    const { fetch, asked } = pagedFetch(12, 5);
    const ids: string[] = [];
    for await (const m of createJelou({ ...creds, fetch }).conversations.history("BOT", { limit: 5 }))
      ids.push(String((m as { _id?: string })._id));
    expect(ids).toHaveLength(12);
    expect(asked).toEqual([1, 2, 3]);
  });

  it("attended always asks for JSON (getJson: true) and pages with the query", async () => {
    const bodies: unknown[] = [];
    const urls: string[] = [];
    const fetch = async (req: Request) => {
      urls.push(req.url);
      bodies.push(await req.json());
      return json(200, { results: [{ _id: "a1" }], pagination: { page: 1, totalPages: 1 } });
    };
    const page = await createJelou({ ...creds, fetch })
      .conversations.attended({ startAt: "2026-11-01", endAt: "2026-11-30", limit: 20 })
      .page(1);
    expect(page.items).toEqual([{ _id: "a1" }]);
    expect(bodies[0]).toEqual({ startAt: "2026-11-01", endAt: "2026-11-30", getJson: true });
    expect(urls[0]).toBe("https://api.test/v1/metrics/conversations/attended/external?limit=20&page=1");
  });
});
