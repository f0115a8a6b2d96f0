// Path parameters are checked before any request: a value that cannot reach the path it names
// must never be sent somewhere else.
import { PHONE_NUMBER_PATTERN } from "../generated/limits.js";
import { JelouValidationError } from "./errors.js";
import { notA } from "./messages/wording.js";

/** A phone number with country code and without `+`: the flow endpoint's recipient, users, campaign rows. */
export const PHONE_NUMBER = /* @__PURE__ */ new RegExp(PHONE_NUMBER_PATTERN);

/**
 * Refuses a path parameter that would not reach the path it names: "." and ".." survive
 * `encodeURIComponent` and URL resolution drops them, and a lone surrogate cannot be encoded.
 */
export function pathParam(name: string, value: unknown, pattern?: RegExp, what = "a phone number without +"): void {
  let ok = typeof value === "string" && value !== "" && value !== "." && value !== ".." && (!pattern || pattern.test(value));
  try {
    if (ok) encodeURIComponent(value as string);
  } catch {
    ok = false;
  }
  if (!ok) throw new JelouValidationError([{ path: name, message: notA(pattern ? what : "a non-empty id", value) }]);
}
