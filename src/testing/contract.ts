// Checks one request against openapi.yaml with the SDK's own schemas: the generated valibot request
// schemas (generated/requests.ts), `validateMessage` for messages and the flow button's schema, so
// the mock holds a request to exactly the rules the SDK enforces before sending, with the same
// issue wording, and ships no second validator.
import * as v from "valibot";
import { OPERATIONS, type OperationExample } from "../../generated/examples.js";
import type { operations } from "../../generated/openapi.js";
import * as requests from "../../generated/requests.js";
import type { Issue } from "../errors.js";
import { toIssue } from "../messages/build.js";
import { flowSchema } from "../messages/flow.js";
import { validateMessage } from "../validate.js";

/** The operationId of an operation of openapi.yaml (`"sendMessage"`, `"listTemplates"`, …). */
export type OperationId = keyof operations;

/** What the contract check found: the operation (when the path and method are known) and every issue. */
export interface Checked {
  operationId?: OperationId;
  operation?: OperationExample;
  params: Record<string, string>;
  json: unknown;
  issues: Issue[];
  /** Why no operation matched, for the 404 envelope. */
  unknown?: string;
}

const SCHEMAS = requests as unknown as Record<string, v.GenericSchema | undefined>;
/** Headers that carry a Jelou credential: each operation takes at most one of them. */
const CARRIERS = ["authorization", "x-api-key", "x-jelou-signature"];

interface Route {
  id: OperationId;
  op: OperationExample;
  exact: RegExp;
  // With a prefix: the SDK pointed at a proxy that lives under a path (`baseUrl: "https://x.dev/jelou"`).
  prefixed: RegExp;
  names: string[];
  literals: number;
}

const routes: Route[] = Object.entries(OPERATIONS)
  .map(([id, op]) => {
    const names: string[] = [];
    const source = op.path.replace(/\{([^}]+)\}|[^{]+/g, (lit, name?: string) =>
      name ? (names.push(name), "([^/]+)") : lit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    );
    const literals = op.path.split("/").filter((s) => s && !s.includes("{")).length;
    return { id: id as OperationId, op, exact: new RegExp(`^${source}$`), prefixed: new RegExp(`^(?:/.*)?${source}$`), names, literals };
  })
  // A literal segment beats a parameter (`/v1/users/state` before `/v1/users/{userId}`).
  .sort((a, b) => b.literals - a.literals);

/** The operation a method and path reach, with its decoded path parameters; else why none does. */
function match(method: string, path: string): { route?: Route; params: Record<string, string>; unknown?: string } {
  const allowed: string[] = [];
  for (const key of ["exact", "prefixed"] as const) {
    for (const route of routes) {
      const m = route[key].exec(path);
      if (!m) continue;
      if (route.op.method !== method) {
        allowed.push(route.op.method);
        continue;
      }
      try {
        const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
        return { route, params };
      } catch {
        continue; // a malformed %-escape reaches no path
      }
    }
    if (allowed.length) break;
  }
  return {
    params: {},
    unknown: allowed.length
      ? `${method} is not allowed on ${path} (${[...new Set(allowed)].join(", ")})`
      : `no operation for ${method} ${path}`,
  };
}

/**
 * Checks `value` with `schema`. Query and header values arrive as text: a field whose text reads as
 * a number or boolean is tried as one when the text alone does not pass, so `limit=10` is a number
 * and a numeric `botId` stays a string.
 */
function check(schema: v.GenericSchema, value: unknown, prefix: string, coerce: boolean): Issue[] {
  let r = v.safeParse(schema, value);
  if (!r.success && coerce) {
    const retry: Record<string, unknown> = { ...(value as object) };
    for (const i of r.issues) {
      const k = i.path?.[0]?.key;
      const text = typeof k === "string" ? retry[k] : undefined;
      if (typeof text !== "string") continue;
      if (text === "true" || text === "false") retry[k as string] = text === "true";
      else if (text.trim() !== "" && !Number.isNaN(Number(text))) retry[k as string] = Number(text);
    }
    r = v.safeParse(schema, retry);
  }
  return r.success ? [] : r.issues.map(toIssue).map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message }));
}

/** A query string as an object; a repeated key (openapi-fetch's exploded arrays) becomes an array. */
function queryObject(search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of new Set(search.keys())) {
    const all = search.getAll(k);
    out[k] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** A multipart body as the object the SDK validated: file parts as their text, structured fields as JSON. */
async function formObject(request: Request): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of await request.formData()) {
    if (typeof value !== "string") out[k] = await value.text();
    else if (/^\s*[[{]/.test(value)) {
      try {
        out[k] = JSON.parse(value);
      } catch {
        out[k] = value;
      }
    } else out[k] = value;
  }
  return out;
}

/** The request body as JSON (or as a form object), or the issue it raises. */
async function bodyOf(request: Request, id: OperationId): Promise<{ json: unknown; issues: Issue[] }> {
  const type = request.headers.get("content-type") ?? "";
  const form = SCHEMAS[`${id}Form`];
  if (form && type.startsWith("multipart/form-data")) {
    const json = await formObject(request);
    return { json, issues: check(form, json, "body", false) };
  }
  const text = await request.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    return { json: text, issues: [{ path: "body", message: "must be JSON" }] };
  }
  const issues = bodyIssues(id, json);
  if (json !== undefined && !type.includes("json"))
    issues.push({ path: "headers.content-type", message: `must be application/json, got ${JSON.stringify(type)}` });
  return { json, issues };
}

/** The issues of a JSON body against its operation's schema (hand-written for messages). */
function bodyIssues(id: OperationId, json: unknown): Issue[] {
  if (id === "sendMessage") {
    const r = validateMessage(json);
    return r.success ? [] : r.issues.map((i) => ({ path: i.path ? `body.${i.path}` : "body", message: i.message }));
  }
  const schema = id === "sendFlowMessage" ? flowSchema : SCHEMAS[`${id}Body`];
  if (!schema) return [];
  return json === undefined ? [{ path: "body", message: "is required" }] : check(schema, json, "body", false);
}

/** Checks a request against the contract; reads its body (give it a clone if the body is needed again). */
export async function checkRequest(request: Request): Promise<Checked> {
  const url = new URL(request.url);
  const { route, params, unknown } = match(request.method, url.pathname);
  if (!route) {
    const text = await request.text().catch(() => "");
    let json: unknown = text || undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {}
    return { params, json, issues: [{ path: "", message: unknown! }], unknown };
  }
  const { id, op } = route;
  const issues: Issue[] = [];
  // On Jelou's own hosts, an operation of one host sent to another would be a 404 there.
  const host = url.hostname.split(".")[0];
  if (url.hostname.endsWith(".jelou.ai") && host !== op.host)
    issues.push({ path: "url", message: `must be on ${op.host}.jelou.ai, got ${url.hostname}` });
  for (const h of CARRIERS) {
    if (h === op.credential) continue;
    // A credential meant for another host must never leave for this one.
    if (request.headers.has(h)) issues.push({ path: `headers.${h}`, message: "is not a known field" });
  }
  if (op.credential && !request.headers.get(op.credential)) issues.push({ path: `headers.${op.credential}`, message: "is required" });
  const query = SCHEMAS[`${id}Query`];
  if (query) issues.push(...check(query, queryObject(url.searchParams), "query", true));
  else if (url.search)
    issues.push(...[...new Set(url.searchParams.keys())].map((k) => ({ path: `query.${k}`, message: "is not a known field" })));
  const headers = SCHEMAS[`${id}Headers`];
  if (headers) {
    const given = Object.fromEntries((op.headers ?? []).flatMap((h) => (request.headers.has(h) ? [[h, request.headers.get(h)]] : [])));
    issues.push(...check(headers, given, "headers", true));
  }
  const body = await bodyOf(request, id);
  issues.push(...body.issues);
  return { operationId: id, operation: op, params, json: body.json, issues };
}
