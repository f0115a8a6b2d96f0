// JSON helpers shared by the property tests: canonical form, -0 clean-up, free-form JSON values,
// and ajv's verdict and error text.
import fc from "fast-check";
import type { ErrorObject } from "ajv";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

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
    for (const k of Object.keys(x))
      Object.defineProperty(out, k, { value: noNegativeZero((x as Json)[k]), enumerable: true, writable: true, configurable: true });
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
