// Field shapes shared by several message types. Every number comes from generated/limits.ts,
// which the generator takes from openapi.yaml: the spec is the only place a limit is written.
import * as v from "valibot";
import { describe } from "./build.js";
import {
  BUTTON_TITLE_MAX_LENGTH,
  BUTTON_TITLE_PATTERN,
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
    (i) => (typeof i.input !== "string" ? `must be string, got ${describe(i.input)}` : i.input ? tooLong(i.input, max) : "must not be empty"),
  );

/** A string matching one of the spec's patterns; `what` completes "must be …". */
export const matching = (pattern: string, what: string) =>
  v.pipe(v.string(), v.regex(new RegExp(pattern, "u"), `must be ${what}`));

/** An array of `min` to `max` items. */
export const list = <T extends v.GenericSchema>(item: T, min: number, max?: number) =>
  max ? v.pipe(v.array(item), v.minLength(min), v.maxLength(max)) : v.pipe(v.array(item), v.minLength(min));

/** Media must be fetched over HTTPS; a button may open any web URL. */
export const httpsUrl = matching(HTTPS_URL_PATTERN, "an https:// URL");
export const webUrl = matching(WEB_URL_PATTERN, "an http:// or https:// URL");

/** Recipient and optional body copy of the path's botId: on every message type. */
export const recipient = { userId: str(), botId: v.optional(str()) };

/** Quick-reply button label: short, not blank, no emoji, no WhatsApp markdown. */
export const buttonTitle = v.pipe(
  str(BUTTON_TITLE_MAX_LENGTH),
  v.regex(new RegExp(BUTTON_TITLE_PATTERN, "u"), "must not be blank or contain emoji or * _ ~ `"),
);

const isObject = (x: unknown) => typeof x === "object" && x !== null && !Array.isArray(x);

/** Any JSON object (not an array): free-form data Jelou hands back to the webhook or the Flow. */
export const anyObject = v.custom<{ [key: string]: unknown }>(isObject, "must be an object");

/** A quick-reply payload: a string or a free-form object. */
export const stringOrObject = v.custom<string | { [key: string]: unknown }>(
  (x) => typeof x === "string" || isObject(x),
  "must be a string or an object",
);
