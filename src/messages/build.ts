import * as v from "valibot";
import { JelouValidationError, type Issue } from "../errors.js";

/** A short, safe rendering of any value for an issue message (never walks into nested data). */
export const describe = (x: unknown): string =>
  x === undefined ? "nothing" : x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "string" ? JSON.stringify(x.length > 40 ? x.slice(0, 40) + "…" : x) : typeof x === "object" ? "an object" : String(x);

/** Turns valibot's issue into the SDK's: a dot path and a sentence that names the limit and what was given. */
export function toIssue(i: v.BaseIssue<unknown>): Issue {
  const path = i.path?.map((p) => p.key).join(".") ?? "";
  const got = i.input;
  const n = Array.isArray(got) ? got.length : undefined;
  let message: string;
  if (i.type === "strict_object" || i.type === "object") {
    message = i.expected === "never" ? "is not a known field" : "is required";
  } else if (i.kind === "schema" && got === undefined) {
    message = "is required";
  } else if (i.type === "min_length") {
    message = n === undefined ? "must not be empty" : `must have at least ${i.requirement} items, got ${n}`;
  } else if (i.type === "max_length") {
    message = `must have at most ${i.requirement} items, got ${n}`;
  } else if (i.type === "min_value") {
    message = `must be at least ${i.requirement}, got ${got}`;
  } else if (i.type === "max_value") {
    message = `must be at most ${i.requirement}, got ${got}`;
  } else if (i.kind === "schema" && i.type !== "custom") {
    message = `must be ${i.expected}, got ${describe(got)}`;
  } else {
    message = i.message;
  }
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
