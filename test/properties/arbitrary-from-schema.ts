// Turns the JSON Schemas of openapi.yaml into fast-check arbitraries of VALID values.
//
// Supported: `$ref` (local), `allOf` (merged), `oneOf`, `const`, `type` (string, number, integer,
// boolean, null, object, array), `required`, optional properties, `additionalProperties` (boolean),
// `minLength`/`maxLength` (Unicode code points), `minItems`/`maxItems`, `uniqueItems`,
// `minimum`/`maximum`, `minProperties`, `pattern`, `not: { enum }` (values ruled out) and `if`/`then`.
//
// Anything else fails loudly instead of being ignored:
// - a `pattern` needs a hand-written arbitrary in PATTERN_ARBITRARIES (keyed by the exact pattern
//   string); `assertPatternsCovered` scans the WHOLE spec, so adding a pattern to openapi.yaml breaks
//   the property tests until someone writes its arbitrary;
// - an `if`/`then` needs a hand-written repair in REPAIRS (keyed by the JSON pointer of the schema
//   that holds it): generated values are made to satisfy it after generation;
// - any other validation keyword (`enum`, `format`, `exclusiveMinimum`, ...) throws.
//
// Strings are built one code point at a time from pools that mix ASCII, whitespace, accented
// letters, other scripts, combining marks, emoji and their modifiers, astral letters and zero-width characters, so a length in the
// spec's sense (JSON Schema `maxLength`: code points) is the number of units. Lone surrogates are
// left out of VALID values on purpose (they cannot travel as UTF-8); agreement.test.ts feeds them
// to both validators.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SPEC_ID = "https://jelou-sdk.test/properties/openapi.yaml";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export * from "./spec-strings";
export * from "./json-helpers";
import { sdkView } from "../support/spec.js";
import { canonical, jsonValue } from "./json-helpers";
import { PATTERN_ARBITRARIES, REPAIRS, codePoints, patternsIn, sized, textUnit, type PatternArbitrary, type Repair } from "./spec-strings";

// ---- schema normalisation -------------------------------------------------------------------------

/** A schema with `$ref` and `allOf` merged away. */
export interface Node {
  ptr: string;
  type?: string;
  const?: unknown;
  hasConst?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Node;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean;
  oneOf?: Node[];
  /** Values `not: { enum }` rules out. */
  excluded?: unknown[];
  repairs: Repair[];
}

const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);
const SUPPORTED = new Set([
  "$ref",
  "allOf",
  "oneOf",
  "const",
  "type",
  "required",
  "properties",
  "additionalProperties",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "items",
  "minimum",
  "maximum",
  "minProperties",
  "if",
  "then",
  "not",
]);

const escapePtr = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");

const mergeNum = (a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) =>
  a === undefined ? b : b === undefined ? a : pick(a, b);

function merge(a: Node, b: Node): Node {
  const fail = (what: string) => {
    throw new Error(`arbitrary-from-schema: cannot merge ${what} of ${a.ptr} and ${b.ptr}`);
  };
  if (a.type && b.type && a.type !== b.type) fail("type");
  if (a.hasConst && b.hasConst && a.const !== b.const) fail("const");
  if (a.pattern && b.pattern && a.pattern !== b.pattern) fail("two patterns");
  if (a.oneOf && b.oneOf) fail("two oneOf");
  const properties = a.properties && b.properties ? { ...a.properties } : (a.properties ?? b.properties);
  if (a.properties && b.properties)
    for (const [k, v] of Object.entries(b.properties)) properties![k] = properties![k] ? merge(properties![k]!, v) : v;
  return {
    ptr: a.ptr,
    type: a.type ?? b.type,
    ...(a.hasConst ? { hasConst: true, const: a.const } : b.hasConst ? { hasConst: true, const: b.const } : {}),
    minLength: mergeNum(a.minLength, b.minLength, Math.max),
    maxLength: mergeNum(a.maxLength, b.maxLength, Math.min),
    pattern: a.pattern ?? b.pattern,
    minItems: mergeNum(a.minItems, b.minItems, Math.max),
    maxItems: mergeNum(a.maxItems, b.maxItems, Math.min),
    uniqueItems: a.uniqueItems || b.uniqueItems || undefined,
    items: a.items && b.items ? merge(a.items, b.items) : (a.items ?? b.items),
    minimum: mergeNum(a.minimum, b.minimum, Math.max),
    maximum: mergeNum(a.maximum, b.maximum, Math.min),
    minProperties: mergeNum(a.minProperties, b.minProperties, Math.max),
    properties,
    required: a.required || b.required ? [...new Set([...(a.required ?? []), ...(b.required ?? [])])] : undefined,
    additionalProperties:
      a.additionalProperties === false || b.additionalProperties === false ? false : (a.additionalProperties ?? b.additionalProperties),
    oneOf: a.oneOf ?? b.oneOf,
    excluded: a.excluded || b.excluded ? [...(a.excluded ?? []), ...(b.excluded ?? [])] : undefined,
    repairs: [...a.repairs, ...b.repairs],
  };
}

export interface GeneratorOptions {
  patterns?: Record<string, PatternArbitrary>;
  repairs?: Record<string, Repair>;
  specId?: string;
}

export interface Generator {
  spec: Json;
  ajv: Ajv2020;
  /** The compiled ajv validator of the schema at a JSON pointer (`#/components/schemas/Message`). */
  validatorAt(ptr: string): ValidateFunction;
  /** The normalised schema at a JSON pointer. */
  nodeAt(ptr: string): Node;
  /** An arbitrary of values valid against the schema at a JSON pointer. */
  arbitraryAt(ptr: string): fc.Arbitrary<Json>;
  /** Shorthand for `arbitraryAt("#/components/schemas/" + name)`. */
  component(name: string): fc.Arbitrary<Json>;
  /** The arbitrary of a normalised schema (e.g. a node's `items`). */
  arbitraryOf(node: Node): fc.Arbitrary<Json>;
}

export function createGenerator(spec: Json, options: GeneratorOptions = {}): Generator {
  const patterns = options.patterns ?? PATTERN_ARBITRARIES;
  const repairs = options.repairs ?? REPAIRS;
  const specId = options.specId ?? SPEC_ID;

  const missing = patternsIn(spec).filter((p) => !Object.hasOwn(patterns, p));
  if (missing.length)
    throw new Error(
      `arbitrary-from-schema: no arbitrary for pattern(s) ${missing.map((p) => JSON.stringify(p)).join(", ")}; add one to PATTERN_ARBITRARIES`,
    );

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(spec, specId);
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (ptr: string): ValidateFunction => {
    let v = validators.get(ptr);
    if (!v) {
      v = ajv.getSchema(specId + ptr);
      if (!v) throw new Error(`arbitrary-from-schema: ajv has no schema at ${ptr}`);
      validators.set(ptr, v);
    }
    return v;
  };

  const resolve = (ptr: string): Json => {
    if (!ptr.startsWith("#/")) throw new Error(`arbitrary-from-schema: only local $refs are supported, got ${ptr}`);
    let x: Json = spec;
    for (const raw of ptr.slice(2).split("/")) {
      const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      if (x === null || typeof x !== "object" || !(k in x)) throw new Error(`arbitrary-from-schema: dangling $ref ${ptr}`);
      x = x[k];
    }
    return x;
  };

  const nodes = new Map<string, Node>();
  const inProgress = new Set<string>();
  function normalize(raw: Json, ptr: string): Node {
    const cached = nodes.get(ptr);
    if (cached) return cached;
    if (inProgress.has(ptr)) throw new Error(`arbitrary-from-schema: recursive schema at ${ptr} is not supported`);
    if (raw === true || (raw && typeof raw === "object" && Object.keys(raw).length === 0)) return { ptr, repairs: [] };
    if (!raw || typeof raw !== "object") throw new Error(`arbitrary-from-schema: not a schema at ${ptr}`);
    inProgress.add(ptr);
    for (const key of Object.keys(raw))
      if (!ANNOTATIONS.has(key) && !key.startsWith("x-") && !SUPPORTED.has(key))
        throw new Error(`arbitrary-from-schema: unsupported keyword "${key}" at ${ptr}`);
    if (Array.isArray(raw.type)) throw new Error(`arbitrary-from-schema: type arrays are not supported (${ptr})`);
    if (raw.additionalProperties !== undefined && typeof raw.additionalProperties !== "boolean")
      throw new Error(`arbitrary-from-schema: schema-valued additionalProperties is not supported (${ptr})`);
    if (raw.then !== undefined && raw.if === undefined) throw new Error(`arbitrary-from-schema: "then" without "if" at ${ptr}`);
    if (raw.not !== undefined && !(Object.keys(raw.not).join() === "enum" && Array.isArray(raw.not.enum)))
      throw new Error(`arbitrary-from-schema: only "not": { "enum": [...] } is supported (${ptr})`);
    const own: Node = {
      ptr,
      type: raw.type,
      ...("const" in raw ? { hasConst: true, const: raw.const } : {}),
      minLength: raw.minLength,
      maxLength: raw.maxLength,
      pattern: raw.pattern,
      minItems: raw.minItems,
      maxItems: raw.maxItems,
      uniqueItems: raw.uniqueItems || undefined,
      items: raw.items === undefined ? undefined : normalize(raw.items, `${ptr}/items`),
      minimum: raw.minimum,
      maximum: raw.maximum,
      minProperties: raw.minProperties,
      properties: raw.properties
        ? Object.fromEntries(Object.entries(raw.properties).map(([k, s]) => [k, normalize(s, `${ptr}/properties/${escapePtr(k)}`)]))
        : undefined,
      required: raw.required,
      additionalProperties: raw.additionalProperties,
      excluded: raw.not?.enum,
      oneOf: raw.oneOf?.map((s: Json, i: number) => normalize(s, `${ptr}/oneOf/${i}`)),
      repairs: [],
    };
    if (raw.if !== undefined) {
      const repair = repairs[ptr];
      if (!repair) throw new Error(`arbitrary-from-schema: "if"/"then" at ${ptr} has no repair in REPAIRS`);
      own.repairs.push(repair);
    }
    let node = own;
    if (raw.$ref) node = merge(node, normalize(resolve(raw.$ref), raw.$ref));
    raw.allOf?.forEach((s: Json, i: number) => (node = merge(node, normalize(s, `${ptr}/allOf/${i}`))));
    if (node.pattern && node.type !== "string") throw new Error(`arbitrary-from-schema: pattern without type string at ${ptr}`);
    if (node.oneOf && (node.properties || node.items || node.hasConst))
      throw new Error(`arbitrary-from-schema: oneOf next to other constraints is not supported (${ptr})`);
    inProgress.delete(ptr);
    nodes.set(ptr, node);
    return node;
  }

  const arbitraries = new Map<Node, fc.Arbitrary<Json>>();
  function arbitrary(n: Node): fc.Arbitrary<Json> {
    const cached = arbitraries.get(n);
    if (cached) return cached;
    let a: fc.Arbitrary<Json>;
    if (n.hasConst) a = fc.constant(n.const);
    else if (n.oneOf) a = fc.oneof(...n.oneOf.map(arbitrary));
    else
      switch (n.type) {
        case "string": {
          const min = n.minLength ?? 0;
          if (n.pattern !== undefined) {
            const re = new RegExp(n.pattern, "u");
            const pattern = n.pattern;
            a = patterns[pattern]!(min, n.maxLength)
              .map((s) => {
                if (!re.test(s)) throw new Error(`arbitrary for pattern ${pattern} generated ${JSON.stringify(s)}, which does not match`);
                return s;
              })
              .filter((s) => codePoints(s) >= min && (n.maxLength === undefined || codePoints(s) <= n.maxLength));
          } else a = sized(textUnit, min, n.maxLength);
          break;
        }
        case "number": {
          const min = n.minimum ?? -1e12;
          const max = n.maximum ?? 1e12;
          a = fc
            .oneof(
              { weight: 4, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
              { weight: 1, arbitrary: fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) },
              { weight: 1, arbitrary: fc.constantFrom(min, max) },
            )
            .map((x) => (Object.is(x, -0) ? 0 : x));
          break;
        }
        case "integer":
          a = fc.integer({ min: n.minimum ?? -(2 ** 31), max: n.maximum ?? 2 ** 31 });
          break;
        case "boolean":
          a = fc.boolean();
          break;
        case "null":
          a = fc.constant(null);
          break;
        case "array": {
          const item = n.items ? arbitrary(n.items) : jsonValue();
          const minLength = n.minItems ?? 0;
          const maxLength = n.maxItems ?? minLength + 3;
          a = n.uniqueItems
            ? fc.uniqueArray(item, { minLength, maxLength, selector: canonical })
            : fc.array(item, { minLength, maxLength });
          break;
        }
        case "object": {
          const props = n.properties ?? {};
          const required = n.required ?? [];
          for (const r of required)
            if (!(r in props)) throw new Error(`arbitrary-from-schema: required "${r}" is not a declared property (${n.ptr})`);
          const declared = fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitrary(s)])), {
            requiredKeys: required,
            noNullPrototype: true,
          });
          a =
            n.additionalProperties === false
              ? declared
              : fc
                  .tuple(declared, fc.dictionary(fc.string({ maxLength: 8 }), jsonValue(2), { maxKeys: 4, noNullPrototype: true }))
                  .map(([d, extra]) => {
                    const out = { ...d };
                    for (const [k, v] of Object.entries(extra)) if (!(k in props) && k !== "__proto__") out[k] = v;
                    return out;
                  });
          if (n.minProperties) a = a.filter((o) => Object.keys(o).length >= n.minProperties!);
          break;
        }
        case undefined:
          a = jsonValue();
          break;
        default:
          throw new Error(`arbitrary-from-schema: unsupported type "${n.type}" at ${n.ptr}`);
      }
    const excluded = n.excluded;
    if (excluded) a = a.filter((x) => !excluded.includes(x));
    for (const r of n.repairs) a = a.map(r);
    arbitraries.set(n, a);
    return a;
  }

  const nodeAt = (ptr: string) => normalize(resolve(ptr), ptr);
  return {
    spec,
    ajv,
    validatorAt,
    nodeAt,
    arbitraryAt: (ptr) => arbitrary(nodeAt(ptr)),
    component: (name) => arbitrary(nodeAt(`#/components/schemas/${name}`)),
    arbitraryOf: arbitrary,
  };
}

/**
 * openapi.yaml as the SDK enforces it: each `x-sdk-pattern` in place of the portable `pattern`
 * beside it (ButtonTitle), so generated values are valid for the SDK and the spec alike, and the
 * agreement tests compare the SDK with what it claims to enforce.
 */
export const spec: Json = sdkView(parse(readFileSync(`${ROOT}openapi.yaml`, "utf8")));
/** The generator for openapi.yaml; importing this module fails if the spec has an unmapped pattern. */
export const gen = createGenerator(spec);
