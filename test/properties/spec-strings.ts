// The hand-written parts of the spec-driven generators: pools of characters (one code point per
// unit), sized strings, one arbitrary per `pattern` string of openapi.yaml, and the repairs that
// make generated values satisfy an `if`/`then`. arbitrary-from-schema.ts re-exports all of it.
import fc from "fast-check";
import { BUTTON_TITLE_SDK_PATTERN, HTTPS_URL_PATTERN, WEB_URL_PATTERN } from "../../generated/limits.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// ---- character pools (one code point per unit) --------------------------------------------------

const cp = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c));
export const units = {
  ascii: cp(0x20, 0x7e),
  space: fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\u2028", "\ufeff"),
  latin: fc.oneof(fc.constantFrom(..."áéíóúñÑçÇüÜßøÅæœ"), cp(0xc0, 0x17f)),
  scripts: fc.oneof(
    cp(0x391, 0x3c9), // Greek
    cp(0x410, 0x44f), // Cyrillic
    cp(0x5d0, 0x5ea), // Hebrew
    cp(0x627, 0x64a), // Arabic
    cp(0x905, 0x939), // Devanagari
    cp(0x4e00, 0x9fff), // CJK
    cp(0xac00, 0xd7a3), // Hangul
  ),
  combining: cp(0x300, 0x36f),
  emoji: fc.oneof(cp(0x1f600, 0x1f64f), cp(0x1f300, 0x1f5ff), cp(0x1f900, 0x1f9ff), fc.constantFrom("❤", "☺", "✅", "⭐")),
  regional: cp(0x1f1e6, 0x1f1ff), // flags are pairs of these
  astral: fc.oneof(cp(0x1d400, 0x1d7ff), cp(0x20000, 0x2a6df), cp(0x10400, 0x1044f)), // math letters, CJK ext. B, Deseret
  zeroWidth: fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"),
  emojiParts: fc.oneof(fc.constantFrom("\ufe0f", "\u20e3"), cp(0x1f3fb, 0x1f3ff)), // VS16, keycap, skin tones
  control: cp(0x00, 0x1f),
};

/** Any code point a user could type, weighted towards ASCII. */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: units.ascii },
  { weight: 2, arbitrary: units.space },
  { weight: 2, arbitrary: units.latin },
  { weight: 2, arbitrary: units.scripts },
  { weight: 1, arbitrary: units.combining },
  { weight: 3, arbitrary: units.emoji },
  { weight: 1, arbitrary: units.regional },
  { weight: 2, arbitrary: units.astral },
  { weight: 1, arbitrary: units.zeroWidth },
  { weight: 1, arbitrary: units.emojiParts },
  { weight: 1, arbitrary: units.control },
);
const notSpaceUnit = textUnit.filter((c) => !/\s/u.test(c));

/** Length of a string in Unicode code points, the way JSON Schema counts. */
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const CHUNK = 48;
/** A string of exactly `n` units; long strings repeat a random chunk so generation stays cheap. */
export function exactly(unit: fc.Arbitrary<string>, n: number): fc.Arbitrary<string> {
  if (n <= CHUNK) return fc.array(unit, { minLength: n, maxLength: n }).map((a) => a.join(""));
  return fc.array(unit, { minLength: CHUNK, maxLength: CHUNK }).map((chunk) => {
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = chunk[i % CHUNK]!;
    return out.join("");
  });
}

/** A string of `min`..`max` units: often short, sometimes exactly at either bound, rarely huge. */
export function sized(unit: fc.Arbitrary<string>, min: number, max?: number): fc.Arbitrary<string> {
  const upTo = (n: number) => fc.integer({ min, max: max === undefined ? min + n : Math.min(max, min + n) });
  const lengths = fc.oneof(
    { weight: 12, arbitrary: upTo(24) },
    { weight: 4, arbitrary: upTo(200) },
    { weight: 2, arbitrary: fc.constant(min) },
    // With a maxLength: exactly at it, or anywhere up to it. Without: prove there is no hidden limit.
    ...(max === undefined
      ? [{ weight: 1, arbitrary: upTo(5000) }]
      : [
          { weight: 3, arbitrary: fc.constant(max) },
          { weight: 1, arbitrary: upTo(max - min) },
        ]),
  );
  return lengths.chain((n) => exactly(unit, n));
}

// ---- patterns: one hand-written arbitrary per pattern string of the spec -----------------------

export type PatternArbitrary = (min: number, max: number | undefined) => fc.Arbitrary<string>;

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (lo: number, hi: number) => fc.array(digit, { minLength: lo, maxLength: hi }).map((d) => d.join(""));
const e164Digits = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(6, 14)).map(([a, b]) => `${a}${b}`);

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([ls, tld]) => [...ls, tld].join("."));
const host = fc.oneof(
  { weight: 6, arbitrary: domain },
  {
    weight: 1,
    arbitrary: fc.constantFrom("münchen.de", "例え.jp", "😀.ws", "xn--mnchen-3ya.de", "[::1]", "127.0.0.1", "user:pa$$@example.com"),
  },
  { weight: 1, arbitrary: fc.tuple(domain, fc.integer({ min: 1, max: 65535 })).map(([d, p]) => `${d}:${p}`) },
  // Whatever the pattern allows: no whitespace, no `/`, `?` or `#`.
  {
    weight: 1,
    arbitrary: fc
      .array(
        notSpaceUnit.filter((c) => !/[/?#]/.test(c)),
        { minLength: 1, maxLength: 12 },
      )
      .map((a) => a.join("")),
  },
);
const urlRest = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.array(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/), { maxLength: 4 }).map((s) => "/" + s.join("/")) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom("/", "?", "#"), fc.array(notSpaceUnit, { maxLength: 30 })).map(([a, b]) => a + b.join("")),
  },
);

/** An absolute URL with the given scheme; with a maxLength, sometimes exactly that long. */
const webUrl = (schemes: fc.Arbitrary<string>, max: number | undefined): fc.Arbitrary<string> => {
  const url = fc.tuple(schemes, host, urlRest).map(([s, h, r]) => `${s}://${h}${r}`);
  if (max === undefined) return url;
  const longest = fc.tuple(schemes, domain, fc.array(notSpaceUnit, { minLength: 1, maxLength: 16 })).map(([s, d, chunk]) => {
    let out = `${s}://${d}/`;
    for (let i = 0, n = codePoints(out); n < max; i++, n++) out += chunk[i % chunk.length];
    return out;
  });
  return fc.oneof({ weight: 4, arbitrary: url }, { weight: 1, arbitrary: longest });
};

// ButtonTitle: what the pattern's character class forbids, and what counts as blank.
export const TITLE_FORBIDDEN = /[*_~`\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0F\u20E3]/u;
export const TITLE_BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;
export const titleUnit = textUnit.filter((c) => !TITLE_FORBIDDEN.test(c));

export const HTTPS_URL = HTTPS_URL_PATTERN;
export const WEB_URL = WEB_URL_PATTERN;
/** The SDK's ButtonTitle pattern (x-sdk-pattern), which the generator's spec view puts in place of the portable one. */
export const BUTTON_TITLE = BUTTON_TITLE_SDK_PATTERN;

/** Pattern string (exactly as in openapi.yaml, x-sdk-pattern where one is given) → arbitrary of strings that match it. */
export const PATTERN_ARBITRARIES: Record<string, PatternArbitrary> = {
  // HttpsUrl (media): absolute https URL without whitespace.
  [HTTPS_URL]: (_min, max) => webUrl(fc.constant("https"), max),
  // WebUrl (buttons): http or https.
  [WEB_URL]: (_min, max) => webUrl(fc.constantFrom("https", "http"), max),
  // ButtonTitle: not blank (zero-width counts as blank), no emoji, skin tones, keycaps, VS16,
  // regional indicators, nor WhatsApp markdown `*_~` and backtick.
  [BUTTON_TITLE]: (min, max) => sized(titleUnit, Math.max(min, 1), max).filter((s) => !TITLE_BLANK.test(s)),
  // Contact phone: E.164.
  "^\\+[1-9][0-9]{6,14}$": () => e164Digits.map((d) => `+${d}`),
  // Contact email: something@something, no whitespace.
  "^[^\\s@]+@[^\\s@]+$": () => {
    const part = fc
      .array(
        notSpaceUnit.filter((c) => c !== "@"),
        { minLength: 1, maxLength: 16 },
      )
      .map((a) => a.join(""));
    const realistic = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/), domain).map(([l, d]) => `${l}@${d}`);
    return fc.oneof({ weight: 3, arbitrary: realistic }, { weight: 1, arbitrary: fc.tuple(part, part).map(([l, d]) => `${l}@${d}`) });
  },
  // PhoneNumber (flow recipient, users, template destinations): country code, no `+`.
  "^[1-9][0-9]{6,14}$": () => e164Digits,
  // Template elementName: lowercase letters, digits and `_`.
  "^[a-z0-9_]+$": (min, max) =>
    fc.stringMatching(/^[a-z0-9_]+$/).filter((s) => s.length >= Math.max(min, 1) && s.length <= (max ?? Infinity)),
  // Campaign CSV column names: letters, digits and `_`.
  "^[A-Za-z0-9_]+$": (min, max) =>
    fc.stringMatching(/^[A-Za-z0-9_]+$/).filter((s) => s.length >= Math.max(min, 1) && s.length <= (max ?? Infinity)),
};

/** Every `pattern` value anywhere in the document (paths, parameters, components). */
export function patternsIn(doc: Json): string[] {
  const found = new Set<string>();
  const walk = (x: Json) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object")
      for (const [k, v] of Object.entries(x)) {
        if (k === "pattern" && typeof v === "string") found.add(v);
        walk(v);
      }
  };
  walk(doc);
  return [...found];
}

// ---- if/then repairs ------------------------------------------------------------------------------

export type Repair = (value: Json) => Json;

/** JSON pointer of a schema holding `if`/`then` → a function making a generated value satisfy it. */
export const REPAIRS: Record<string, Repair> = {
  // "All cards use the same header type": every card takes the header kind of the first card, so
  // image-only and video-only carousels are equally likely.
  "#/components/schemas/CarouselMessage/properties/parameters": (params) => {
    const kind: string = params.cards[0].header.type;
    return {
      ...params,
      cards: params.cards.map((c: Json) =>
        c.header.type === kind ? c : { ...c, header: { type: kind, [kind]: { link: c.header[c.header.type].link } } },
      ),
    };
  },
};
