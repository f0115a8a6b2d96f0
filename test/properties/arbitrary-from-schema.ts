// Turns the JSON Schemas of openapi.yaml into fast-check arbitraries of VALID values.
//
// Supported: `$ref` (local), `allOf` (merged), `oneOf`, `const`, `type` (string, number, integer,
// boolean, null, object, array), `required`, optional properties, `additionalProperties` (boolean),
// `minLength`/`maxLength` (Unicode code points), `minItems`/`maxItems`, `uniqueItems`,
// `minimum`/`maximum`, `minProperties`, `pattern` and `if`/`then`.
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
import type { ErrorObject, ValidateFunction } from "ajv";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SPEC_ID = "https://jelou-sdk.test/properties/openapi.yaml";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

// ---- character pools (one code point per unit) --------------------------------------------------

const cp = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c));
export const units = {
  ascii: cp(0x20, 0x7e),
  space: fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\u2028", "\ufeff"),
  latin: fc.oneof(fc.constantFrom(..."áéíóúñÑçÇüÜßøÅæœ"), cp(0xc0, 0x17f)),
  scripts: fc.oneof(
    cp(0x391, 0x3c9), // Greek
    cp(0x410, 0x44f), // Cyrillic
    cp(0x5d0, 0x5ea), // Hebrew
    cp(0x627, 0x64a), // Arabic
    cp(0x905, 0x939), // Devanagari
    cp(0x4e00, 0x9fff), // CJK
    cp(0xac00, 0xd7a3), // Hangul
  ),
  combining: cp(0x300, 0x36f),
  emoji: fc.oneof(cp(0x1f600, 0x1f64f), cp(0x1f300, 0x1f5ff), cp(0x1f900, 0x1f9ff), fc.constantFrom("❤", "☺", "✅", "⭐")),
  regional: cp(0x1f1e6, 0x1f1ff), // flags are pairs of these
  astral: fc.oneof(cp(0x1d400, 0x1d7ff), cp(0x20000, 0x2a6df), cp(0x10400, 0x1044f)), // math letters, CJK ext. B, Deseret
  zeroWidth: fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"),
  emojiParts: fc.oneof(fc.constantFrom("\ufe0f", "\u20e3"), cp(0x1f3fb, 0x1f3ff)), // VS16, keycap, skin tones
  control: cp(0x00, 0x1f),
};

/** Any code point a user could type, weighted towards ASCII. */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: units.ascii },
  { weight: 2, arbitrary: units.space },
  { weight: 2, arbitrary: units.latin },
  { weight: 2, arbitrary: units.scripts },
  { weight: 1, arbitrary: units.combining },
  { weight: 3, arbitrary: units.emoji },
  { weight: 1, arbitrary: units.regional },
  { weight: 2, arbitrary: units.astral },
  { weight: 1, arbitrary: units.zeroWidth },
  { weight: 1, arbitrary: units.emojiParts },
  { weight: 1, arbitrary: units.control },
);
const notSpaceUnit = textUnit.filter((c) => !/\s/u.test(c));

/** Length of a string in Unicode code points, the way JSON Schema counts. */
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const CHUNK = 48;
/** A string of exactly `n` units; long strings repeat a random chunk so generation stays cheap. */
export function exactly(unit: fc.Arbitrary<string>, n: number): fc.Arbitrary<string> {
  if (n <= CHUNK) return fc.array(unit, { minLength: n, maxLength: n }).map((a) => a.join(""));
  return fc.array(unit, { minLength: CHUNK, maxLength: CHUNK }).map((chunk) => {
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = chunk[i % CHUNK]!;
    return out.join("");
  });
}

/** A string of `min`..`max` units: often short, sometimes exactly at either bound, rarely huge. */
export function sized(unit: fc.Arbitrary<string>, min: number, max?: number): fc.Arbitrary<string> {
  const upTo = (n: number) => fc.integer({ min, max: max === undefined ? min + n : Math.min(max, min + n) });
  const lengths = fc.oneof(
    { weight: 12, arbitrary: upTo(24) },
    { weight: 4, arbitrary: upTo(200) },
    { weight: 2, arbitrary: fc.constant(min) },
    // With a maxLength: exactly at it, or anywhere up to it. Without: prove there is no hidden limit.
    ...(max === undefined
      ? [{ weight: 1, arbitrary: upTo(5000) }]
      : [
          { weight: 3, arbitrary: fc.constant(max) },
          { weight: 1, arbitrary: upTo(max - min) },
        ]),
  );
  return lengths.chain((n) => exactly(unit, n));
}

// ---- patterns: one hand-written arbitrary per pattern string of the spec -----------------------

export type PatternArbitrary = (min: number, max: number | undefined) => fc.Arbitrary<string>;

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (lo: number, hi: number) => fc.array(digit, { minLength: lo, maxLength: hi }).map((d) => d.join(""));
const e164Digits = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(6, 14)).map(([a, b]) => `${a}${b}`);

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([ls, tld]) => [...ls, tld].join("."));
const host = fc.oneof(
  { weight: 6, arbitrary: domain },
  { weight: 1, arbitrary: fc.constantFrom("münchen.de", "例え.jp", "😀.ws", "xn--mnchen-3ya.de", "[::1]", "127.0.0.1", "user:pa$$@example.com") },
  { weight: 1, arbitrary: fc.tuple(domain, fc.integer({ min: 1, max: 65535 })).map(([d, p]) => `${d}:${p}`) },
  // Whatever the pattern allows: no whitespace, no `/`, `?` or `#`.
  { weight: 1, arbitrary: fc.array(notSpaceUnit.filter((c) => !/[/?#]/.test(c)), { minLength: 1, maxLength: 12 }).map((a) => a.join("")) },
);
const urlRest = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.array(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/), { maxLength: 4 }).map((s) => "/" + s.join("/")) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("/", "?", "#"), fc.array(notSpaceUnit, { maxLength: 30 })).map(([a, b]) => a + b.join("")) },
);

/** An absolute URL with the given scheme; with a maxLength, sometimes exactly that long. */
const webUrl = (schemes: fc.Arbitrary<string>, max: number | undefined): fc.Arbitrary<string> => {
  const url = fc.tuple(schemes, host, urlRest).map(([s, h, r]) => `${s}://${h}${r}`);
  if (max === undefined) return url;
  const longest = fc
    .tuple(schemes, domain, fc.array(notSpaceUnit, { minLength: 1, maxLength: 16 }))
    .map(([s, d, chunk]) => {
      let out = `${s}://${d}/`;
      for (let i = 0, n = codePoints(out); n < max; i++, n++) out += chunk[i % chunk.length];
      return out;
    });
  return fc.oneof({ weight: 4, arbitrary: url }, { weight: 1, arbitrary: longest });
};

// ButtonTitle: what the pattern's character class forbids, and what counts as blank.
export const TITLE_FORBIDDEN = /[*_~`\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0F\u20E3]/u;
export const TITLE_BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;
export const titleUnit = textUnit.filter((c) => !TITLE_FORBIDDEN.test(c));

export const HTTPS_URL = "^https://[^\\s/?#]+([/?#]\\S*)?$";
export const WEB_URL = "^https?://[^\\s/?#]+([/?#]\\S*)?$";
export const BUTTON_TITLE =
  "^(?![\\s\\u200B-\\u200D\\u2060\\uFEFF]*$)[^*_~`\\p{Extended_Pictographic}\\p{Regional_Indicator}\\p{Emoji_Modifier}\\uFE0F\\u20E3]+$";

/** Pattern string (exactly as in openapi.yaml) → arbitrary of strings that match it. */
export const PATTERN_ARBITRARIES: Record<string, PatternArbitrary> = {
  // HttpsUrl (media): absolute https URL without whitespace.
  [HTTPS_URL]: (_min, max) => webUrl(fc.constant("https"), max),
  // WebUrl (buttons): http or https.
  [WEB_URL]: (_min, max) => webUrl(fc.constantFrom("https", "http"), max),
  // ButtonTitle: not blank (zero-width counts as blank), no emoji, skin tones, keycaps, VS16,
  // regional indicators, nor WhatsApp markdown `*_~` and backtick.
  [BUTTON_TITLE]: (min, max) => sized(titleUnit, Math.max(min, 1), max).filter((s) => !TITLE_BLANK.test(s)),
  // Contact phone: E.164.
  "^\\+[1-9][0-9]{6,14}$": () => e164Digits.map((d) => `+${d}`),
  // Contact email: something@something, no whitespace.
  "^[^\\s@]+@[^\\s@]+$": () => {
    const part = fc.array(notSpaceUnit.filter((c) => c !== "@"), { minLength: 1, maxLength: 16 }).map((a) => a.join(""));
    const realistic = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/), domain).map(([l, d]) => `${l}@${d}`);
    return fc.oneof({ weight: 3, arbitrary: realistic }, { weight: 1, arbitrary: fc.tuple(part, part).map(([l, d]) => `${l}@${d}`) });
  },
  // Flow endpoint's userId path parameter: phone number without `+`.
  "^[1-9][0-9]{6,14}$": () => e164Digits,
};

/** Every `pattern` value anywhere in the document (paths, parameters, components). */
export function patternsIn(doc: Json): string[] {
  const found = new Set<string>();
  const walk = (x: Json) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object")
      for (const [k, v] of Object.entries(x)) {
        if (k === "pattern" && typeof v === "string") found.add(v);
        walk(v);
      }
  };
  walk(doc);
  return [...found];
}

// ---- if/then repairs ------------------------------------------------------------------------------

export type Repair = (value: Json) => Json;

/** JSON pointer of a schema holding `if`/`then` → a function making a generated value satisfy it. */
export const REPAIRS: Record<string, Repair> = {
  // "All cards use the same header type": every card takes the header kind of the first card, so
  // image-only and video-only carousels are equally likely.
  "#/components/schemas/CarouselMessage/properties/parameters": (params) => {
    const kind: string = params.cards[0].header.type;
    return {
      ...params,
      cards: params.cards.map((c: Json) =>
        c.header.type === kind ? c : { ...c, header: { type: kind, [kind]: { link: c.header[c.header.type].link } } },
      ),
    };
  },
};

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
  repairs: Repair[];
}

const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);
const SUPPORTED = new Set([
  "$ref", "allOf", "oneOf", "const", "type", "required", "properties", "additionalProperties",
  "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "items",
  "minimum", "maximum", "minProperties", "if", "then",
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

/** A canonical JSON string (sorted keys): what `uniqueItems` compares. */
export function canonical(x: Json): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(",")}]`;
  if (x && typeof x === "object")
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
      .join(",")}}`;
  return JSON.stringify(x);
}

/** Deeply replaces -0 (which JSON turns into 0) by 0. */
export function noNegativeZero<T>(x: T): T {
  if (Object.is(x, -0)) return 0 as T;
  if (Array.isArray(x)) return x.map(noNegativeZero) as T;
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x)) Object.defineProperty(out, k, { value: noNegativeZero((x as Json)[k]), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return x;
}

/** Any JSON value (free-form payloads, junk). */
export const jsonValue = (maxDepth = 3): fc.Arbitrary<Json> => fc.jsonValue({ maxDepth }).map(noNegativeZero);

export function ajvErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
}

/**
 * `validate(x)`, except for a known crash of ajv 8 (its `uniqueItems` uses fast-deep-equal, which
 * calls `a.toString()` / `a.valueOf()` when an item has an OWN key of that name: JSON such as
 * `"quick_replies": [{"title":"a"}, {"title":"b","toString":1}]` makes ajv throw). The only
 * `uniqueItems` array of the spec holds quick-reply buttons, which allow no such key, so the spec's
 * verdict there is "invalid".
 */
export function ajvAccepts(validate: (x: unknown) => boolean, x: unknown): boolean {
  try {
    return validate(x);
  } catch (e) {
    if (e instanceof TypeError && /^a\.(toString|valueOf) is not a function$/.test(e.message)) return false;
    throw e;
  }
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
          const declared = fc.record(
            Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitrary(s)])),
            { requiredKeys: required, noNullPrototype: true },
          );
          a =
            n.additionalProperties === false
              ? declared
              : fc
                  .tuple(declared, fc.dictionary(fc.string({ maxLength: 8 }), jsonValue(2), { maxKeys: 4, noNullPrototype: true }))
                  .map(([d, extra]) => {
                    const out = { ...d };
                    for (const [k, v] of Object.entries(extra))
                      if (!(k in props) && k !== "__proto__") out[k] = v;
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

export const spec: Json = parse(readFileSync(`${ROOT}openapi.yaml`, "utf8"));
/** The generator for openapi.yaml; importing this module fails if the spec has an unmapped pattern. */
export const gen = createGenerator(spec);
