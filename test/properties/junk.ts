// Junk for the agreement test: values of the wrong shape and damage of any kind at a random place
// of a valid payload, with no promise about which limit breaks (unlike mutations.ts).
import fc from "fast-check";
import { jsonValue, textUnit, type Generator, type Json } from "./arbitrary-from-schema";
import { defineKey, edit, replaceAt, sites, type Site } from "./mutations";

/** Values of the wrong shape, and shapes JavaScript validators are known to get wrong. */
export const junkValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: jsonValue(2) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      null,
      [],
      {},
      "",
      0,
      -1,
      1.5,
      true,
      false,
      "https://example.com/x",
      "http://example.com",
      " ",
      "\u200b",
      [[]],
      [{}],
      { 0: "a" },
      ["a"],
      1e308,
      -0.0,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.oneof(
        textUnit,
        fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 30,
    }),
  }, // lone surrogates
);

/** The same content in the wrong shape: an object as an array, a string as a number, ... */
export function reshaped(value: Json): Json[] {
  if (Array.isArray(value)) return [{}, Object.fromEntries(value.map((x, i) => [i, x])), value[0] ?? null, JSON.stringify(value), [value]];
  if (value && typeof value === "object") return [[], [value], Object.values(value), null, JSON.stringify(value), {}];
  if (typeof value === "string") return [[value], { value }, Number(value) || 0, null, value ? "" : "x", true, value.trim()];
  if (typeof value === "number") return [String(value), [value], null, value + 0.5, -value, value * 1e6];
  return [null, [], {}, "", 0, String(value)];
}

/**
 * Damage of any kind at a random place: reshape or replace a value, drop any key, add a key from
 * elsewhere in the spec, double an array. The place is picked uniformly among the schema NODES
 * present (then among the values of that node), so a lone optional field is hit as often as the
 * items of a long array.
 */
export function junkMutation(gen: Generator, rootPtr: string, payload: Json): fc.Arbitrary<Json> {
  const byNode = new Map<string, Site[]>();
  for (const site of sites(gen, rootPtr, payload)) byNode.set(site.node.ptr, [...(byNode.get(site.node.ptr) ?? []), site]);
  const groups = [...byNode.values()];
  const knownKeys = fc.constantFrom(
    "options",
    "type",
    "text",
    "title",
    "caption",
    "mediaUrl",
    "parameters",
    "cards",
    "buttons",
    "header",
    "image",
    "video",
    "quick_replies",
    "payload",
    "id",
    "link",
    "name",
    "url",
    "display_text",
  );
  return fc
    .nat(groups.length - 1)
    .chain((g) => fc.constantFrom(...groups[g]!))
    .chain(({ path, value }) => {
      const choices: Array<{ weight: number; arbitrary: fc.Arbitrary<Json> }> = [
        // The empty container of the other kind first: `[]` for an object is the classic trap.
        { weight: 2, arbitrary: fc.constant(replaceAt(payload, path, reshaped(value)[0])) },
        { weight: 2, arbitrary: fc.constantFrom(...reshaped(value)).map((x) => replaceAt(payload, path, x)) },
        { weight: 2, arbitrary: junkValue.map((x) => replaceAt(payload, path, x)) },
      ];
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length)
          choices.push({ weight: 1, arbitrary: fc.constantFrom(...keys).map((k) => edit(payload, [...path, k], (c, p) => delete c[p])) });
        choices.push({
          weight: 1,
          arbitrary: fc
            .tuple(knownKeys, fc.oneof(junkValue, fc.constant(value)))
            .map(([k, x]) =>
              path.length ? edit(payload, path, (c, p) => defineKey(c[p], k, x)) : defineKey(structuredClone(payload), k, x),
            ),
        });
      }
      if (Array.isArray(value) && value.length)
        choices.push({ weight: 1, arbitrary: fc.constant(replaceAt(payload, path, [...value, ...value])) });
      return fc.oneof(...choices);
    });
}
