// Raw material for breaking one limit: every `const` of the spec, strange keys, over-long strings
// that still match their pattern, and strings that break a pattern but keep their length.
import fc from "fast-check";
import { BUTTON_TITLE, HTTPS_URL, WEB_URL, codePoints, exactly, textUnit, titleUnit, units, type Json } from "./arbitrary-from-schema";

let allConsts: Set<unknown> | undefined;
export function constsIn(spec: Json): Set<unknown> {
  if (allConsts) return allConsts;
  const found = new Set<unknown>();
  const walk = (x: Json) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object")
      for (const [k, v] of Object.entries(x)) {
        if (k === "const") found.add(v);
        walk(v);
      }
  };
  walk(spec);
  return (allConsts = found);
}

export const flipCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase());

/** Keys that no object of the spec declares, plus some that look plausible or are special in JS. */
export const strangeKey = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("lng", "caption", "mediaURL", "Type", "userid", "buttons", "payload", "url", "extra") },
  { weight: 1, arbitrary: fc.constantFrom("constructor", "toString", "hasOwnProperty", "__proto__", "valueOf", "0", "") },
  { weight: 2, arbitrary: fc.string({ unit: textUnit, minLength: 1, maxLength: 10 }) },
);

/** A string of `n` code points that still matches `pattern` (so only the length is wrong). */
export function overflow(pattern: string | undefined, n: number, original: string): fc.Arbitrary<string> {
  if (pattern === undefined)
    return fc.oneof(exactly(units.emoji, n), exactly(textUnit, n), exactly(units.ascii, n), exactly(units.astral, n));
  if (pattern === HTTPS_URL || pattern === WEB_URL) {
    const scheme = original.startsWith("http://") ? "http" : "https";
    return exactly(
      fc.oneof(
        units.emoji,
        units.ascii.filter((c) => c !== " "),
      ),
      n,
    ).map((pad) => {
      const head = `${scheme}://example.com/`;
      return head + [...pad].slice(codePoints(head)).join("");
    });
  }
  if (pattern === BUTTON_TITLE)
    return exactly(fc.oneof(titleUnit, units.astral), n).filter((s) => /\S/u.test(s) && new RegExp(pattern, "u").test(s));
  throw new Error(`mutations: no over-long generator for pattern ${pattern}`);
}

/** Strings that break `pattern` while respecting the length limits. */
export const PATTERN_BREAKERS: Record<string, (s: string) => fc.Arbitrary<string>> = {
  [BUTTON_TITLE]: (s) =>
    fc
      .tuple(
        fc.nat(Math.max(0, codePoints(s) - 1)),
        fc.oneof(units.emoji, units.regional, fc.constantFrom("*", "_", "~", "`", "\ufe0f", "\u20e3", "🏽")),
      )
      .map(([i, bad]) => {
        const cps = [...s];
        cps[i] = bad;
        return cps.join("");
      }),
  "^\\+[1-9][0-9]{6,14}$": (s) =>
    fc.constantFrom(s.slice(1), `+0${s.slice(2)}`, `${s}0123456789`.slice(0, 17), `${s.slice(0, 4)} ${s.slice(4)}`, "+1234"),
  "^[^\\s@]+@[^\\s@]+$": (s) =>
    fc.constantFrom(s.replace("@", ""), `${s}@x`, `@${s.split("@")[1]}`, `${s.split("@")[0]}@`, s.replace("@", " @")),
  [HTTPS_URL]: (s) =>
    fc.constantFrom(s.replace(/^https/, "ftp"), s.replace(/^https:\/\//, "//"), `${s} x`, s.replace(/^https:\/\//, "https:// ")),
  [WEB_URL]: (s) => fc.constantFrom(s.replace(/^https?/, "ftp"), s.replace(/^https?:\/\//, ""), `${s} x`),
};
