// The answer to a request that keeps the contract: the operation's documented 200 example (or the
// first of its `examples`), else a small value made up from the response schema.
import { propertiesOf } from "./validate.mjs";

/** The success response of an operation: 200, else the first 2xx. */
/** @param {import("./router.mjs").Contract} contract @param {any} op @returns {{ status: number, media?: any }} */
export function successOf(contract, op) {
  const codes = Object.keys(op.responses ?? {});
  const code = codes.includes("200") ? "200" : (codes.find((c) => /^2\d\d$/.test(c)) ?? "200");
  const response = contract.resolve(op.responses?.[code]);
  const content = response?.content ?? {};
  const media = content["application/json"] ?? Object.entries(content).find(([k]) => k.includes("json"))?.[1];
  return { status: Number(code), media };
}

/** The documented example of a media object or schema, if any. */
/** @param {import("./router.mjs").Contract} contract @param {any} holder @returns {{ value: unknown } | undefined} */
export function exampleOf(contract, holder) {
  if (!holder) return undefined;
  if ("example" in holder) return { value: holder.example };
  const first =
    holder.examples &&
    (Array.isArray(holder.examples) ? { value: holder.examples[0] } : contract.resolve(Object.values(holder.examples)[0]));
  return first && "value" in first ? { value: first.value } : undefined;
}

/** The documented (or made-up) 200 answer of an operation. */
/** @param {import("./router.mjs").Contract} contract @param {any} op @returns {{ status: number, body: unknown }} */
export function answerOf(contract, op) {
  const { status, media } = successOf(contract, op);
  if (!media) return { status, body: undefined };
  const doc = exampleOf(contract, media);
  return { status, body: structuredClone(doc ? doc.value : synthesise(contract, media.schema)) };
}

/**
 * A small value that fits the schema: its example, const, default or first enum value; else
 * strings "string" (ids `<name>_1`), numbers 1 (or the minimum), arrays of one item (or minItems).
 * @param {import("./router.mjs").Contract} contract @param {any} schema @param {string} [name] @returns {unknown}
 */
export function synthesise(contract, schema, name = "", depth = 0) {
  schema = contract.resolve(schema);
  if (!schema || typeof schema !== "object" || depth > 8) return null;
  const doc = exampleOf(contract, schema);
  if (doc) return structuredClone(doc.value);
  if ("const" in schema) return schema.const;
  if ("default" in schema) return structuredClone(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const alt = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alt && !schema.type && !schema.properties) return synthesise(contract, alt, name, depth + 1);
  if (schema.allOf && !schema.properties && !schema.type) {
    const parts = schema.allOf.map((/** @type {any} */ s) => synthesise(contract, s, name, depth + 1));
    return parts.every((p) => p && typeof p === "object" && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[parts.length - 1];
  }
  const type = [schema.type ?? (schema.properties || schema.allOf ? "object" : schema.items ? "array" : "string")]
    .flat()
    .find((t) => t !== "null");
  switch (type) {
    case "object": {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const [k, s] of Object.entries(propertiesOf(contract, schema))) out[k] = synthesise(contract, s, k, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => synthesise(contract, schema.items, name, depth + 1));
    case "integer":
    case "number":
      return Math.max(1, schema.minimum ?? 1, schema.exclusiveMinimum === undefined ? 1 : Math.floor(schema.exclusiveMinimum) + 1);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      if (schema.format === "date-time") return "2024-01-01T00:00:00Z";
      if (schema.format === "date") return "2024-01-01";
      if (schema.format === "uri" || schema.format === "url") return "https://example.com/";
      if (schema.format === "uuid") return "00000000-0000-4000-8000-000000000001";
      return /(^_?id|Id|_id)$/.test(name) ? `${name.replace(/^_/, "")}_1` : "string";
  }
}
