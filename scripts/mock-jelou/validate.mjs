// Checks a request against its operation with ajv (JSON Schema 2020-12): the JSON or multipart
// body, and the path, query and header parameters (query strings coerced where the schema says
// integer, number or boolean). Returns ajv-style errors whose instancePath says where
// (`/body/text`, `/query/limit`, `/path/botId`).
import Ajv2020 from "ajv/dist/2020.js";
import { ptr } from "./router.mjs";

const SPEC_ID = "https://mock-jelou.local/openapi.yaml";

/**
 * @typedef {{ instancePath: string, keyword: string, message?: string, params?: any, schemaPath?: string }} ContractError
 * @typedef {{ method: string, contentType: string, raw: Buffer, params: Record<string, string>,
 *   query: URLSearchParams, headers: Record<string, string | string[] | undefined> }} Incoming
 */

/** @type {WeakMap<object, (pointer: string) => import("ajv").ValidateFunction>} */
const compilers = new WeakMap();

/** ajv's validator for a JSON pointer of the spec: the spec is added once, each pointer compiled once. */
/** @param {import("./router.mjs").Contract} contract */
function validatorFor(contract) {
  let at = compilers.get(contract);
  if (at) return at;
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  ajv.addSchema(contract.spec, SPEC_ID);
  /** @type {Map<string, import("ajv").ValidateFunction>} */
  const seen = new Map();
  at = (pointer) => {
    let v = seen.get(pointer);
    if (!v) seen.set(pointer, (v = ajv.compile({ $ref: `${SPEC_ID}${pointer}` })));
    return v;
  };
  compilers.set(contract, at);
  return at;
}

/** The JSON type a schema wants (through `$ref`, `allOf`, `oneOf`, `anyOf`), for coercion. */
/** @param {import("./router.mjs").Contract} contract @param {any} schema @returns {string | undefined} */
export function typeOf(contract, schema, depth = 0) {
  schema = contract.resolve(schema);
  if (!schema || depth > 8) return undefined;
  if (schema.type) return [schema.type].flat().find((t) => t !== "null");
  for (const k of ["allOf", "oneOf", "anyOf"])
    for (const s of schema[k] ?? []) {
      const t = typeOf(contract, s, depth + 1);
      if (t) return t;
    }
  return undefined;
}

/** A string from a query, header or form field as the schema's type, when it reads as one. */
/** @param {string} text @param {string | undefined} type */
function coerce(text, type) {
  if ((type === "integer" && /^-?\d+$/.test(text)) || (type === "number" && text.trim() !== "" && !Number.isNaN(Number(text))))
    return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  if (type === "object" || type === "array") {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Runs one validator and returns its errors under `prefix`. */
/** @param {import("ajv").ValidateFunction} v @param {unknown} value @param {string} prefix @returns {ContractError[]} */
function check(v, value, prefix) {
  if (v(value)) return [];
  return (v.errors ?? []).map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` }));
}

/** Parameters of the operation (path-item ones overridden by operation ones), with their schema pointers. */
/** @param {import("./router.mjs").Contract} contract @param {import("./router.mjs").Route} route */
function parametersOf(contract, route) {
  /** @type {Map<string, { p: any, pointer: string }>} */
  const all = new Map();
  const base = `#/paths/${ptr(route.template)}`;
  const add = (/** @type {any[]} */ list, /** @type {string} */ at) =>
    list?.forEach((raw, i) => {
      const p = contract.resolve(raw);
      const ref = typeof raw.$ref === "string" && raw.$ref.startsWith("#/") ? raw.$ref : `${at}/parameters/${i}`;
      if (p?.name && p.in) all.set(`${p.in}:${p.name}`, { p, pointer: `${ref}/schema` });
    });
  add(route.pathItem.parameters, base);
  add(route.op.parameters, route.pointer);
  return [...all.values()];
}

/**
 * Every way the request breaks the operation's contract (empty when it keeps it).
 * @param {import("./router.mjs").Contract} contract @param {import("./router.mjs").Route} route @param {Incoming} req
 * @returns {Promise<ContractError[]>}
 */
export async function validateRequest(contract, route, req) {
  const at = validatorFor(contract);
  /** @type {ContractError[]} */
  const errors = [];
  const missing = (/** @type {string} */ where, /** @type {string} */ name) =>
    errors.push({
      instancePath: `/${where}`,
      keyword: "required",
      params: { missingProperty: name },
      message: `must have required ${where} parameter '${name}'`,
    });

  for (const { p, pointer } of parametersOf(contract, route)) {
    const type = typeOf(contract, p.schema);
    /** @type {unknown} */
    let value;
    if (p.in === "path") value = req.params[p.name];
    else if (p.in === "query") {
      const all = req.query.getAll(p.name);
      const items = type === "array" ? typeOf(contract, contract.resolve(p.schema)?.items) : undefined;
      value = !all.length
        ? undefined
        : type === "array"
          ? all.flatMap((v) => v.split(",")).map((v) => coerce(v, items))
          : coerce(all[0], type);
    } else if (p.in === "header") {
      const h = req.headers[p.name.toLowerCase()];
      value = h === undefined ? undefined : coerce(String(h), type);
    } else continue;
    if (value === undefined) {
      if (p.required) missing(p.in, p.name);
      continue;
    }
    if (p.schema) errors.push(...check(at(pointer), value, `/${p.in}/${p.name}`));
  }

  const body = contract.resolve(route.op.requestBody);
  const media = req.contentType.split(";")[0].trim().toLowerCase();
  if (!req.raw.length) {
    if (body?.required) errors.push({ instancePath: "/body", keyword: "required", message: "request body is required" });
    return errors;
  }
  const content = body?.content ?? {};
  const bodyPointer = `${route.pointer}/requestBody/content/${ptr(media)}/schema`;
  if (!content[media]) {
    errors.push({
      instancePath: "/body",
      keyword: "contentType",
      params: { contentType: media, allowed: Object.keys(content) },
      message: body ? `content type '${media}' is not accepted here` : "this operation takes no body",
    });
  } else if (media === "multipart/form-data") {
    errors.push(...check(at(bodyPointer), await formFields(contract, content[media].schema, req), "/body"));
  } else if (media.endsWith("json")) {
    let json;
    try {
      json = JSON.parse(req.raw.toString("utf8"));
    } catch {
      errors.push({ instancePath: "/body", keyword: "json", message: "body is not valid JSON" });
      return errors;
    }
    if (content[media].schema) errors.push(...check(at(bodyPointer), json, "/body"));
  }
  return errors;
}

/**
 * A multipart body as an object: text fields coerced to their schema type, each file as its file
 * name (so the non-file fields are what gets checked, and a required file counts as present).
 * @param {import("./router.mjs").Contract} contract @param {any} schema @param {Incoming} req
 */
async function formFields(contract, schema, req) {
  /** @type {Record<string, unknown>} */
  const out = {};
  let form;
  try {
    form = await new Request("http://mock.local/", {
      method: "POST",
      headers: { "content-type": req.contentType },
      body: new Uint8Array(req.raw),
    }).formData();
  } catch {
    return out;
  }
  const props = propertiesOf(contract, schema);
  for (const [name, v] of form) {
    const type = typeOf(contract, props[name]);
    const value = typeof v === "string" ? coerce(v, type) : v.name || "file";
    out[name] =
      name in out ? [out[name]].flat().concat(value) : type === "array" && typeof v === "string" && !Array.isArray(value) ? [value] : value;
  }
  return out;
}

/** The properties a schema declares, through `$ref` and `allOf`. */
/** @param {import("./router.mjs").Contract} contract @param {any} schema @returns {Record<string, any>} */
export function propertiesOf(contract, schema, depth = 0) {
  schema = contract.resolve(schema);
  if (!schema || depth > 8) return {};
  return Object.assign({}, ...(schema.allOf ?? []).map((/** @type {any} */ s) => propertiesOf(contract, s, depth + 1)), schema.properties);
}
