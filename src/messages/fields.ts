// Field shapes shared by several message types. Every number comes from generated/limits.ts,
// which the generator takes from openapi.yaml: the spec is the only place a limit is written.
import * as v from "valibot";
import { toIssue } from "./build.js";
import * as w from "./wording.js";
import { isObject } from "../object.js";
import { BUTTON_TITLE_MAX_LENGTH, BUTTON_TITLE_SDK_PATTERN, HTTPS_URL_PATTERN, WEB_URL_PATTERN } from "../../generated/limits.js";

/** Length in Unicode code points, which is how JSON Schema (and so the contract) counts. */
export const codePoints = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) (n--, i++);
    }
  }
  return n;
};

// UTF-16 length is never below the code-point count, so the common short string skips the count.
const fits = (s: string, max: number) => s.length <= max || codePoints(s) <= max;

/** The issue message of a string over `max` code points. */
const tooLong = (s: string, max: number) => w.tooLong(max, codePoints(s));

export const maxChars = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.check<string, (i: v.CheckIssue<string>) => string>(
    (s) => fits(s, max),
    (i) => tooLong(i.input, max),
  );

/**
 * A non-empty string, optionally at most `max` code points. One check rather than a pipe of
 * three: strings are most of every message, and this keeps validation of a full list message
 * well above 250k/s.
 */
export const str = /* @__NO_SIDE_EFFECTS__ */ (max = Infinity) =>
  v.custom<string>(
    (s) => typeof s === "string" && s !== "" && fits(s, max),
    (i) => (typeof i.input !== "string" ? w.notA("string", i.input) : i.input ? tooLong(i.input, max) : w.NOT_EMPTY),
  );

/** A string matching one of the spec's patterns; `what` completes "must be …" (else "must match <pattern>"). */
export const matching = /* @__NO_SIDE_EFFECTS__ */ (pattern: string, what?: string) => {
  const re = new RegExp(pattern, "u");
  return v.custom<string>(
    (s) => typeof s === "string" && re.test(s),
    (i) => (typeof i.input !== "string" ? w.notA("string", i.input) : what ? w.mustBe(what) : w.mustMatch(pattern)),
  );
};

/** A number from `min` to `max`, optionally an integer. */
export const range = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number, integer?: boolean) =>
  v.custom<number>(
    (x) => typeof x === "number" && x >= min && x <= max && (!integer || Number.isInteger(x)),
    ({ input: x }) =>
      typeof x !== "number" || x !== x ? w.notA("number", x) : x < min ? w.atLeast(min, x) : x > max ? w.atMost(max, x) : w.NOT_INTEGER,
  );

/** Any integer (JSON Schema's `type: integer` with no bounds). */
export const integer = /* @__PURE__ */ range(-Infinity, Infinity, true);

/** One of `values` (JSON Schema's `enum`): "must be one of manual, auto; got "paused"". */
export const enumOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly (string | number | boolean | null)[]>(values: T) =>
  v.custom<T[number]>(
    (x) => values.includes(x as T[number]),
    ({ input }) => w.oneOf(values, input),
  );

/** An array of `min` to `max` items. */
export const list = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema>(item: T, min: number, max = Infinity) =>
  v.pipe(
    v.array(item),
    v.check<v.InferOutput<T>[], (i: v.CheckIssue<v.InferOutput<T>[]>) => string>(
      (a) => a.length >= min && a.length <= max,
      ({ input: { length: n } }) => w.itemCount(n, min, max),
    ),
  );

/** Media must be fetched over HTTPS; a button may open any web URL. */
export const httpsUrl = /* @__PURE__ */ matching(HTTPS_URL_PATTERN, "an https:// URL");
export const webUrl = /* @__PURE__ */ matching(WEB_URL_PATTERN, "an http:// or https:// URL");

/** Recipient and optional body copy of the path's botId: on every message type. */
export const recipient = { userId: /* @__PURE__ */ str(), botId: /* @__PURE__ */ v.optional(/* @__PURE__ */ str()) };

// The SDK's stricter pattern (x-sdk-pattern: every Extended_Pictographic), not the spec's portable one.
const titlePattern = /* @__PURE__ */ new RegExp(BUTTON_TITLE_SDK_PATTERN, "u");

/** Quick-reply button label: short, not blank, no emoji, no WhatsApp markdown. */
export const buttonTitle = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ str(BUTTON_TITLE_MAX_LENGTH),
  /* @__PURE__ */ v.check((s) => titlePattern.test(s), w.NOT_BUTTON_TITLE),
);

/** Any JSON object (not an array): free-form data Jelou hands back to the webhook or the Flow. */
export const anyObject = /* @__PURE__ */ v.custom<{ [key: string]: unknown }>(isObject, w.NOT_OBJECT);

/** A quick-reply payload: a string or a free-form object. */
export const stringOrObject = /* @__PURE__ */ v.custom<string | { [key: string]: unknown }>(
  (x) => typeof x === "string" || isObject(x),
  w.NOT_STRING_OR_OBJECT,
);

/** JSON's notion of equal values, as `uniqueItems` compares them (key order does not matter). */
const canonical = (x: unknown): string =>
  Array.isArray(x)
    ? `[${x.map(canonical).join(",")}]`
    : isObject(x)
      ? `{${Object.keys(x)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
          .join(",")}}`
      : JSON.stringify(x);

/** Index of the first item equal to an earlier one, or -1. */
const repeated = (a: readonly unknown[]) => {
  const seen = new Set<string>();
  return a.findIndex((x) => seen.size === seen.add(canonical(x)).size);
};

/** An array schema whose items all differ (JSON Schema's `uniqueItems`). */
export const unique = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema<unknown, unknown[]>>(array: T) =>
  v.pipe(
    array,
    v.check<v.InferOutput<T>, (i: v.CheckIssue<v.InferOutput<T>>) => string>(
      (a) => repeated(a) < 0,
      ({ input }) => w.repeatedItem(input[repeated(input)]),
    ),
  );

/** An object schema with `min` to `max` keys (JSON Schema's `minProperties` and `maxProperties`). */
export const keyCount = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema<unknown, object>>(object: T, min: number, max = Infinity) =>
  v.pipe(
    object,
    v.check<v.InferOutput<T>, (i: v.CheckIssue<v.InferOutput<T>>) => string>(
      (o) => Object.keys(o).length >= min && Object.keys(o).length <= max,
      ({ input }) => w.keyCount(Object.keys(input).length, min, max),
    ),
  );

/** What `then` or `else` of a condition asks: fields that must be there, fields with a stricter schema. */
export interface Rule {
  required?: readonly string[];
  properties?: { readonly [key: string]: v.GenericSchema };
}

/**
 * JSON Schema's `if: { properties: { <key>: { enum: values } } }` with its `then` and `else`.
 * `orAbsent`: the `if` holds when `key` is missing too (its `if` does not require the key).
 */
export interface Condition {
  key: string;
  values: readonly unknown[];
  orAbsent?: true;
  then?: Rule;
  else?: Rule;
}

/**
 * An object schema with conditions on its fields. An issue goes to the field's own path and
 * names the condition: `mediaUrl: is required when type is image`. Conditions are checked even
 * when another field is invalid, as JSON Schema reports both.
 */
export const when = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema<unknown, object>>(object: T, ...conditions: Condition[]) =>
  v.pipe(
    object,
    v.rawCheck<v.InferOutput<T>>(({ dataset: { value: o }, addIssue }) => {
      if (!isObject(o)) return;
      const at = (key: string): v.IssuePathItem => ({ type: "object", origin: "value", input: o, key, value: o[key] });
      for (const { key, values, orAbsent, then, else: otherwise } of conditions) {
        const x = o[key];
        const rule = (x === undefined ? orAbsent : values.includes(x)) ? then : otherwise;
        if (!rule) continue;
        const why = w.whenField(key, x);
        for (const k of rule.required ?? []) if (o[k] === undefined) addIssue({ message: `${w.REQUIRED}${why}`, path: [at(k)] });
        for (const [k, schema] of Object.entries(rule.properties ?? {})) {
          if (o[k] === undefined) continue;
          const r = v.safeParse(schema, o[k]);
          if (!r.success) for (const i of r.issues) addIssue({ message: `${toIssue(i).message}${why}`, path: [at(k), ...(i.path ?? [])] });
        }
      }
    }),
  );
