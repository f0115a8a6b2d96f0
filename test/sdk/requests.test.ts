// Drift guard for the generated request schemas (generated/requests.ts): the request fixture
// corpus that test/contract/requests.test.ts checks against openapi.yaml runs through the SDK's
// valibot schemas. Both must give every case the same verdict, and the SDK must name the case's path.
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import * as requests from "../../generated/requests.js";
import { parse, toIssue } from "../../src/messages/build.js";
import { JelouValidationError } from "../../src/errors.js";
import { describeErrors, spec } from "../support/spec.js";
import {
  MESSAGE_OPERATIONS,
  PARTS,
  type Part,
  examplesOf,
  jsonBodyOf,
  operations,
  partOf,
  requestCorpus,
  requestTitle,
  specValidator,
} from "../support/requests.js";

const SUFFIX: Record<Part, string> = { body: "Body", query: "Query", headers: "Headers" };
const schemas = requests as unknown as Record<string, v.GenericSchema>;
/** The generated schema of a part of an operation: `<operationId>Body`, `…Query` or `…Headers`. */
const sdkSchema = (id: string, part: Part) => schemas[`${id}${SUFFIX[part]}`];

describe("generated/requests.ts", () => {
  it("has a schema for every JSON body, query and header set of the spec (messages aside), and no other", () => {
    const expected = [...operations.values()]
      .filter((o) => !MESSAGE_OPERATIONS.includes(o.id))
      .flatMap((o) => [
        ...(jsonBodyOf(o) ? [`${o.id}Body`] : []),
        ...(o.op.requestBody?.content?.["multipart/form-data"] ? [`${o.id}Form`] : []),
        ...(o.params.query.length ? [`${o.id}Query`] : []),
        ...(o.params.headers.length ? [`${o.id}Headers`] : []),
      ]);
    // And one per webhook (test/webhooks/events.test.ts checks them): `<webhookName>Event`.
    expected.push(...Object.keys(spec.webhooks ?? {}).map((name) => `${name}Event`));
    expect(Object.keys(requests).sort()).toEqual(expected.sort());
  });

  const examples = [...operations.values()]
    .filter((o) => !MESSAGE_OPERATIONS.includes(o.id))
    .flatMap((o) => PARTS.flatMap((part) => examplesOf(o, part).map((example, i) => [`${o.id}${SUFFIX[part]}`, i, example] as const)));
  it.each(examples)("%s accepts the spec's example #%i", (name, _i, example) => {
    const r = v.safeParse(schemas[name]!, example);
    expect(r.success, JSON.stringify(r.issues?.map(toIssue))).toBe(true);
    expect(r.output).toEqual(example);
  });
});

describe.each([...requestCorpus.keys()])("%s", (id) => {
  const o = operations.get(id)!;
  it.each(requestCorpus.get(id)!.map((c) => [requestTitle(c), c] as const))("%s", (_t, c) => {
    const { part, value } = partOf(c);
    const validate = specValidator(o, part);
    expect(validate(value), `the corpus and the spec disagree (see test/contract):\n${describeErrors(validate.errors)}`).toBe(c.valid);

    const schema = sdkSchema(id, part);
    expect(schema, `generated/requests.ts has no ${id}${SUFFIX[part]}`).toBeDefined();
    const r = v.safeParse(schema!, value);
    const issues = r.issues?.map(toIssue) ?? [];
    expect(r.success, JSON.stringify(issues)).toBe(c.valid);
    if (r.success) {
      // What was validated is what gets sent: the output is the input, key for key.
      expect(r.output).toEqual(value);
      return;
    }
    expect(issues.map((i) => i.path)).toContain(c.path);
    for (const i of issues) expect(i.message).toMatch(/\S/);
  });
});

describe("issues read as sentences that name the limit and what was given", () => {
  const issuesOf = (schema: v.GenericSchema, input: unknown) => {
    try {
      parse(schema, input);
    } catch (e) {
      expect(e).toBeInstanceOf(JelouValidationError);
      return (e as JelouValidationError).issues;
    }
    throw new Error("accepted");
  };
  const template = { elementName: "order_update", destinations: ["593987654321"] };
  const memory = (values: unknown) => ({ userReferenceId: "593987654321", botId: "BOT_ID", values });

  it("a 16-character template parameter", () => {
    expect(issuesOf(requests.sendTemplateBody, { ...template, parameters: ["x".repeat(16)] })).toEqual([
      { path: "parameters.0", message: "must be at most 15 characters, got 16" },
    ]);
    // Code points, as the spec counts: 15 emoji are 30 UTF-16 units and still fit.
    expect(() => parse(requests.sendTemplateBody, { ...template, parameters: ["😀".repeat(15)] })).not.toThrow();
  });

  it("a media template without mediaUrl", () => {
    expect(issuesOf(requests.sendTemplateBody, { ...template, type: "image" })).toEqual([
      { path: "mediaUrl", message: "is required when type is image" },
    ]);
  });

  it("memory with 21 keys, and with none", () => {
    const values = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, { value: i }]));
    expect(issuesOf(requests.setMemoryBody, memory(values))).toEqual([{ path: "values", message: "must have at most 20 keys, got 21" }]);
    expect(issuesOf(requests.setMemoryBody, memory({}))).toEqual([{ path: "values", message: "must have at least 1 key, got 0" }]);
  });

  it("a memory value not wrapped as { value }", () => {
    expect(issuesOf(requests.setMemoryBody, memory({ plan: "premium" }))).toEqual([{ path: "values.plan", message: "must be an object" }]);
    expect(issuesOf(requests.setMemoryBody, memory({ cart: { items: 2 } }))).toEqual([
      { path: "values.cart.value", message: "is required" },
      { path: "values.cart.items", message: "is not a known field" },
    ]);
  });

  it("refreshResource ttl 899 and 3601", () => {
    const refresh = (ttl: number) => ({ resourceUrl: "https://cdn.example.com/a.png", ttl });
    expect(issuesOf(requests.refreshResourceBody, refresh(899))).toEqual([{ path: "ttl", message: "must be at least 900, got 899" }]);
    expect(issuesOf(requests.refreshResourceBody, refresh(3601))).toEqual([{ path: "ttl", message: "must be at most 3600, got 3601" }]);
  });

  it("setUserState state paused", () => {
    expect(issuesOf(requests.setUserStateBody, { botId: "BOT_ID", userId: "593987654321", state: "paused" })).toEqual([
      { path: "state", message: 'must be one of manual, auto; got "paused"' },
    ]);
  });

  it("a duplicate webhook event, and a conditional limit", () => {
    const webhooks = [{ url: "https://example.com/hook", events: ["read", "failed", "read"] }];
    expect(issuesOf(requests.setWebhookConfigBody, { webhooks })).toEqual([
      { path: "webhooks.0.events", message: 'must not repeat an item, got "read" twice' },
    ]);
    const otp = { category: "AUTHENTICATION", language: "en", elementName: "otp", template: "{{1}}", paramsNumber: 2 };
    expect(issuesOf(requests.createTemplateBody, otp)).toEqual([
      { path: "paramsNumber", message: "must be at most 1, got 2 when category is AUTHENTICATION" },
    ]);
  });

  it("unknown query parameters: refused, unless the operation passes them through", () => {
    expect(issuesOf(requests.getChatHistoryQuery, { limit: 10, from: "2024-01-01" })).toEqual([
      { path: "from", message: "is not a known field" },
    ]);
    expect(parse(requests.listRowsQuery, { limit: 10, status: "open" })).toEqual({ limit: 10, status: "open" });
  });
});
