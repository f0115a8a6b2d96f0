// The message types are written once, in openapi.yaml (`Message.oneOf`); generated/messages.ts
// and its JSON twin carry them to everyone else. This checks the generated data against the spec
// and that the places which must offer every type (the playground, the token scope) do.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MESSAGE_SCHEMAS, MESSAGE_TYPES } from "../../generated/messages.js";
import { SCOPE_TYPES } from "../../src/scope.js";
import { ROOT, TYPES, spec } from "../support/spec.js";
import { TYPES as PLAYGROUND } from "../../playground/types.js";

describe("generated/messages", () => {
  it("lists Message.oneOf in spec order, with each option's type const", () => {
    const options = spec.components.schemas.Message.oneOf.map(({ $ref }: { $ref: string }) => $ref.split("/").pop());
    expect(MESSAGE_SCHEMAS.map((o) => o.schema)).toEqual(options);
    for (const o of MESSAGE_SCHEMAS) expect(spec.components.schemas[o.schema].properties.type.const, o.schema).toBe(o.type);
    expect(MESSAGE_TYPES).toEqual([...new Set(MESSAGE_SCHEMAS.map((o) => o.type))]);
    expect(MESSAGE_TYPES).toHaveLength(13); // 14 message kinds: text and list share `text`
  });

  it("has a JSON twin with the same data", () => {
    const json = JSON.parse(readFileSync(`${ROOT}generated/messages.json`, "utf8"));
    expect(json).toEqual({ types: [...MESSAGE_TYPES], schemas: MESSAGE_SCHEMAS.map((o) => ({ ...o })) });
  });

  it("every message schema has a fixture file", () => {
    const covered = new Set(Object.values(TYPES).map((t) => t.schema));
    expect(MESSAGE_SCHEMAS.filter((o) => !covered.has(o.schema))).toEqual([]);
  });

  it("the playground has a form for every type (list for text with options, and flow)", () => {
    const ids = (PLAYGROUND as { id: string }[]).map((t) => t.id).sort();
    expect(ids).toEqual([...MESSAGE_TYPES, "list", "flow"].sort());
  });

  it("a send token may name every type, and flow", () => {
    expect(SCOPE_TYPES).toEqual([...MESSAGE_TYPES, "flow"]);
  });
});
