// Field shapes shared by several message types. Every number comes from generated/limits.ts,
// which the generator takes from openapi.yaml: the spec is the only place a limit is written.
import * as v from "valibot";
import { describe } from "./build.js";
import {
  BUTTON_TITLE_MAX_LENGTH,
  BUTTON_TITLE_SDK_PATTERN,
  HTTPS_URL_PATTERN,
  WEB_URL_PATTERN,
} from "../../generated/limits.js";

/** Length in Unicode code points, which is how JSON Schema (and so the contract) counts. */
export const codePoints = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) n--, i++;
    }
  }
  return n;
};

// UTF-16 length is never below the code-point count, so the common short string skips the count.
const fits = (s: string, max: number) => s.length <= max || codePoints(s) <= max;

/** The issue message of a string over `max` code points. */
const tooLong = (s: string, max: number) => `must be at most ${max} characters, got ${codePoints(s)}`;

export const maxChars = (max: number) => v.check<string, (i: v.CheckIssue<string>) => string>((s) => fits(s, max), (i) => tooLong(i.input, max));

/**
 * A non-empty string, optionally at most `max` code points. One check rather than a pipe of
 * three: strings are most of every message, and this keeps validation of a full list message
 * well above 250k/s.
 */
export const str = (max = Infinity) =>
  v.custom<string>(
    (s) => typeof s === "string" && s !== "" && fits(s, max),
    (i) => (typeof i.input !== "string" ? notA("string", i.input) : i.input ? tooLong(i.input, max) : "must not be empty"),
  );

/** The issue message of a value that is not of the expected JSON type. */
const notA = (type: string, x: unknown) => `must be ${type}, got ${describe(x)}`;

/** A string matching one of the spec's patterns; `what` completes "must be …". */
export const matching = (pattern: string, what: string) => {
  const re = new RegExp(pattern, "u");
  return v.custom<string>(
    (s) => typeof s === "string" && re.test(s),
    (i) => (typeof i.input === "string" ? `must be ${what}` : notA("string", i.input)),
  );
};

/** A number from `min` to `max`, optionally an integer. */
export const range = (min: number, max: number, integer?: boolean) =>
  v.custom<number>(
    (x) => typeof x === "number" && x >= min && x <= max && (!integer || Number.isInteger(x)),
    ({ input: x }) =>
      typeof x !== "number" || x !== x
        ? notA("number", x)
        : x < min
          ? `must be at least ${min}, got ${x}`
          : x > max
            ? `must be at most ${max}, got ${x}`
            : "must be an integer",
  );

/** An array of `min` to `max` items. */
export const list = <T extends v.GenericSchema>(item: T, min: number, max = Infinity) =>
  v.pipe(
    v.array(item),
    v.check<v.InferOutput<T>[], (i: v.CheckIssue<v.InferOutput<T>[]>) => string>(
      (a) => a.length >= min && a.length <= max,
      ({ input: { length: n } }) => `must have ${n < min ? `at least ${min}` : `at most ${max}`} items, got ${n}`,
    ),
  );

/** Media must be fetched over HTTPS; a button may open any web URL. */
export const httpsUrl = matching(HTTPS_URL_PATTERN, "an https:// URL");
export const webUrl = matching(WEB_URL_PATTERN, "an http:// or https:// URL");

/** Recipient and optional body copy of the path's botId: on every message type. */
export const recipient = { userId: str(), botId: v.optional(str()) };

// The SDK's stricter pattern (x-sdk-pattern: every Extended_Pictographic), not the spec's portable one.
const titlePattern = new RegExp(BUTTON_TITLE_SDK_PATTERN, "u");

/** Quick-reply button label: short, not blank, no emoji, no WhatsApp markdown. */
export const buttonTitle = v.pipe(
  str(BUTTON_TITLE_MAX_LENGTH),
  v.check((s) => titlePattern.test(s), "must not be blank or contain emoji or * _ ~ `"),
);

const isObject = (x: unknown) => typeof x === "object" && x !== null && !Array.isArray(x);

/** Any JSON object (not an array): free-form data Jelou hands back to the webhook or the Flow. */
export const anyObject = v.custom<{ [key: string]: unknown }>(isObject, "must be an object");

/** A quick-reply payload: a string or a free-form object. */
export const stringOrObject = v.custom<string | { [key: string]: unknown }>(
  (x) => typeof x === "string" || isObject(x),
  "must be a string or an object",
);
