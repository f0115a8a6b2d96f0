// Mutations of valid payloads. `limitMutations` breaks exactly ONE documented limit at a random
// place, so the path of the issue is known by construction. (junk.ts damages values with no such
// promise, for the agreement test.)
//
// Places are found by walking a value along its normalised schema. At a `oneOf`, the branch is
// the one ajv accepts (or, for an already damaged value, the one with the fewest errors).
import fc from "fast-check";
import {
  HTTPS_URL,
  WEB_URL,
  ajvAccepts,
  canonical,
  codePoints,
  jsonValue,
  type Generator,
  type Json,
  type Node,
} from "./arbitrary-from-schema";
import { PATTERN_BREAKERS, constsIn, flipCase, overflow, strangeKey } from "./breakers";

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
  "too-long",
  "empty-string",
  "too-many-items",
  "too-few-items",
  "duplicate-item",
  "out-of-range",
  "non-integer",
  "unknown-key",
  "missing-required",
  "wrong-const",
  "http-not-https",
  "bad-scheme",
  "pattern",
  "empty-object",
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
    if (errors < fewest) ((fewest = errors), (best = b));
  }
  return best;
}

/** Every place of `value` with the schema that governs it. */
export function sites(gen: Generator, rootPtr: string, value: Json): Site[] {
  const out: Site[] = [];
  const walk = (n: Node, v: Json, path: PathItem[], siblings: Node[]): void => {
    if (n.oneOf) {
      const branch = pickBranch(gen, n, v);
      return walk(
        branch,
        v,
        path,
        n.oneOf.filter((b) => b !== branch),
      );
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
  Object.entries(a.properties ?? {}).some(([k, p]) => p.hasConst && b.properties?.[k]?.hasConst && b.properties[k]!.const !== p.const);

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
/** A deep copy of `root` with `value` at `path` (or `value` itself at the root). */
export const replaceAt = (root: Json, path: PathItem[], value: Json) =>
  path.length === 0 ? value : edit(root, path, (c, k) => (c[k] = value));

/** Defines an own property even for keys like `__proto__`. */
export const defineKey = (o: Json, k: string, v: Json) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

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
      add(
        "too-long",
        overflow(n.pattern, n.maxLength + 1, v),
        (x) => `${at}: ${codePoints(x)} code points (max ${n.maxLength}): ${JSON.stringify(x.slice(0, 30))}…`,
      );
    if ((n.minLength ?? 0) >= 1) add("empty-string", fc.constant(""), () => `${at}: ""`);
    if (n.pattern === HTTPS_URL) add("http-not-https", fc.constant(v.replace(/^https:/, "http:")), (x) => `${at}: ${JSON.stringify(x)}`);
    if (n.pattern === WEB_URL)
      add(
        "bad-scheme",
        fc.constantFrom("ftp", "file", "javascript", "HTTPS", "httpss", "wss").map((s) => v.replace(/^https?/, s)),
        (x) => `${at}: ${JSON.stringify(x)}`,
      );
    if (n.pattern !== undefined && PATTERN_BREAKERS[n.pattern])
      add(
        "pattern",
        PATTERN_BREAKERS[n.pattern]!(v).filter(
          (x) =>
            !new RegExp(n.pattern!, "u").test(x) &&
            codePoints(x) >= (n.minLength ?? 0) &&
            (n.maxLength === undefined || codePoints(x) <= n.maxLength),
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
      add(
        "out-of-range",
        delta.map((d) => (min - d < min ? min - d : min - 1)),
        (x) => `${at}: ${x} < minimum ${min}`,
      );
    }
    if (n.maximum !== undefined) {
      const max = n.maximum;
      add(
        "out-of-range",
        delta.map((d) => (max + d > max ? max + d : max + 1)),
        (x) => `${at}: ${x} > maximum ${max}`,
      );
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
      add(
        "too-many-items",
        extra.map((xs) => [...v, ...xs]),
        (x) => `${at}: ${x.length} items (max ${n.maxItems})`,
      );
    }
    if ((n.minItems ?? 0) >= 1 && v.length >= n.minItems!)
      add("too-few-items", fc.constant(v.slice(0, n.minItems! - 1)), (x) => `${at}: ${x.length} items (min ${n.minItems})`);
    if (n.uniqueItems && v.length >= 1 && (n.maxItems === undefined || (n.maxItems >= 2 && v.length <= n.maxItems))) {
      const grow = n.maxItems === undefined || v.length < n.maxItems;
      add(
        "duplicate-item",
        fc
          .tuple(fc.nat(v.length - 1), fc.nat(grow ? v.length : v.length - 1))
          .filter(([i, j]) => grow || i !== j)
          .map(([i, j]) => {
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
