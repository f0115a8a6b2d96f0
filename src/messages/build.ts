import * as v from "valibot";
import { JelouValidationError, type Issue } from "../errors.js";
import { REQUIRED, UNKNOWN_FIELD, notA } from "./wording.js";

export { describe } from "./wording.js";

/** Turns valibot's issue into the SDK's: a dot path and a sentence that names the limit and what was given. */
export function toIssue(i: v.BaseIssue<unknown>): Issue {
  const path = i.path?.map((p) => p.key).join(".") ?? "";
  const got = i.input;
  // Limits carry their own messages (fields.ts); valibot's own issues are only about shape.
  const message =
    i.type === "strict_object" && i.expected === "never"
      ? UNKNOWN_FIELD
      : i.kind === "schema" && got === undefined
        ? REQUIRED
        : i.kind === "schema" && i.type !== "custom"
          ? notA(i.expected === "Object" ? "an object" : i.expected === "Array" ? "an array" : `${i.expected}`, got)
          : i.message;
  return { path, message };
}

/**
 * Validates `payload` with `schema` and returns valibot's output: a plain copy holding exactly the
 * checked values, so what was validated is what gets serialized. Throws on any issue.
 */
export function parse<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): T {
  const r = v.safeParse(schema, payload);
  if (!r.success) throw new JelouValidationError(r.issues.map(toIssue));
  return r.output;
}

// What a builder made: validated, then deep-frozen so that it cannot change afterwards. `send` does
// not validate these again; anything else (hand-written, or a copy with changes) it still validates.
const built = new WeakSet<object>();

/** Whether `x` came out of a builder of this bundle, unchanged since (it cannot change: it is frozen). */
export const isBuilt = (x: unknown): boolean => typeof x === "object" && x !== null && built.has(x);

const deepFreeze = <T>(x: T): T => {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const k in x) deepFreeze(x[k]);
  }
  return x;
};

/** Makes a message builder: adds `type`, validates, and returns the payload (frozen) or throws. */
export const builder =
  <T extends { type: string }>(schema: v.GenericSchema<unknown, T>, type: T["type"]) =>
  (input: Omit<T, "type">): T => {
    const message = deepFreeze(parse(schema, { type, ...input }));
    built.add(message);
    return message;
  };
