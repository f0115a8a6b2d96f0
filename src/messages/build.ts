import * as v from "valibot";
import { JelouValidationError, type Issue } from "../errors.js";

/** A short, safe rendering of any value for an issue message (never walks into nested data). */
export const describe = (x: unknown): string =>
  x === undefined ? "nothing" : x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "string" ? JSON.stringify(x.length > 40 ? x.slice(0, 40) + "…" : x) : typeof x === "object" ? "an object" : String(x);

/** Turns valibot's issue into the SDK's: a dot path and a sentence that names the limit and what was given. */
export function toIssue(i: v.BaseIssue<unknown>): Issue {
  const path = i.path?.map((p) => p.key).join(".") ?? "";
  const got = i.input;
  // Limits carry their own messages (fields.ts); valibot's own issues are only about shape.
  const message =
    i.type === "strict_object" && i.expected === "never"
      ? "is not a known field"
      : i.kind === "schema" && got === undefined
        ? "is required"
        : i.kind === "schema" && i.type !== "custom"
          ? `must be ${i.expected === "Object" ? "an object" : i.expected === "Array" ? "an array" : i.expected}, got ${describe(got)}`
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

/** Makes a message builder: adds `type`, validates, and returns the payload or throws. */
export const builder =
  <T extends { type: string }>(schema: v.GenericSchema<unknown, T>, type: T["type"]) =>
  (input: Omit<T, "type">): T =>
    parse(schema, { type, ...input });
