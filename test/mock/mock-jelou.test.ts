// The mock Jelou is driven by openapi.yaml: every operation answers its documented example to its
// documented request, a request that breaks the contract is refused (422) and recorded, a credential
// the operation does not take is flagged, paginated lists page, and HMAC signatures are checked.
// MOCK_SPEC=<file> runs the same tests against another spec (e.g. a merged preview of new endpoints).
// Where the spec has no operation of a kind yet (gateway, webhook, multipart, paginated list), a
// small synthetic one is added to a copy of it, so every feature is tested today.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { sign, startMockJelou, type MockJelou, type RecordedRequest } from "../support/mock-jelou";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CREDS = { clientId: "client-id", clientSecret: "client-secret", apiKey: "project-key", signingSecret: "signing-secret" };
const BASIC = `Basic ${Buffer.from(`${CREDS.clientId}:${CREDS.clientSecret}`).toString("base64")}`;
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const loaded: Any = parse(readFileSync(process.env.MOCK_SPEC ?? `${ROOT}openapi.yaml`, "utf8"));

// ---- the spec under test ------------------------------------------------------------------------
const resolve = (node: Any): Any => {
  for (let i = 0; node?.$ref && i < 32; i++)
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((n: Any, k: string) => n?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  return node;
};
interface Op {
  template: string;
  method: string;
  op: Any;
  pathItem: Any;
  id: string;
}
const opsOf = (s: Any): Op[] =>
  Object.entries(s.paths ?? {}).flatMap(([template, item]: [string, Any]) =>
    METHODS.filter((m) => item[m]).map((m) => ({
      template,
      method: m.toUpperCase(),
      op: item[m],
      pathItem: item,
      id: item[m].operationId ?? `${m} ${template}`,
    })),
  );
const schemesOf = (s: Any, o: Op): Any[] =>
  (o.op.security ?? s.security ?? []).flatMap((r: Any) => Object.keys(r).map((n) => s.components?.securitySchemes?.[n]));
const takes = (s: Any, o: Op, header: string) => schemesOf(s, o).some((x) => x?.name?.toLowerCase() === header);
const props = (schema: Any): Any => {
  schema = resolve(schema);
  return Object.assign({}, ...(schema?.allOf ?? []).map(props), schema?.properties);
};
const success = (o: Op) => {
  const code = o.op.responses?.["200"] ? "200" : Object.keys(o.op.responses ?? {}).find((c) => /^2/.test(c))!;
  return {
    status: Number(code),
    ref: o.op.responses[code].$ref as string | undefined,
    media: resolve(o.op.responses[code])?.content?.["application/json"],
    code,
  };
};
const paged = (o: Op) => {
  const p = props(success(o).media?.schema);
  return Boolean(p.pagination && p.results);
};

// Synthetic stand-ins for kinds of operation the spec does not have yet.
const base: Any = structuredClone(loaded);
const synthetic: string[] = [];
const item = { type: "object", properties: { _id: { type: "string" }, name: { type: "string" } } };
const envelope = {
  type: "object",
  properties: {
    pagination: { type: "object" },
    _metadata: { type: "object" },
    results: { type: "array", items: item },
    links: { type: "array" },
  },
};
const extras: Array<[(o: Op) => boolean, string, Any, Any?]> = [
  [
    (o) => takes(base, o, "x-api-key"),
    "/__synthetic/gateway/{projectId}",
    {
      post: {
        operationId: "syntheticGateway",
        security: [{ apiKeyAuth: [] }],
        parameters: [{ name: "projectId", in: "path", required: true, schema: { type: "string", minLength: 1 }, example: "PROJECT_ID" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["webhookUrl"],
                additionalProperties: false,
                properties: { webhookUrl: { type: "string", minLength: 1 } },
              },
              example: { webhookUrl: "https://example.com/hook" },
            },
          },
        },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: { id: "INTEGRATION_ID" } } } },
        },
      },
    },
    { apiKeyAuth: { type: "apiKey", in: "header", name: "x-api-key" } },
  ],
  [
    (o) => takes(base, o, "x-jelou-signature"),
    "/__synthetic/webhook",
    {
      post: {
        operationId: "syntheticWebhook",
        security: [{ jelouSignature: [] }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { type: "object", required: ["room_id"], properties: { room_id: { type: "string", minLength: 1 } } },
              example: { room_id: "ROOM_ID" },
            },
          },
        },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: { received: true } } } },
        },
      },
    },
    { jelouSignature: { type: "apiKey", in: "header", name: "X-Jelou-Signature" } },
  ],
  [
    (o) => Boolean(resolve(o.op.requestBody)?.content?.["multipart/form-data"]),
    "/__synthetic/upload",
    {
      post: {
        operationId: "syntheticUpload",
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["name", "count", "file"],
                properties: {
                  name: { type: "string", minLength: 1 },
                  count: { type: "integer", minimum: 1 },
                  file: { type: "string", contentMediaType: "text/csv" },
                },
              },
              example: { name: "campaign", count: 2 },
            },
          },
        },
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "object" }, example: { status: "ok" } } } },
        },
      },
    },
  ],
  [
    (o) => o.method === "GET" && paged(o),
    "/__synthetic/rows",
    {
      get: {
        operationId: "syntheticRows",
        parameters: [
          { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
        ],
        responses: { "200": { description: "ok", content: { "application/json": { schema: envelope } } } },
      },
    },
  ],
];
let spec: Any = base;
for (const [has, path, item, schemes] of extras) {
  if (opsOf(base).some(has)) continue;
  base.paths[path] = item;
  Object.assign((base.components.securitySchemes ??= {}), schemes);
  synthetic.push(path);
}
spec = base;
const SPEC_PATH = join(mkdtempSync(join(tmpdir(), "mock-jelou-")), "openapi.yaml");
writeFileSync(SPEC_PATH, stringify(spec));
const OPS = opsOf(spec);

const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
ajv.addSchema(spec, "spec");
const esc = (s: string) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"));
/** ajv's verdict on an operation's 200 answer. */
const answerValidator = (o: Op) => {
  const s = success(o);
  const at = s.ref ?? `#/paths/${esc(o.template)}/${o.method.toLowerCase()}/responses/${s.code}`;
  return ajv.compile({ $ref: `spec${at}/content/application~1json/schema` });
};

// ---- documented requests ------------------------------------------------------------------------
const exampleOf = (h: Any): { value: unknown } | undefined => {
  if (!h) return undefined;
  if ("example" in h) return { value: h.example };
  const first = h.examples && resolve(Object.values(h.examples)[0]);
  return first && "value" in first ? { value: first.value } : undefined;
};
const examplesOf = (media: Any): [string, unknown][] =>
  media?.examples
    ? Object.entries(media.examples).map(([k, v]) => [k, resolve(v).value])
    : "example" in (media ?? {})
      ? [["example", media.example]]
      : [];
const paramsOf = (o: Op): Any[] => {
  const all = new Map<string, Any>();
  for (const p of [...(o.pathItem.parameters ?? []), ...(o.op.parameters ?? [])].map(resolve)) all.set(`${p.in}:${p.name}`, p);
  return [...all.values()];
};
const paramValue = (p: Any): string => {
  const doc = exampleOf(p) ?? exampleOf(resolve(p.schema)) ?? exampleOf(resolve(resolve(p.schema)?.allOf?.[0]));
  if (doc) return String(doc.value);
  const s = resolve(p.schema);
  return s?.enum?.[0] ?? s?.default ?? (["integer", "number"].includes(s?.type) ? String(s?.minimum ?? 1) : "x");
};

interface Sent {
  path: string;
  init: RequestInit;
}
/** A request built from the spec's examples, with the credentials the operation takes. */
function request(
  o: Op,
  body?: { media: string; value: unknown },
  over: { query?: Record<string, string>; headers?: Record<string, string> } = {},
): Sent {
  let path = o.template;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of paramsOf(o)) {
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(paramValue(p)));
    else if (p.in === "query" && (p.required || exampleOf(p))) query.set(p.name, paramValue(p));
    else if (p.in === "header" && p.required) headers[p.name] = paramValue(p);
  }
  for (const [k, v] of Object.entries(over.query ?? {})) query.set(k, v);
  let payload: BodyInit | undefined;
  if (body?.media === "multipart/form-data") {
    const form = new FormData();
    for (const [k, v] of Object.entries(body.value as object)) form.set(k, typeof v === "string" ? v : JSON.stringify(v));
    form.set("file", new Blob(["phone,name\n593987654321,Ana\n"], { type: "text/csv" }), "contacts.csv");
    payload = form;
  } else if (body) {
    payload = JSON.stringify(body.value);
    headers["content-type"] = body.media;
  }
  for (const s of schemesOf(spec, o).slice(0, 1)) {
    if (s?.type === "http" && s.scheme === "basic") headers.authorization = BASIC;
    else if (s?.name?.toLowerCase() === "x-api-key") headers["x-api-key"] = CREDS.apiKey;
    else if (s?.name?.toLowerCase() === "x-jelou-signature")
      headers["x-jelou-signature"] = sign(CREDS.signingSecret, typeof payload === "string" ? payload : "");
  }
  Object.assign(headers, over.headers);
  return { path: `${path}${query.size ? `?${query}` : ""}`, init: { method: o.method, headers, body: payload } };
}
/** Every documented request of an operation: one per request-body example (or one without a body). */
const documented = (o: Op): Array<[string, Sent]> => {
  const content = resolve(o.op.requestBody)?.content ?? {};
  const cases = Object.entries(content).flatMap(([media, m]: [string, Any]) =>
    examplesOf(m).map(([name, value]) => [`${media} ${name}`, request(o, { media, value })] as [string, Sent]),
  );
  return cases.length ? cases : [["no body", request(o)]];
};
const problems = (r: RecordedRequest | undefined) => ({
  contractErrors: r?.contractErrors,
  authErrors: r?.authErrors,
  wrongAuth: r?.wrongAuth,
});

let mock: MockJelou;
const send = async ({ path, init }: Sent) => {
  mock.reset();
  const res = await fetch(`${mock.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, recorded: mock.requests.at(-1)! };
};
const PAGED = OPS.filter(paged);
const PAGES: Record<string, number> = Object.fromEntries(PAGED.map((o, i) => [o.template, 25 + i]));

beforeAll(async () => {
  mock = await startMockJelou({ specPath: SPEC_PATH, credentials: CREDS, pages: PAGES });
});
afterAll(() => mock?.close());

describe("mock Jelou: every operation of the spec", () => {
  it("the spec under test has operations of every kind (synthetic stand-ins are listed)", () => {
    expect(OPS.length).toBeGreaterThanOrEqual(2);
    console.log(`mock spec: ${OPS.length} operations${synthetic.length ? `; synthetic stand-ins: ${synthetic.join(", ")}` : ""}`);
  });

  const cases = OPS.flatMap((o) =>
    documented(o).map(([name, sent]) => ({ label: `${o.method} ${o.template} (${o.id}) ${name}`, o, sent })),
  );
  it.each(cases)("$label: documented request → documented answer", async ({ o, sent }) => {
    const { status, body, recorded } = await send(sent);
    expect(problems(recorded)).toEqual({ contractErrors: undefined, authErrors: undefined, wrongAuth: undefined });
    expect(recorded.operationId ?? `${o.method.toLowerCase()} ${o.template}`).toBe(o.id);
    const s = success(o);
    expect(status).toBe(s.status);
    if (!s.media) return;
    const valid = answerValidator(o);
    expect(valid(body), JSON.stringify(valid.errors)).toBe(true);
    const doc = exampleOf(s.media);
    if (o.method === "POST" && o.template === "/v1/bots/{botId}/messages") expect(body).toEqual({ success: true, messageId: "msg_1" });
    else if (paged(o)) expect(body.results).toHaveLength(Math.min(PAGES[o.template]!, body.pagination.limit));
    else if (doc) expect(body).toEqual(doc.value);
  });
});

describe("mock Jelou: contract checks", () => {
  const withJson = OPS.filter((o) => resolve(o.op.requestBody)?.content?.["application/json"]);
  it.each(withJson.map((o) => ({ label: `${o.method} ${o.template}`, o })))(
    "$label: a body of the wrong type is 422 with contractErrors",
    async ({ o }) => {
      const { status, body, recorded } = await send(request(o, { media: "application/json", value: 12345 }));
      expect(status).toBe(422);
      expect(body.validationError.length).toBeGreaterThan(0);
      expect(body).toMatchObject({ statusMessage: "failed", status: 0, error: { key: "UNPROCESSABLE_ENTITY" } });
      expect(recorded.contractErrors).toEqual(body.validationError);
    },
  );

  it("a text message without text is 422 naming the missing field", async () => {
    const o = OPS.find((x) => x.template === "/v1/bots/{botId}/messages")!;
    const { status, recorded } = await send(request(o, { media: "application/json", value: { type: "text", userId: "USER_ID" } }));
    expect(status).toBe(422);
    expect(recorded.contractErrors).toContainEqual(expect.objectContaining({ instancePath: "/body", params: { missingProperty: "text" } }));
  });

  it("path parameters are percent-decoded, one segment, and checked against their schema", async () => {
    const o = OPS.find((x) => x.template === "/v1/bots/{botId}/users/{userId}/flow_message")!;
    const good = request(o, { media: "application/json", value: exampleOf(resolve(o.op.requestBody).content["application/json"])!.value });
    expect((await send({ ...good, path: good.path.replace("593987654321", "%35%39%33987654321") })).status).toBe(200);
    const bad = await send({ ...good, path: good.path.replace("593987654321", "abc") });
    expect(bad.status).toBe(422);
    expect(bad.recorded.contractErrors).toContainEqual(expect.objectContaining({ instancePath: "/path/userId" }));
    expect((await send({ ...good, path: good.path.replace("593987654321", "59/3987654321") })).status).toBe(404);
  });

  it("a body that is not JSON, or a missing required body, is 422", async () => {
    const o = OPS.find((x) => x.template === "/v1/bots/{botId}/messages")!;
    const sent = request(o, { media: "application/json", value: {} });
    expect((await send({ ...sent, init: { ...sent.init, body: "{oops" } })).recorded.contractErrors).toContainEqual(
      expect.objectContaining({ keyword: "json" }),
    );
    expect((await send({ ...sent, init: { ...sent.init, body: undefined } })).status).toBe(422);
  });

  it("an unknown path or method is Jelou's 404", async () => {
    expect((await send({ path: "/v9/nothing", init: { method: "GET" } })).status).toBe(404);
    const r = await send({ path: "/v1/bots/BOT/messages", init: { method: "DELETE" } });
    expect(r.status).toBe(404);
    expect(r.body.error.description).toContain("not allowed");
  });

  it("multipart bodies: the non-file fields are checked, the file counts as present", async () => {
    const o = OPS.find((x) => resolve(x.op.requestBody)?.content?.["multipart/form-data"])!;
    const media = resolve(o.op.requestBody).content["multipart/form-data"];
    const fields = (exampleOf(media)?.value ?? { campaignName: "c", elementName: "e", botId: "BOT_ID" }) as Record<string, unknown>;
    const ok = await send(request(o, { media: "multipart/form-data", value: fields }));
    expect(problems(ok.recorded)).toEqual({ contractErrors: undefined, authErrors: undefined, wrongAuth: undefined });
    expect(ok.status).toBe(success(o).status);
    const required: string[] = (resolve(media.schema).required ?? []).filter((k: string) => k !== "file");
    const { [required[0]!]: _dropped, ...rest } = fields;
    const bad = await send(request(o, { media: "multipart/form-data", value: rest }));
    expect(bad.status).toBe(422);
    expect(bad.recorded.contractErrors).toContainEqual(expect.objectContaining({ params: { missingProperty: required[0] } }));
  });
});

describe("mock Jelou: credentials", () => {
  const basicOp = () => OPS.find((x) => x.template === "/v1/bots/{botId}/messages")!;
  const gatewayOp = () => OPS.find((o) => takes(spec, o, "x-api-key"))!;
  const signedOp = () => OPS.find((o) => takes(spec, o, "x-jelou-signature"))!;
  const first = (o: Op) => documented(o)[0]![1];

  it("flags x-api-key sent to an api.jelou.ai operation", async () => {
    const sent = first(basicOp());
    const r = await send({ ...sent, init: { ...sent.init, headers: { ...(sent.init.headers as object), "x-api-key": CREDS.apiKey } } });
    expect(r.recorded.wrongAuth).toEqual(["x-api-key"]);
  });

  it("flags an Authorization header sent to a gateway (x-api-key) operation", async () => {
    const sent = first(gatewayOp());
    const r = await send({ ...sent, init: { ...sent.init, headers: { ...(sent.init.headers as object), authorization: BASIC } } });
    expect(r.recorded.wrongAuth).toEqual(["authorization"]);
    expect(r.status).toBe(success(gatewayOp()).status);
  });

  it("flags a Bearer token on a Basic-only operation", async () => {
    const o = OPS.find(
      (x) => schemesOf(spec, x).some((s) => s?.scheme === "basic") && !schemesOf(spec, x).some((s) => s?.scheme === "bearer"),
    );
    if (!o) return;
    const sent = first(o);
    const r = await send({ ...sent, init: { ...sent.init, headers: { ...(sent.init.headers as object), authorization: "Bearer abc" } } });
    expect(r.recorded.wrongAuth).toEqual(["authorization (bearer)"]);
  });

  it("refuses wrong Basic credentials and a wrong API key with 401 and authErrors", async () => {
    const sent = first(basicOp());
    const basic = await send({
      ...sent,
      init: { ...sent.init, headers: { ...(sent.init.headers as object), authorization: `Basic ${btoa("client-id:nope")}` } },
    });
    expect(basic.status).toBe(401);
    expect(basic.recorded.authErrors?.join()).toMatch(/basicAuth: wrong client id or secret/);
    const g = first(gatewayOp());
    const key = await send({ ...g, init: { ...g.init, headers: { ...(g.init.headers as object), "x-api-key": "other" } } });
    expect(key.status).toBe(401);
    expect(key.recorded.authErrors?.join()).toMatch(/wrong API key/);
    expect(key.recorded.wrongAuth).toBeUndefined();
  });

  it("checks nothing when the run gives no credentials (the default)", async () => {
    const open = await startMockJelou({ specPath: SPEC_PATH });
    try {
      const sent = first(basicOp());
      const res = await fetch(`${open.url}${sent.path}`, { ...sent.init, headers: { "content-type": "application/json" } });
      expect(res.status).toBe(200);
      expect(open.requests[0]!.authErrors).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it("HMAC: a good X-Jelou-Signature is accepted, a bad or stale one refused", async () => {
    const sent = first(signedOp());
    const body = String(sent.init.body);
    expect((await send(sent)).status).toBe(success(signedOp()).status);
    const withSig = (sig: string) => ({
      ...sent,
      init: { ...sent.init, headers: { ...(sent.init.headers as object), "x-jelou-signature": sig } },
    });
    const wrongKey = await send(withSig(sign("another-secret", body)));
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.recorded.authErrors?.join()).toMatch(/signature does not match/);
    expect((await send(withSig(sign(CREDS.signingSecret, `${body} `)))).status).toBe(401);
    expect((await send(withSig("sha1=abc"))).status).toBe(401);
    const none = { ...sent, init: { ...sent.init, headers: { "content-type": "application/json" } } };
    expect((await send(none)).recorded.authErrors?.join()).toMatch(/missing x-jelou-signature/);
  });
});

describe("mock Jelou: pagination", () => {
  it.each(PAGED.map((o) => ({ label: `${o.method} ${o.template}`, o })))(
    "$label: pages of 10 cover the collection once, in order",
    async ({ o }) => {
      const total = PAGES[o.template]!;
      const seen: unknown[] = [];
      let pages = 0;
      mock.reset();
      for (let p = 1; ; p++) {
        const sent = documented(o)[0]![1];
        const url = new URL(sent.path, mock.url);
        url.searchParams.set("page", String(p));
        url.searchParams.set("limit", "10");
        const res = await fetch(url, sent.init);
        const body = await res.json();
        expect(res.status).toBe(200);
        expect(body.pagination).toMatchObject({ page: p, limit: 10, total, offset: (p - 1) * 10, totalPages: Math.ceil(total / 10) });
        const valid = answerValidator(o);
        expect(valid(body), JSON.stringify(valid.errors)).toBe(true);
        seen.push(...body.results.map((r: Any) => r._id ?? r.id));
        pages++;
        if (p >= body.pagination.totalPages) break;
      }
      expect(pages).toBe(3);
      expect(mock.requests).toHaveLength(3);
      expect(mock.requests.flatMap((r) => r.contractErrors ?? [])).toEqual([]);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect([...seen].sort((a, b) => String(a).localeCompare(String(b), "en", { numeric: true }))).toEqual(seen);
    },
  );

  it("a limit the schema refuses is 422, not a page", async () => {
    const o = PAGED.find((x) => paramsOf(x).some((p) => p.in === "query" && p.name === "limit"))!;
    const r = await send(request(o, undefined, { query: { limit: "abc" } }));
    expect(r.status).toBe(422);
    expect(r.recorded.contractErrors).toContainEqual(expect.objectContaining({ instancePath: "/query/limit" }));
  });
});
