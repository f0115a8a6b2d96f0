// Patterns in openapi.yaml are portable: every engine a reader may validate with (ECMA-262 with
// and without the `u` flag, Python's `re`, Go's RE2) reads them alike. Where the SDK enforces more
// (`x-sdk-pattern`, ButtonTitle), everything the SDK accepts still matches the spec's `pattern`.
import { describe, expect, it } from "vitest";
import { spec } from "../support/spec.js";

type Found = { where: string; pattern: string; sdk?: string };
function patterns(x: unknown, where = "#"): Found[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => patterns(v, `${where}/${i}`));
  if (!x || typeof x !== "object") return [];
  const o = x as Record<string, unknown>;
  const own: Found[] =
    typeof o.pattern === "string"
      ? [{ where, pattern: o.pattern, sdk: typeof o["x-sdk-pattern"] === "string" ? (o["x-sdk-pattern"] as string) : undefined }]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => patterns(v, `${where}/${k}`))];
}
const all = patterns(spec);

describe("patterns of openapi.yaml", () => {
  it("are portable: no \\p{…}, no lookaround or lookbehind, no code point above U+FFFF", () => {
    expect(all.length).toBeGreaterThan(0);
    const bad = all.filter(({ pattern }) => /\\[pP]\{|\(\?[=!<]|\\u\{|[\u{10000}-\u{10FFFF}]/u.test(pattern));
    expect(bad.map((b) => b.where)).toEqual([]);
  });

  it("compile with and without the u flag", () => {
    for (const { where, pattern } of all) {
      expect(() => new RegExp(pattern, "u"), where).not.toThrow();
      expect(() => new RegExp(pattern), where).not.toThrow();
    }
  });
});

describe("ButtonTitle: the portable pattern and the SDK's x-sdk-pattern", () => {
  const { pattern, "x-sdk-pattern": sdkPattern } = spec.components.schemas.ButtonTitle;
  const portableU = new RegExp(pattern, "u");
  const portable = new RegExp(pattern);
  const sdk = new RegExp(sdkPattern, "u");
  const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

  it("agree on every Basic Multilingual Plane character, alone or after a letter, with or without the u flag", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const s of [String.fromCharCode(c), `a${String.fromCharCode(c)}`, `${String.fromCharCode(c)} `]) {
        const want = sdk.test(s);
        if (portableU.test(s) !== want || portable.test(s) !== want) differ.push(`U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
      }
    }
    expect([...new Set(differ)]).toEqual([]);
  });

  it("above U+FFFF the portable pattern accepts everything; the SDK refuses exactly the emoji code points", () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c <= 0x10ffff; c++) {
      const s = `a${String.fromCodePoint(c)}`;
      if (!portableU.test(s) || !portable.test(s) || sdk.test(s) === EMOJI.test(s)) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
