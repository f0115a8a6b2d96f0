// Mutations of valid payloads. `limitMutations` breaks exactly ONE documented limit at a random
// place, so the path of the issue is known by construction; `junkMutations` (agreement test only)
// damages values with no such promise.
//
// Places are found by walking a value along its normalised schema. At a `oneOf`, the branch is
// the one ajv accepts (or, for an already damaged value, the one with the fewest errors).
import fc from "fast-check";
import {
  BUTTON_TITLE,
  HTTPS_URL,
  WEB_URL,
  ajvAccepts,
  canonical,
  codePoints,
  exactly,
  jsonValue,
  textUnit,
  titleUnit,
  units,
  type Generator,
  type Json,
  type Node,
} from "./arbitrary-from-schema";

export type PathItem = string | number;

export interface Site {
  path: PathItem[];
  node: Node;
  value: Json;
  /** The other branches of the `oneOf` this node was picked from (empty outside a oneOf). */
  siblings: Node[];
}

export type Kind =
  | "too-long"
  | "empty-string"
  | "too-many-items"
  | "too-few-items"
  | "duplicate-item"
  | "out-of-range"
  | "non-integer"
  | "unknown-key"
  | "missing-required"
  | "wrong-const"
  | "http-not-https"
  | "bad-scheme"
  | "pattern"
  | "empty-object";

export const LIMIT_KINDS: Kind[] = [
  "too-long", "empty-string", "too-many-items", "too-few-items", "duplicate-item", "out-of-range", "non-integer",
  "unknown-key", "missing-required", "wrong-const", "http-not-https", "bad-scheme", "pattern", "empty-object",
];

export interface Mutation {
  kind: Kind | string;
  /** Dot-joined path of the issue the mutation must produce (`options.10.title`). */
  path: string;
  payload: Json;
  /** What was done, for failure messages. */
  what: string;
}

export const dotted = (path: PathItem[]) => path.map(String).join(".");

function pickBranch(gen: Generator, n: Node, v: Json): Node {
  let best = n.oneOf![0]!;
  let fewest = Infinity;
  for (const b of n.oneOf!) {
    const validate = gen.validatorAt(b.ptr);
    if (ajvAccepts(validate, v)) return b;
    const errors = validate.errors?.length ?? 0;
    if (errors < fewest) (fewest = errors), (best = b);
  }
  return best;
}

/** Every place of `value` with the schema that governs it. */
export function sites(gen: Generator, rootPtr: string, value: Json): Site[] {
  const out: Site[] = [];
  const walk = (n: Node, v: Json, path: PathItem[], siblings: Node[]): void => {
    if (n.oneOf) {
      const branch = pickBranch(gen, n, v);
      return walk(branch, v, path, n.oneOf.filter((b) => b !== branch));
    }
    out.push({ path, node: n, value: v, siblings });
    if (Array.isArray(v)) {
      if (n.items) v.forEach((x, i) => walk(n.items!, x, [...path, i], []));
    } else if (v && typeof v === "object" && n.properties) {
      for (const k of Object.keys(v)) if (Object.hasOwn(n.properties, k)) walk(n.properties[k]!, v[k], [...path, k], []);
    }
  };
  walk(gen.nodeAt(rootPtr), value, [], []);
  return out;
}

// ---- presence discriminators -----------------------------------------------------------------------
// Text vs list and URL card vs quick-reply card are told apart by whether a key is THERE (`options`,
// card `type`), not by a const value. Adding or removing such a key turns one kind into the other
// instead of breaking a limit, so those keys are left alone by `unknown-key` and `missing-required`.

const constDistinguishable = (a: Node, b: Node) =>
  Object.entries(a.properties ?? {}).some(
    ([k, p]) => p.hasConst && b.properties?.[k]?.hasConst && b.properties[k]!.const !== p.const,
  );

export function presenceKeys(site: Site): { cannotAdd: Set<string>; cannotRemove: Set<string> } {
  const cannotAdd = new Set<string>();
  const cannotRemove = new Set<string>();
  for (const s of site.siblings) {
    if (constDistinguishable(site.node, s)) continue;
    for (const k of s.required ?? []) if (!site.node.properties?.[k]) cannotAdd.add(k);
    for (const k of site.node.required ?? []) if (!s.properties?.[k]) cannotRemove.add(k);
  }
  return { cannotAdd, cannotRemove };
}

// ---- editing ------------------------------------------------------------------------------------

/** A deep copy of `root` where `edit` has changed the value at `path` (or its parent when `parent`). */
export function edit(root: Json, path: PathItem[], change: (container: Json, key: PathItem) => void): Json {
  const copy = structuredClone(root);
  if (path.length === 0) throw new Error("edit: cannot edit the root itself");
  let x = copy;
  for (const k of path.slice(0, -1)) x = x[k];
  change(x, path[path.length - 1]!);
  return copy;
}
const replaceAt = (root: Json, path: PathItem[], value: Json) =>
  path.length === 0 ? value : edit(root, path, (c, k) => (c[k] = value));

/** Defines an own property even for keys like `__proto__`. */
export const defineKey = (o: Json, k: string, v: Json) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

let allConsts: Set<unknown> | undefined;
function constsIn(spec: Json): Set<unknown> {
  if (allConsts) return allConsts;
  const found = new Set<unknown>();
  const walk = (x: Json) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object")
      for (const [k, v] of Object.entries(x)) {
        if (k === "const") found.add(v);
        walk(v);
      }
  };
  walk(spec);
  return (allConsts = found);
}

const flipCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase());

/** Keys that no object of the spec declares, plus some that look plausible or are special in JS. */
const strangeKey = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("lng", "caption", "mediaURL", "Type", "userid", "buttons", "payload", "url", "extra") },
  { weight: 1, arbitrary: fc.constantFrom("constructor", "toString", "hasOwnProperty", "__proto__", "valueOf", "0", "") },
  { weight: 2, arbitrary: fc.string({ unit: textUnit, minLength: 1, maxLength: 10 }) },
);

/** A string of `n` code points that still matches `pattern` (so only the length is wrong). */
function overflow(pattern: string | undefined, n: number, original: string): fc.Arbitrary<string> {
  if (pattern === undefined)
    return fc.oneof(exactly(units.emoji, n), exactly(textUnit, n), exactly(units.ascii, n), exactly(units.astral, n));
  if (pattern === HTTPS_URL || pattern === WEB_URL) {
    const scheme = original.startsWith("http://") ? "http" : "https";
    return exactly(fc.oneof(units.emoji, units.ascii.filter((c) => c !== " ")), n).map((pad) => {
      const head = `${scheme}://example.com/`;
      return head + [...pad].slice(codePoints(head)).join("");
    });
  }
  if (pattern === BUTTON_TITLE) return exactly(fc.oneof(titleUnit, units.astral), n).filter((s) => /\S/u.test(s) && new RegExp(pattern, "u").test(s));
  throw new Error(`mutations: no over-long generator for pattern ${pattern}`);
}

/** Strings that break `pattern` while respecting the length limits. */
const PATTERN_BREAKERS: Record<string, (s: string) => fc.Arbitrary<string>> = {
  [BUTTON_TITLE]: (s) =>
    fc
      .tuple(fc.nat(Math.max(0, codePoints(s) - 1)), fc.oneof(units.emoji, units.regional, fc.constantFrom("*", "_", "~", "`", "\ufe0f", "\u20e3", "🏽")))
      .map(([i, bad]) => {
        const cps = [...s];
        cps[i] = bad;
        return cps.join("");
      }),
  "^\\+[1-9][0-9]{6,14}$": (s) => fc.constantFrom(s.slice(1), `+0${s.slice(2)}`, `${s}0123456789`.slice(0, 17), `${s.slice(0, 4)} ${s.slice(4)}`, "+1234"),
  "^[^\\s@]+@[^\\s@]+$": (s) => fc.constantFrom(s.replace("@", ""), `${s}@x`, `@${s.split("@")[1]}`, `${s.split("@")[0]}@`, s.replace("@", " @")),
  [HTTPS_URL]: (s) => fc.constantFrom(s.replace(/^https/, "ftp"), s.replace(/^https:\/\//, "//"), `${s} x`, s.replace(/^https:\/\//, "https:// ")),
  [WEB_URL]: (s) => fc.constantFrom(s.replace(/^https?/, "ftp"), s.replace(/^https?:\/\//, ""), `${s} x`),
};

/** For one place: the single-limit mutations that apply there. */
function limitMutationsAt(gen: Generator, root: Json, site: Site): Array<[Kind, fc.Arbitrary<Mutation>]> {
  const { node: n, value: v, path } = site;
  const at = dotted(path);
  const out: Array<[Kind, fc.Arbitrary<Mutation>]> = [];
  const add = (kind: Kind, arb: fc.Arbitrary<Json>, what: (x: Json) => string, target = path, expected = at) =>
    out.push([kind, arb.map((x) => ({ kind, path: expected, payload: replaceAt(root, target, x), what: what(x) }))]);

  if (n.hasConst) {
    if (typeof n.const === "string" && path.length > 0) {
      const c = n.const;
      const consts = constsIn(gen.spec);
      add(
        "wrong-const",
        fc
          .oneof(fc.constantFrom(flipCase(c), `${c}s`, c.slice(0, -1), ` ${c}`, "document", "button", "Text"), fc.string({ maxLength: 12 }))
          .filter((x) => !consts.has(x)),
        (x) => `${at}: ${JSON.stringify(c)} → ${JSON.stringify(x)}`,
      );
    }
    return out;
  }

  // Only strings that are valid where they stand (agreement.test stacks mutations, so a title may
  // already be too long): otherwise a breaker's filter could never be satisfied, and fast-check
  // would retry forever.
  const fits = (s: string) =>
    codePoints(s) >= (n.minLength ?? 0) &&
    (n.maxLength === undefined || codePoints(s) <= n.maxLength) &&
    (n.pattern === undefined || new RegExp(n.pattern, "u").test(s));
  if (typeof v === "string" && n.type === "string" && fits(v)) {
    if (n.maxLength !== undefined)
      add("too-long", overflow(n.pattern, n.maxLength + 1, v), (x) => `${at}: ${codePoints(x)} code points (max ${n.maxLength}): ${JSON.stringify(x.slice(0, 30))}…`);
    if ((n.minLength ?? 0) >= 1) add("empty-string", fc.constant(""), () => `${at}: ""`);
    if (n.pattern === HTTPS_URL) add("http-not-https", fc.constant(v.replace(/^https:/, "http:")), (x) => `${at}: ${JSON.stringify(x)}`);
    if (n.pattern === WEB_URL)
      add("bad-scheme", fc.constantFrom("ftp", "file", "javascript", "HTTPS", "httpss", "wss").map((s) => v.replace(/^https?/, s)), (x) => `${at}: ${JSON.stringify(x)}`);
    if (n.pattern !== undefined && PATTERN_BREAKERS[n.pattern])
      add(
        "pattern",
        PATTERN_BREAKERS[n.pattern]!(v).filter(
          (x) => !new RegExp(n.pattern!, "u").test(x) && codePoints(x) >= (n.minLength ?? 0) && (n.maxLength === undefined || codePoints(x) <= n.maxLength),
        ),
        (x) => `${at}: ${JSON.stringify(x)} breaks ${n.pattern}`,
      );
  }

  if (typeof v === "number" && (n.type === "number" || n.type === "integer")) {
    const int = n.type === "integer";
    const delta = int
      ? fc.integer({ min: 1, max: 1000 })
      : fc.oneof(fc.constant(1e-9), fc.constant(1), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    if (n.minimum !== undefined) {
      const min = n.minimum;
      add("out-of-range", delta.map((d) => (min - d < min ? min - d : min - 1)), (x) => `${at}: ${x} < minimum ${min}`);
    }
    if (n.maximum !== undefined) {
      const max = n.maximum;
      add("out-of-range", delta.map((d) => (max + d > max ? max + d : max + 1)), (x) => `${at}: ${x} > maximum ${max}`);
    }
    if (int) {
      const lo = n.minimum ?? -100;
      const hi = n.maximum ?? 100;
      add(
        "non-integer",
        fc.tuple(fc.integer({ min: lo, max: hi - 1 }), fc.double({ min: 0.001, max: 0.999, noNaN: true })).map(([a, b]) => a + b),
        (x) => `${at}: ${x} is not an integer`,
      );
    }
  }

  if (Array.isArray(v) && n.type === "array") {
    const items = n.items;
    // (Only arrays within their limits: an already damaged one may not be. A negative length would
    // make fc.array allocate until the heap runs out.)
    if (n.maxItems !== undefined && items && v.length <= n.maxItems) {
      const k = n.maxItems + 1 - v.length;
      const extra: fc.Arbitrary<Json[]> = n.uniqueItems
        ? fc
            .uniqueArray(gen.arbitraryOf(items), { minLength: k, maxLength: k, selector: canonical })
            .filter((xs) => xs.every((x) => !v.some((y) => canonical(y) === canonical(x))))
        : v.length === 0
          ? fc.array(gen.arbitraryOf(items), { minLength: k, maxLength: k })
          : fc.array(fc.nat(v.length - 1), { minLength: k, maxLength: k }).map((is) => is.map((i) => structuredClone(v[i])));
      add("too-many-items", extra.map((xs) => [...v, ...xs]), (x) => `${at}: ${x.length} items (max ${n.maxItems})`);
    }
    if ((n.minItems ?? 0) >= 1 && v.length >= n.minItems!) add("too-few-items", fc.constant(v.slice(0, n.minItems! - 1)), (x) => `${at}: ${x.length} items (min ${n.minItems})`);
    if (n.uniqueItems && v.length >= 1 && (n.maxItems === undefined || (n.maxItems >= 2 && v.length <= n.maxItems))) {
      const grow = n.maxItems === undefined || v.length < n.maxItems;
      add(
        "duplicate-item",
        fc.tuple(fc.nat(v.length - 1), fc.nat(grow ? v.length : v.length - 1)).filter(([i, j]) => grow || i !== j).map(([i, j]) => {
          const copy = structuredClone(v);
          if (grow) copy.splice(j, 0, structuredClone(v[i]));
          else copy[j] = structuredClone(v[i]);
          return copy;
        }),
        (x) => `${at}: ${JSON.stringify(x)} has a duplicate`,
      );
    }
  }

  if (v && typeof v === "object" && !Array.isArray(v) && n.type === "object") {
    const props = n.properties ?? {};
    const { cannotAdd, cannotRemove } = presenceKeys(site);
    if (n.additionalProperties === false) {
      const key = strangeKey.filter((k) => !Object.hasOwn(props, k) && !cannotAdd.has(k));
      out.push([
        "unknown-key",
        fc.tuple(key, jsonValue(2)).map(([k, x]) => ({
          kind: "unknown-key",
          path: dotted([...path, k]),
          payload: path.length ? edit(root, path, (c, p) => defineKey(c[p], k, x)) : defineKey(structuredClone(root), k, x),
          what: `${at || "(root)"}: added ${JSON.stringify(k)}: ${JSON.stringify(x)?.slice(0, 40)}`,
        })),
      ]);
    }
    const removable = (n.required ?? []).filter((k) => Object.hasOwn(v, k) && !cannotRemove.has(k));
    if (removable.length)
      out.push([
        "missing-required",
        fc.constantFrom(...removable).map((k) => ({
          kind: "missing-required",
          path: dotted([...path, k]),
          payload: edit(root, [...path, k], (c, p) => delete c[p]),
          what: `${at || "(root)"}: removed required ${JSON.stringify(k)}`,
        })),
      ]);
    if (n.minProperties !== undefined && n.minProperties >= 1 && (n.required ?? []).length === 0 && path.length > 0)
      add("empty-object", fc.constant({}), () => `${at}: {} (minProperties ${n.minProperties})`);
  }
  return out;
}

/**
 * A mutation that breaks exactly one documented limit of `payload` (valid against the schema at
 * `rootPtr`): a kind is picked uniformly among those that apply, then a place of that kind.
 */
export function limitMutation(gen: Generator, rootPtr: string, payload: Json): fc.Arbitrary<Mutation> {
  const arb = tryLimitMutation(gen, rootPtr, payload);
  if (!arb) throw new Error(`mutations: nothing to mutate in ${JSON.stringify(payload)}`);
  return arb;
}

/** Like `limitMutation`, for values that may already be damaged: `undefined` when nothing applies. */
export function tryLimitMutation(gen: Generator, rootPtr: string, payload: Json): fc.Arbitrary<Mutation> | undefined {
  const byKind = new Map<Kind, fc.Arbitrary<Mutation>[]>();
  for (const site of sites(gen, rootPtr, payload))
    for (const [kind, arb] of limitMutationsAt(gen, payload, site)) byKind.set(kind, [...(byKind.get(kind) ?? []), arb]);
  if (byKind.size === 0) return undefined;
  return fc.oneof(...[...byKind.values()].map((arbs) => fc.oneof(...arbs)));
}

// ---- junk (agreement test) ---------------------------------------------------------------------------

/** Values of the wrong shape, and shapes JavaScript validators are known to get wrong. */
export const junkValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: jsonValue(2) },
  { weight: 3, arbitrary: fc.constantFrom(null, [], {}, "", 0, -1, 1.5, true, false, "https://example.com/x", "http://example.com", " ", "\u200b", [[]], [{}], { 0: "a" }, ["a"], 1e308, -0.0) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(textUnit, fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), maxLength: 30 }) }, // lone surrogates
);

/** The same content in the wrong shape: an object as an array, a string as a number, ... */
export function reshaped(value: Json): Json[] {
  if (Array.isArray(value)) return [{}, Object.fromEntries(value.map((x, i) => [i, x])), value[0] ?? null, JSON.stringify(value), [value]];
  if (value && typeof value === "object") return [[], [value], Object.values(value), null, JSON.stringify(value), {}];
  if (typeof value === "string") return [[value], { value }, Number(value) || 0, null, value ? "" : "x", true, value.trim()];
  if (typeof value === "number") return [String(value), [value], null, value + 0.5, -value, value * 1e6];
  return [null, [], {}, "", 0, String(value)];
}

/**
 * Damage of any kind at a random place: reshape or replace a value, drop any key, add a key from
 * elsewhere in the spec, double an array. The place is picked uniformly among the schema NODES
 * present (then among the values of that node), so a lone optional field is hit as often as the
 * items of a long array.
 */
export function junkMutation(gen: Generator, rootPtr: string, payload: Json): fc.Arbitrary<Json> {
  const byNode = new Map<string, Site[]>();
  for (const site of sites(gen, rootPtr, payload)) byNode.set(site.node.ptr, [...(byNode.get(site.node.ptr) ?? []), site]);
  const groups = [...byNode.values()];
  const knownKeys = fc.constantFrom("options", "type", "text", "title", "caption", "mediaUrl", "parameters", "cards", "buttons", "header", "image", "video", "quick_replies", "payload", "id", "link", "name", "url", "display_text");
  return fc
    .nat(groups.length - 1)
    .chain((g) => fc.constantFrom(...groups[g]!))
    .chain(({ path, value }) => {
      const choices: Array<{ weight: number; arbitrary: fc.Arbitrary<Json> }> = [
        // The empty container of the other kind first: `[]` for an object is the classic trap.
        { weight: 2, arbitrary: fc.constant(replaceAt(payload, path, reshaped(value)[0])) },
        { weight: 2, arbitrary: fc.constantFrom(...reshaped(value)).map((x) => replaceAt(payload, path, x)) },
        { weight: 2, arbitrary: junkValue.map((x) => replaceAt(payload, path, x)) },
      ];
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length) choices.push({ weight: 1, arbitrary: fc.constantFrom(...keys).map((k) => edit(payload, [...path, k], (c, p) => delete c[p])) });
        choices.push({
          weight: 1,
          arbitrary: fc
            .tuple(knownKeys, fc.oneof(junkValue, fc.constant(value)))
            .map(([k, x]) => (path.length ? edit(payload, path, (c, p) => defineKey(c[p], k, x)) : defineKey(structuredClone(payload), k, x))),
        });
      }
      if (Array.isArray(value) && value.length) choices.push({ weight: 1, arbitrary: fc.constant(replaceAt(payload, path, [...value, ...value])) });
      return fc.oneof(...choices);
    });
}
