// Every property of every schema in openapi.yaml says what it is and where the docs say so:
// a `description` and an `x-source` URL on the property itself or on the schema it refers to.
import { describe, expect, it } from "vitest";
import { spec } from "../support/spec.js";

type Schema = Record<string, any>;
const resolve = (s: Schema): Schema => (s?.$ref ? spec.components.schemas[s.$ref.split("/").pop()] : s);

/** Yields [path, propertySchema] for every property, through items, allOf and oneOf. */
function* properties(s: Schema, path: string): Generator<[string, Schema]> {
  if (!s || typeof s !== "object" || s.$ref) return;
  for (const [name, p] of Object.entries<Schema>(s.properties ?? {})) {
    yield [`${path}.${name}`, p];
    yield* properties(p, `${path}.${name}`);
  }
  if (s.items) yield* properties(s.items, `${path}[]`);
  for (const sub of [...(s.allOf ?? []), ...(s.oneOf ?? [])]) yield* properties(sub, path);
}

const all = Object.entries<Schema>(spec.components.schemas).flatMap(([name, s]) => [...properties(s, name)]);

describe("openapi.yaml documents every property", () => {
  it("walks a meaningful number of properties", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all)("%s has a description and an x-source", (_path, p) => {
    const target = resolve(p);
    const description = p.description ?? target?.description;
    const source = p["x-source"] ?? target?.["x-source"];
    expect(typeof description === "string" && description.length > 0).toBe(true);
    expect(source).toMatch(/^https:\/\/docs\.jelou\.ai\//);
  });
});
