// The request fixture corpus (test/fixtures/requests/<operationId>.json) and what the spec says
// of each case: the operation's JSON body schema, or an object schema of its query or header
// parameters, compiled by ajv. Shared by test/contract/requests.test.ts and test/sdk/requests.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { ROOT, compileInSpec, spec } from "./spec.js";

/** What a case sends: a JSON body, the query parameters or the header parameters (never coerced). */
export const PARTS = ["body", "query", "headers"] as const;
export type Part = (typeof PARTS)[number];

export interface RequestCase {
  name: string;
  valid: boolean;
  documented?: true;
  path?: string;
  limit?: string;
  body?: unknown;
  query?: unknown;
  headers?: unknown;
}

export const REQUEST_FIXTURES = `${ROOT}test/fixtures/requests/`;

/** Operations whose bodies are messages: test/fixtures/messages/ holds their corpus. */
export const MESSAGE_OPERATIONS = ["sendMessage", "sendFlowMessage"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export interface Operation {
  id: string;
  method: string;
  route: string;
  op: Json;
  /** Its query and header parameters (path parameters are checked by `pathParam`). */
  params: { query: Json[]; headers: Json[] };
}

/** Every operation of openapi.yaml, by operationId. */
export const operations = new Map<string, Operation>();
for (const [route, item] of Object.entries<Json>(spec.paths)) {
  for (const [method, op] of Object.entries<Json>(item)) {
    if (!op?.operationId) continue;
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) =>
      p.$ref ? spec.components.parameters[p.$ref.split("/").pop()] : p,
    );
    operations.set(op.operationId, {
      id: op.operationId,
      method,
      route,
      op,
      params: { query: params.filter((p: Json) => p.in === "query"), headers: params.filter((p: Json) => p.in === "header") },
    });
  }
}

/** The JSON body of an operation, if it has one. */
export const jsonBodyOf = (o: Operation): Json | undefined => o.op.requestBody?.content?.["application/json"];

/** The part a case sends, and its value. */
export function partOf(c: RequestCase): { part: Part; value: unknown } {
  const parts = PARTS.filter((p) => p in c);
  if (parts.length !== 1) throw new Error(`${c.name}: a case has exactly one of ${PARTS.join(", ")}`);
  return { part: parts[0]!, value: c[parts[0]!] };
}

/** The schema the spec gives a part: the body's own, or an object of the parameters (unknown ones refused unless `x-query-passthrough`). */
export function specSchemaOf(o: Operation, part: Part): object {
  if (part === "body") return jsonBodyOf(o).schema;
  const params = part === "query" ? o.params.query : o.params.headers;
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p: Json) => [p.name, p.schema])),
    required: params.filter((p: Json) => p.required).map((p: Json) => p.name),
    additionalProperties: part === "query" && o.op["x-query-passthrough"] === true,
  };
}

const validators = new Map<string, ValidateFunction>();
/** ajv's validator for a part of an operation. */
export function specValidator(o: Operation, part: Part): ValidateFunction {
  const key = `${o.id} ${part}`;
  let v = validators.get(key);
  if (!v) validators.set(key, (v = compileInSpec(specSchemaOf(o, part))));
  return v;
}

/** The spec's examples of a part: the body's `example`/`examples`, or the parameters' `example`s as one object. */
export function examplesOf(o: Operation, part: Part): unknown[] {
  if (part === "body") {
    const body = jsonBodyOf(o);
    return body ? [...("example" in body ? [body.example] : []), ...Object.values<Json>(body.examples ?? {}).map((e) => e.value)] : [];
  }
  const params = (part === "query" ? o.params.query : o.params.headers).filter((p: Json) => "example" in p);
  return params.length ? [Object.fromEntries(params.map((p: Json) => [p.name, p.example]))] : [];
}

/** The part a documented case shows: the body where there is one, else the query. */
export const documentedPart = (o: Operation): Part => (jsonBodyOf(o) ? "body" : "query");

/** Every fixture file, by operationId. */
export const requestCorpus = new Map<string, RequestCase[]>(
  readdirSync(REQUEST_FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`${REQUEST_FIXTURES}${f}`, "utf8")) as RequestCase[]]),
);
export const allRequestCases = [...requestCorpus.entries()].flatMap(([id, cases]) => cases.map((c) => ({ id, c })));
export const requestTitle = (c: RequestCase) =>
  `${c.valid ? "accepts" : "rejects"} ${c.name}${c.valid ? "" : ` (${partOf(c).part} at ${c.path || "(root)"})`}`;
