// The wording of every validation issue, in one place: the message builders (build.ts, fields.ts),
// the generated request schemas (generated/requests.ts) and the path checks all say "is required"
// or "must be at most 24 characters, got 25" the same way, and tests compare these texts.

/** A short, safe rendering of any value for an issue message (never walks into nested data). */
export const describe = (x: unknown): string =>
  x === undefined
    ? "nothing"
    : x === null
      ? "null"
      : Array.isArray(x)
        ? "an array"
        : typeof x === "string"
          ? JSON.stringify(x.length > 40 ? x.slice(0, 40) + "…" : x)
          : typeof x === "object"
            ? "an object"
            : String(x);

/** A field that must be there, is not. */
export const REQUIRED = "is required";
/** A field a strict object does not have. */
export const UNKNOWN_FIELD = "is not a known field";
/** An empty string where text is needed. */
export const NOT_EMPTY = "must not be empty";
/** A number with a fraction where an integer is needed. */
export const NOT_INTEGER = "must be an integer";
/** A value that is not a JSON object. */
export const NOT_OBJECT = "must be an object";
/** A quick-reply payload of another kind. */
export const NOT_STRING_OR_OBJECT = "must be a string or an object";
/** A button title WhatsApp would refuse. */
export const NOT_BUTTON_TITLE = "must not be blank or contain emoji or * _ ~ `";

/** "must be an https:// URL": `what` completes the sentence. */
export const mustBe = (what: string): string => `must be ${what}`;
/** A value of the wrong kind: "must be string, got 42". */
export const notA = (expected: string, got: unknown): string => `must be ${expected}, got ${describe(got)}`;
/** A string over its limit of code points. */
export const tooLong = (max: number, got: number): string => `must be at most ${max} characters, got ${got}`;
/** A string that does not match a pattern of the spec. */
export const mustMatch = (pattern: string): string => `must match ${pattern}`;
/** A number below its minimum. */
export const atLeast = (min: number, got: number): string => `must be at least ${min}, got ${got}`;
/** A number above its maximum. */
export const atMost = (max: number, got: number): string => `must be at most ${max}, got ${got}`;
/** A value outside an enum: "must be one of manual, auto; got "paused"". */
export const oneOf = (values: readonly unknown[], got: unknown): string => `must be one of ${values.join(", ")}; got ${describe(got)}`;
/** An array with too few or too many items. */
export const itemCount = (n: number, min: number, max: number): string =>
  `must have ${n < min ? `at least ${min}` : `at most ${max}`} items, got ${n}`;

const keys = (n: number) => `${n} key${n === 1 ? "" : "s"}`;
/** An object with too few or too many keys. */
export const keyCount = (n: number, min: number, max: number): string =>
  `must have ${n < min ? `at least ${keys(min)}` : `at most ${keys(max)}`}, got ${n}`;
/** An array that repeats an item (`uniqueItems`). */
export const repeatedItem = (item: unknown): string => `must not repeat an item, got ${describe(item)} twice`;
/** The condition an issue holds under: " when type is image" (empty when the field is absent). */
export const whenField = (key: string, x: unknown): string =>
  x === undefined ? "" : ` when ${key} is ${typeof x === "string" ? x : describe(x)}`;
