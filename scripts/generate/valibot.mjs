// openapi.yaml's requests → generated/requests.ts: a valibot schema for each operation's JSON (or
// multipart) body, query parameters and header parameters, so the SDK checks every documented
// limit before sending without restating one. Each limit is read from generated/limits.ts by name;
// each component schema a request uses is one const, typed against generated/openapi.ts so that a
// schema that drifts from the spec's types fails to compile.
//
// Supported: the JSON Schema the request schemas use (objects, required, additionalProperties,
// $ref, string lengths and patterns, enum/const, integer/number bounds, boolean, arrays with item
// counts and uniqueItems, min/maxProperties, unions of primitive types, free-form objects, and
// `if`/`then`/`else` on one field's value). Anything else fails the generator, not the SDK.

/** Operations whose body is a message: hand-written in src/messages/ (see src/validate.ts). */
const HAND_WRITTEN = new Set(["sendMessage", "sendFlowMessage"]);

const SCHEMAS = "#/components/schemas/";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Keywords that say nothing a validator checks. */
const ANNOTATIONS = new Set([
  "description",
  "x-source",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "format",
  "contentMediaType",
]);
const WIDTH = 110;

/** `open items close` on one line when short, else one item a line (a nested item indented with it). */
function block(open, items, close) {
  const line = `${open}${items.join(", ")}${close}`;
  if (line.length <= WIDTH && !line.includes("\n")) return line;
  // One item that is itself a block hugs the brackets: `v.strictObject({` … `})`.
  if (items.length === 1 && /^[[{]/.test(items[0])) return `${open.trimEnd()}${items[0]}${close.trimStart()}`;
  return `${open.trimEnd()}\n${items.map((i) => `  ${i.replace(/\n/g, "\n  ")},`).join("\n")}\n${close.trimStart()}`;
}

/**
 * @param {any} spec the parsed openapi.yaml
 * @param {Record<string, { value: unknown, keyword: string, schema: string }>} limits generated/limits.json
 * @param {{ header: string, literal: (value: unknown) => string }} out
 */
export function requestsModule(spec, limits, { header, literal }) {
  const schemas = spec.components.schemas;
  // `<Schema.path>|<keyword>` → the limit's constant, as generated/limits.ts names it.
  const limitIds = new Map(Object.entries(limits).map(([id, l]) => [`${l.schema}|${l.keyword}`, id]));
  const usedLimits = new Set();
  const usedHelpers = new Set();
  /** Issue wordings of src/messages/wording.ts the schemas use: the SDK words an issue in one place. */
  const usedWording = new Set();
  /** Component schema name → its const's code; filled in dependency order (a topological sort). */
  const components = new Map();
  const visiting = new Set();

  const helper = (name) => (usedHelpers.add(name), name);
  /**
   * A call, marked pure: esbuild does not see valibot's own \`@__NO_SIDE_EFFECTS__\`, and an
   * unused schema is only dropped from a bundle when every call in it is marked.
   */
  const call = (fn, ...args) => block(`/*#__PURE__*/ ${fn}(`, args, ")");
  /** A call of a helper of src/messages/fields.ts. */
  const use = (name, ...args) => call(helper(name), ...args);
  const key = (k) => (IDENTIFIER.test(k) ? k : literal(k));
  const values = (list) => `[${list.map(literal).join(", ")}]`;
  const fail = (where, what) => {
    throw new Error(`scripts/generate/valibot.mjs: ${where?.join(".") || "(inline)"}: ${what}`);
  };

  /** The constant of a limit; `path` is where limits.json places it (null: inline, no constant). */
  function limit(path, keyword, value) {
    const id = path && limitIds.get(`${path.join(".")}|${keyword}`);
    if (!id) fail(path ?? [], `\`${keyword}: ${JSON.stringify(value)}\` has no constant in generated/limits.ts`);
    if (limits[id].value !== value) fail(path, `${id} is ${JSON.stringify(limits[id].value)}, not ${JSON.stringify(value)}`);
    usedLimits.add(id);
    return id;
  }

  /** The const of a component schema, emitting it (after what it uses) the first time. */
  function component(ref) {
    if (!ref.startsWith(SCHEMAS)) fail([ref], "only $refs to #/components/schemas/ are supported");
    const name = ref.slice(SCHEMAS.length);
    if (components.has(name)) return name;
    if (visiting.has(name)) fail([name], "recursive schemas are not supported");
    visiting.add(name);
    const code = schema(schemas[name], [name]);
    visiting.delete(name);
    components.set(name, `const ${name}: v.GenericSchema<unknown, S[${literal(name)}]> = ${code};`);
    return name;
  }

  /** The JSON type a schema without `type` constrains, from its keywords (a `then` may give only a limit). */
  function typeOf(s) {
    if (s.type) return s.type;
    if (s.properties || s.required || s.additionalProperties !== undefined || "minProperties" in s || "maxProperties" in s) return "object";
    if (s.items || "minItems" in s || "maxItems" in s || s.uniqueItems) return "array";
    if ("minLength" in s || "maxLength" in s || s.pattern) return "string";
    if ("minimum" in s || "maximum" in s) return "number";
    return undefined;
  }

  /** valibot code for a schema; `path` names its limits (component, then property names). */
  function schema(s, path) {
    if (s === true || s === undefined) return call("v.unknown");
    if (s === false) fail(path, "`false` schemas are not supported");
    if (s.$ref) return component(s.$ref);
    for (const k of ["not", "anyOf", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "patternProperties", "prefixItems", "contains"])
      if (k in s) fail(path, `\`${k}\` is not supported`);
    if (s.oneOf) return union(s.oneOf, path);
    if ("const" in s) return call("v.literal", literal(s.const));
    if (s.enum) return use("enumOf", values(s.enum));
    const type = typeOf(s);
    if (Array.isArray(type))
      return union(
        type.map((t) => ({ type: t })),
        path,
      );
    switch (type) {
      case undefined:
        if (s.if || s.allOf) fail(path, "conditions are only supported on objects");
        return call("v.unknown");
      case "string":
        return string(s, path);
      case "integer":
      case "number":
        return number(s, path, type === "integer");
      case "boolean":
        return call("v.boolean");
      case "null":
        return call("v.null");
      case "array":
        return array(s, path);
      case "object":
        return object(s, path);
      default:
        return fail(path, `type ${type} is not supported`);
    }
  }

  /** `oneOf` (or a list of types) of primitives: exactly one matches whenever any does. */
  function union(options, path) {
    const code = options.map((o) => {
      if (
        o.$ref ||
        !["string", "number", "integer", "boolean", "null"].includes(o.type) ||
        Object.keys(o).some((k) => k !== "type" && !ANNOTATIONS.has(k))
      )
        fail(path, "only `oneOf` of plain primitive types is supported");
      return o.type === "integer"
        ? call("v.pipe", call("v.number"), call("v.integer", (usedWording.add("NOT_INTEGER"), "NOT_INTEGER")))
        : call(`v.${o.type}`);
    });
    return call("v.union", block("[", code, "]"));
  }

  function string(s, path) {
    const pattern = s["x-sdk-pattern"] ?? s.pattern;
    const min = s.minLength ?? 0;
    const max = s.maxLength;
    if (pattern !== undefined) {
      if (min > 0 || max !== undefined) fail(path, "a pattern with a length is not supported");
      // `x-pattern-message` completes "must be …" for people; without it the issue quotes the pattern.
      const what = s["x-pattern-message"] === undefined ? [] : [JSON.stringify(s["x-pattern-message"])];
      return use("matching", limit(path, "x-sdk-pattern" in s ? "x-sdk-pattern" : "pattern", pattern), ...what);
    }
    if (min > 1) fail(path, `minLength ${min} is not supported (only 0 or 1)`);
    const maxCode = max === undefined ? undefined : limit(path, "maxLength", max);
    // minLength 1 needs no constant: `str()` is a non-empty string.
    if (min === 1) return maxCode ? use("str", maxCode) : use("str");
    return maxCode ? call("v.pipe", call("v.string"), use("maxChars", maxCode)) : call("v.string");
  }

  function number(s, path, integer) {
    if (s.minimum === undefined && s.maximum === undefined) return integer ? helper("integer") : call("v.number");
    const min = s.minimum === undefined ? "-Infinity" : limit(path, "minimum", s.minimum);
    const max = s.maximum === undefined ? "Infinity" : limit(path, "maximum", s.maximum);
    return integer ? use("range", min, max, "true") : use("range", min, max);
  }

  function array(s, path) {
    const item = schema(s.items, path);
    const min = s.minItems === undefined ? 0 : limit(path, "minItems", s.minItems);
    const max = s.maxItems === undefined ? [] : [limit(path, "maxItems", s.maxItems)];
    const code = s.minItems === undefined && s.maxItems === undefined ? call("v.array", item) : use("list", item, min, ...max);
    return s.uniqueItems ? use("unique", code) : code;
    return code;
  }

  function object(s, path) {
    const props = s.properties ?? {};
    const required = new Set(s.required ?? []);
    for (const k of required) if (!(k in props)) fail(path, `required \`${k}\` is not among the properties`);
    const entries = Object.entries(props).map(([k, p]) => {
      const code = schema(p, path && [...path, k]);
      return `${key(k)}: ${required.has(k) ? code : call("v.optional", code)}`;
    });
    const fields = block("{ ", entries, " }");
    const extra = s.additionalProperties;
    let code;
    if (extra === false) code = call("v.strictObject", fields);
    else if (extra === undefined && !entries.length)
      // openapi-typescript types it `Record<string, never>`, which no payload satisfies.
      return fail(
        path,
        "an object without properties needs `additionalProperties` (true: any keys), or its generated type is Record<string, never>",
      );
    else if (extra === true || extra === undefined) code = entries.length ? call("v.looseObject", fields) : helper("anyObject");
    else if (entries.length) code = call("v.objectWithRest", fields, schema(extra, path));
    else code = call("v.record", call("v.string"), schema(extra, path));
    // valibot's object schemas take an array for an object.
    if (code !== "anyObject") code = call("v.pipe", helper("anyObject"), code);
    if ("minProperties" in s || "maxProperties" in s) {
      const min = s.minProperties === undefined ? 0 : limit(path, "minProperties", s.minProperties);
      const max = s.maxProperties === undefined ? [] : [limit(path, "maxProperties", s.maxProperties)];
      code = use("keyCount", code, min, ...max);
    }
    const conditions = [...(s.if ? [{ if: s.if, then: s.then, else: s.else }] : []), ...(s.allOf ?? [])].map((c) => condition(c, path));
    if (conditions.length) code = use("when", code, ...conditions);
    return code;
  }

  /** `{ if, then, else }` on one field's `const`/`enum` → a `Condition` of src/messages/fields.ts. */
  function condition(c, path) {
    const extra = Object.keys(c).filter((k) => !["if", "then", "else"].includes(k) && !ANNOTATIONS.has(k));
    if (!c.if || extra.length) fail(path, "an allOf member must be an `if` with `then`/`else`");
    const fields = Object.entries(c.if.properties ?? {});
    if (fields.length !== 1 || Object.keys(c.if).some((k) => k !== "properties" && k !== "required"))
      fail(path, "an `if` must test one field");
    const [[field, test]] = fields;
    const tested = "const" in test ? [test.const] : test.enum;
    if (!tested || Object.keys(test).length !== 1) fail(path, "an `if` must test a field's `const` or `enum`");
    const required = c.if.required ?? [];
    if (required.some((k) => k !== field)) fail(path, "an `if` may only require the field it tests");
    const parts = [`key: ${literal(field)}`, `values: ${values(tested)}`];
    if (!required.length) parts.push("orAbsent: true");
    for (const branch of ["then", "else"]) if (c[branch] !== undefined) parts.push(`${branch}: ${rule(c[branch], path)}`);
    return block("{ ", parts, " }");
  }

  function rule(r, path) {
    if (Object.keys(r).some((k) => k !== "required" && k !== "properties"))
      fail(path, "a `then`/`else` may only have `required` and `properties`");
    const parts = [];
    if (r.required) parts.push(`required: ${values(r.required)}`);
    // `{}`, `true` and a description say nothing: the field's own schema already applies.
    const stricter = Object.entries(r.properties ?? {}).filter(([, p]) => p !== true && Object.keys(p).some((k) => !ANNOTATIONS.has(k)));
    if (stricter.length)
      parts.push(
        `properties: ${block(
          "{ ",
          stricter.map(([k, p]) => `${key(k)}: ${schema(p, path && [...path, k])}`),
          " }",
        )}`,
      );
    return block("{ ", parts, " }");
  }

  /** An object schema of an operation's parameters `in` query or header. */
  function parameters(params, op) {
    const s = {
      type: "object",
      properties: {},
      required: [],
      additionalProperties: op["x-query-passthrough"] === true && params[0].in === "query",
    };
    for (const p of params) {
      s.properties[p.name] = p.schema;
      if (p.required) s.required.push(p.name);
    }
    return schema(s, null);
  }

  const exports = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId || HAND_WRITTEN.has(op.operationId)) continue;
      const id = op.operationId;
      const where = `\`${method.toUpperCase()} ${route}\``;
      const opType = `operations[${literal(id)}]`;
      const content = op.requestBody?.content ?? {};
      for (const [media, suffix] of [
        ["application/json", "Body"],
        ["multipart/form-data", "Form"],
      ]) {
        if (!content[media]) continue;
        const type = `NonNullable<${opType}["requestBody"]>["content"][${literal(media)}]`;
        const code = content[media].schema.$ref ? component(content[media].schema.$ref) : schema(content[media].schema, null);
        exports.push(
          `/** ${where}: the ${media === "application/json" ? "JSON" : "multipart"} body. */\nexport const ${id}${suffix}: v.GenericSchema<unknown, ${type}> = ${code};`,
        );
      }
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        p.$ref ? spec.components.parameters[p.$ref.split("/").pop()] : p,
      );
      for (const [location, suffix] of [
        ["query", "Query"],
        ["header", "Headers"],
      ]) {
        const these = params.filter((p) => p.in === location);
        if (!these.length) continue;
        const passthrough = location === "query" && op["x-query-passthrough"] === true;
        const type = `NonNullable<${opType}["parameters"][${literal(location)}]>${passthrough ? " & { [key: string]: unknown }" : ""}`;
        const note = passthrough ? " (others pass through: `x-query-passthrough`)" : "";
        exports.push(
          `/** ${where}: the ${location} parameters${note}. */\nexport const ${id}${suffix}: v.GenericSchema<unknown, ${type}> = ${parameters(these, op)};`,
        );
      }
    }
  }

  // Events Jelou posts to the integrator (OAS 3.1 `webhooks:`): one schema per webhook body, as
  // `<webhookName>Event`, for receivers that validate with valibot (jelou-sdk/webhooks checks by hand).
  for (const [name, item] of Object.entries(spec.webhooks ?? {})) {
    const body = item.post?.requestBody?.content?.["application/json"]?.schema;
    if (!body?.$ref) fail([name], "a webhook needs a `post` JSON body that is a $ref");
    const type = `NonNullable<webhooks[${literal(name)}]["post"]["requestBody"]>["content"]["application/json"]`;
    exports.push(
      `/** Webhook \`${name}\`: the event Jelou posts. */\nexport const ${name}Event: v.GenericSchema<unknown, ${type}> = ${component(body.$ref)};`,
    );
  }

  const imports = [
    'import * as v from "valibot";',
    `import type { components, operations${spec.webhooks ? ", webhooks" : ""} } from "./openapi.js";`,
    `import { ${[...usedHelpers].sort().join(", ")} } from "../src/messages/fields.js";`,
  ];
  if (usedWording.size) imports.push(`import { ${[...usedWording].sort().join(", ")} } from "../src/messages/wording.js";`);
  if (usedLimits.size)
    imports.push(
      `import {\n${[...usedLimits]
        .sort()
        .map((l) => `  ${l},`)
        .join("\n")}\n} from "./limits.js";`,
    );
  return `${header}// One valibot schema per request body, query and header set of openapi.yaml (the message bodies
// are hand-written in src/messages/). Limits are generated/limits.ts constants; each schema is
// typed against generated/openapi.ts, so a schema that drifts from the spec fails to compile.
${imports.join("\n")}

type S = components["schemas"];

${[...components.values()].join("\n")}

${exports.join("\n\n")}
`;
}
