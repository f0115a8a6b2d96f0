// The generator itself: it fails loudly on what it cannot generate, its pattern arbitraries match
// their patterns, and its output reaches the corners of the spec (boundary lengths, astral
// characters, every branch), checked on a fixed-seed sample so the test is deterministic.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PATTERN_ARBITRARIES, codePoints, createGenerator, gen, patternsIn, spec, type Json } from "./arbitrary-from-schema";
import { MESSAGE_SCHEMAS, runs } from "./support";

const withSchema = (name: string, schema: Json) => ({
  ...spec,
  components: { ...spec.components, schemas: { ...spec.components.schemas, [name]: schema } },
});

describe("arbitrary-from-schema fails loudly", () => {
  it("has an arbitrary for every pattern of openapi.yaml", () => {
    expect(patternsIn(spec).filter((p) => !Object.hasOwn(PATTERN_ARBITRARIES, p))).toEqual([]);
  });

  it("refuses a spec with a pattern it has no arbitrary for", () => {
    expect(() => createGenerator(withSchema("Zip", { type: "string", pattern: "^[0-9]{5}$" }))).toThrow(
      /no arbitrary for pattern.*\[0-9\]\{5\}/,
    );
  });

  it("refuses keywords it does not implement, rather than ignoring them", () => {
    for (const [keyword, value] of [
      ["format", "email"],
      ["enum", ["a"]],
      ["exclusiveMaximum", 3],
      ["anyOf", [{}]],
    ] as const) {
      const g = createGenerator(withSchema("X", { type: "string", [keyword]: value }));
      expect(() => g.component("X"), keyword).toThrow(new RegExp(`unsupported keyword "${keyword}"`));
    }
  });

  it("supports not: { enum } (the values never come out) and refuses any other not", () => {
    // Control: without `not`, one-character strings do include "a" and ".".
    const free = fc.sample(createGenerator(withSchema("X", { type: "string", minLength: 1, maxLength: 1 })).component("X"), 2000);
    expect(free).toContain("a");
    expect(free).toContain(".");
    const g = createGenerator(withSchema("X", { type: "string", minLength: 1, maxLength: 1, not: { enum: ["a", "."] } }));
    const seen = fc.sample(g.component("X"), 2000);
    expect(seen.length).toBe(2000);
    expect(seen.filter((x) => x === "a" || x === ".")).toEqual([]);
    expect(seen.every((x) => g.validatorAt("#/components/schemas/X")(x))).toBe(true);
    expect(() => createGenerator(withSchema("Y", { type: "string", not: { const: "a" } })).component("Y")).toThrow(
      /only "not": \{ "enum": \[\.\.\.\] \} is supported/,
    );
  });

  it("refuses an if/then it has no repair for", () => {
    const g = createGenerator(withSchema("X", { type: "object", if: { required: ["a"] }, then: { required: ["b"] } }));
    expect(() => g.component("X")).toThrow(/"if"\/"then" at #\/components\/schemas\/X has no repair/);
  });
});

describe("pattern arbitraries", () => {
  for (const [pattern, arb] of Object.entries(PATTERN_ARBITRARIES))
    it(`match ${pattern}`, () => {
      const re = new RegExp(pattern, "u");
      fc.assert(
        fc.property(arb(1, 20), arb(0, undefined), (bounded, free) => re.test(bounded) && re.test(free)),
        { numRuns: runs() },
      );
    });
});

describe("generated values reach the corners of the spec (fixed seed)", () => {
  const sample = (name: string, n = 600): Json[] => fc.sample(gen.component(name), { numRuns: n, seed: 20240611 });
  const utf16Longer = (s: string) => s.length > codePoints(s);

  it("every message type, through Message's oneOf", () => {
    const types = new Set(sample("Message", 1500).map((m) => (m.type === "text" && m.options ? "list" : m.type)));
    expect(types.size).toBe(MESSAGE_SCHEMAS.length);
  });

  it("texts of exactly 4,096 code points, astral characters included", () => {
    const texts = sample("TextMessage").map((m) => m.text as string);
    expect(texts.some((t) => codePoints(t) === 4096 && utf16Longer(t))).toBe(true);
    expect(texts.some((t) => codePoints(t) === 1)).toBe(true);
    expect(texts.every((t) => codePoints(t) >= 1 && codePoints(t) <= 4096)).toBe(true);
  });

  it("lists of 1 and 10 options, titles of exactly 24 code points with emoji, optional keys present and absent", () => {
    const lists = sample("ListMessage");
    expect(lists.some((l) => l.options.length === 10)).toBe(true);
    expect(lists.some((l) => l.options.length === 1)).toBe(true);
    const options = lists.flatMap((l) => l.options);
    expect(options.some((o) => codePoints(o.title) === 24 && /\p{Extended_Pictographic}/u.test(o.title))).toBe(true);
    expect(options.some((o) => "description" in o) && options.some((o) => !("description" in o))).toBe(true);
    expect(lists.some((l) => "buttonText" in l) && lists.some((l) => !("buttonText" in l))).toBe(true);
  });

  it("quick replies: 3 unique titles, 20-code-point titles, non-ASCII titles", () => {
    const qrs = sample("QuickReplyMessage");
    expect(qrs.some((q) => q.quick_replies.length === 3)).toBe(true);
    const titles: string[] = qrs.flatMap((q) => q.quick_replies.map((r: Json) => r.title));
    expect(titles.some((t) => codePoints(t) === 20 && utf16Longer(t))).toBe(true);
    expect(qrs.every((q) => new Set(q.quick_replies.map((r: Json) => r.title)).size === q.quick_replies.length)).toBe(true);
  });

  it("carousels: image-only and video-only, 1 and 10 cards, both card kinds, card_index 0 and 9", () => {
    const cs = sample("CarouselMessage");
    const kinds = cs.map((c) => new Set(c.parameters.cards.map((card: Json) => card.header.type)));
    expect(kinds.every((k) => k.size === 1)).toBe(true);
    expect(kinds.some((k) => k.has("image")) && kinds.some((k) => k.has("video"))).toBe(true);
    expect(cs.some((c) => c.parameters.cards.length === 10) && cs.some((c) => c.parameters.cards.length === 1)).toBe(true);
    const cards = cs.flatMap((c) => c.parameters.cards);
    expect(cards.some((c) => c.type === "cta_url") && cards.some((c) => !("type" in c))).toBe(true);
    expect(cards.some((c) => c.card_index === 0) && cards.some((c) => c.card_index === 9)).toBe(true);
  });

  it("locations at the bounds, URLs over http and https, URLs of exactly 4,096 code points", () => {
    const coords = sample("LocationMessage").map((l) => l.coordinates);
    for (const b of [-90, 90]) expect(coords.some((c) => c.lat === b)).toBe(true);
    for (const b of [-180, 180]) expect(coords.some((c) => c.long === b)).toBe(true);
    const urls = sample("UrlButtonMessage").map((u) => u.parameters.url as string);
    expect(urls.some((u) => u.startsWith("http://")) && urls.some((u) => u.startsWith("https://"))).toBe(true);
    expect(urls.some((u) => codePoints(u) === 4096)).toBe(true);
  });
});
