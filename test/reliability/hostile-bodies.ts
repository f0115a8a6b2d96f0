// Hostile request bodies for the token proxy, as fast-check generators. Each case is the exact
// bytes, a Content-Type (or none) and a route; KINDS says how many of each kind to try and the
// status every case of a kind must get.
import fc from "fast-check";
import { BOT, USER } from "../worker/helpers";

export const MESSAGES = `/v1/bots/${BOT}/messages`;
export const FLOW = `/v1/bots/${BOT}/users/${USER}/flow_message`;
export const LIMIT = 64 * 1024;
const enc = new TextEncoder();

export const textMessage = (text = "hostile probe") => ({ type: "text", userId: USER, text });

export interface Case {
  kind: string;
  route: string;
  contentType: string | null;
  body: Uint8Array<ArrayBuffer>;
  /** Stream the body in chunks without Content-Length. */
  chunked?: boolean;
  /** The exact status expected; otherwise any 4xx (or a 200 by chance, for the random kinds). */
  status?: number;
  /** A valid message may come out by chance (counted, not a failure). */
  mayBeValid?: boolean;
}

const routeArb = fc.constantFrom(MESSAGES, MESSAGES, MESSAGES, FLOW);
const asCase = (kind: string, route: string, text: string, extra: Partial<Case> = {}): Case => ({
  kind,
  route,
  contentType: "application/json",
  body: enc.encode(text),
  ...extra,
});

// 1. Random JSON, anything at all.
const randomJson = fc
  .tuple(routeArb, fc.jsonValue())
  .map(([route, v]) => asCase("random JSON", route, JSON.stringify(v) ?? "null", { mayBeValid: true }));

// 2. Message-shaped: the right field names with random values, plus random extra fields.
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("text", "image", "flow", USER, BOT, "", "x".repeat(5000)));
const messageShaped = fc
  .tuple(
    routeArb,
    fc.record(
      {
        type: fc.oneof(fc.constantFrom("text", "quick_reply", "image", "voice_call", "CAROUSEL", "flow", "TEXT", "text "), anyValue),
        userId: fc.oneof(fc.constant(USER), anyValue),
        text: fc.oneof(fc.string({ maxLength: 50 }), anyValue),
        options: fc.array(fc.record({ id: anyValue, title: anyValue }, { requiredKeys: [] }), { maxLength: 12 }),
        botId: fc.oneof(fc.constant(BOT), anyValue),
        parameters: anyValue,
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), anyValue, { maxKeys: 3 }),
  )
  .map(([route, known, extra]) => asCase("message-shaped", route, JSON.stringify({ ...extra, ...known }), { mayBeValid: true }));

// 3. Deep nesting, still under 64 KiB: arrays, objects or both, at several places (not in `type`:
//    see the deep-`type` regression test below).
export function nest(depth: number, shape: "array" | "object" | "mixed", leaf = "0"): string {
  const open = { array: "[", object: '{"a":', mixed: '[{"a":' }[shape];
  const close = { array: "]", object: "}", mixed: "}]" }[shape];
  const levels = shape === "mixed" ? Math.floor(depth / 2) : depth;
  return open.repeat(levels) + leaf + close.repeat(levels);
}
const DEEP_PLACES = ["top", "text", "userId", "options", "options item", "extra field", "botId", "flow parameters"] as const;
function placeDeep(place: (typeof DEEP_PLACES)[number], v: string): [route: string, text: string] {
  const base = `"userId":"${USER}","text":"deep"`;
  switch (place) {
    case "top":
      return [MESSAGES, v];
    case "text":
      return [MESSAGES, `{"type":"text","userId":"${USER}","text":${v}}`];
    case "userId":
      return [MESSAGES, `{"type":"text","userId":${v},"text":"deep"}`];
    case "options":
      return [MESSAGES, `{"type":"text",${base},"options":${v}}`];
    case "options item":
      return [MESSAGES, `{"type":"text",${base},"options":[{"id":"a","title":"b","description":${v}}]}`];
    case "extra field":
      return [MESSAGES, `{"type":"text",${base},"extra":${v}}`];
    case "botId":
      return [MESSAGES, `{"type":"text",${base},"botId":${v}}`];
    case "flow parameters":
      return [FLOW, `{"text":"deep","parameters":${v}}`];
  }
}
const deep = fc
  .record({
    depth: fc.integer({ min: 500, max: 10_000 }),
    shape: fc.constantFrom("array", "object", "mixed"),
    place: fc.constantFrom(...DEEP_PLACES),
  })
  .map(({ depth, shape, place }) => {
    // Keep it under the limit: objects cost 6 bytes a level.
    const d = Math.min(depth, Math.floor((LIMIT - 200) / (shape === "array" ? 2 : shape === "object" ? 6 : 4)));
    const [route, text] = placeDeep(place, nest(d, shape as "array" | "object" | "mixed"));
    return asCase(`deep nesting`, route, text, { status: 422 });
  });

// 4. Bodies over 64 KiB → 413, whether Content-Length says so or the body is streamed without one;
//    multi-byte text whose character count is under the limit but whose bytes are over it.
const huge = fc
  .record({
    bytes: fc.integer({ min: LIMIT + 1, max: 4 * LIMIT }),
    filler: fc.constantFrom("x", "é", "😀", " ", "9,"),
    where: fc.constantFrom("text", "padding", "array"),
    chunked: fc.boolean(),
    route: routeArb,
  })
  .map(({ bytes, filler, where, chunked, route }) => {
    const unit = enc.encode(filler).length;
    const fill = filler.repeat(Math.ceil(bytes / unit));
    const text =
      where === "text"
        ? JSON.stringify(textMessage(fill))
        : where === "padding"
          ? JSON.stringify(textMessage()) + " ".repeat(bytes)
          : `[${fill}0]`;
    return asCase("over 64 KiB", route, text, { status: 413, chunked });
  });

// 5. __proto__ / constructor / prototype keys at several depths, as raw JSON text (JSON.parse
//    makes them own properties; a naive merge or path-setter would pollute).
const POLLUTANT = `{"polluted":"yes","isAdmin":true,"type":"text","userId":"${USER}","text":"from the prototype","toString":"x","hasOwnProperty":1}`;
const protoKey = fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', '"__pro\\u0074o__"', '"\\u005f\\u005fproto\\u005f\\u005f"');
const protoPayload = (key: string) => (key.includes("constructor") ? `{"prototype":${POLLUTANT}}` : POLLUTANT);
const protoBody = fc
  .record({
    key: protoKey,
    depth: fc.integer({ min: 0, max: 6 }),
    container: fc.constantFrom("message", "options item", "extra", "only member", "array of", "twice"),
    route: routeArb,
  })
  .map(({ key, depth, container, route }) => {
    const member = `${key}:${protoPayload(key)}`;
    // depth 0: the member itself; depth n: wrapped in n objects under ordinary or hostile keys.
    let nested = member;
    for (let i = 0; i < depth; i++) nested = `${i % 2 ? key : '"n"'}:{${nested}}`;
    const msg =
      route === FLOW ? `"text":"p","parameters":{"flow_name":"f","flow_cta":"go"}` : `"type":"text","userId":"${USER}","text":"p"`;
    const text = {
      message: `{${msg},${nested}}`,
      "options item": route === FLOW ? `{${msg},${nested}}` : `{${msg},"options":[{"id":"a","title":"b",${nested}}]}`,
      extra: `{${msg},"extra":{${nested}}}`,
      "only member": `{${nested}}`,
      "array of": `[{${nested}},{${nested}}]`,
      twice: `{${nested},${msg},${nested}}`,
    }[container];
    return asCase("__proto__/constructor/prototype", route, text, { status: 422 });
  });

// 6. A valid message under a Content-Type that is not application/json (or none) → 415.
const wrongType = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(
        null,
        "",
        "text/plain",
        "text/json",
        "application/jsonp",
        "application/json5",
        "application/x-json",
        "application/json-seq",
        "application/ld+json",
        "application/json-patch+json",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded",
        "application/ json",
        "application/json,text/plain",
        "json",
        "*/*",
        "application/*",
      ),
      fc.stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,20}$/).filter((t) => t !== "application/json"),
    ),
    routeArb,
  )
  .map(([contentType, route]) => ({
    ...asCase(
      "wrong Content-Type",
      route,
      JSON.stringify(route === FLOW ? { text: "t", parameters: { flow_name: "f", flow_cta: "go" } } : textMessage()),
    ),
    contentType,
    status: 415,
  }));

// 7. Truncated JSON: a valid message cut at any byte (multi-byte characters included).
const TRUNCATE_BASES = [
  JSON.stringify(textMessage("Hola, ¿qué tal? 😀")),
  JSON.stringify({
    type: "text",
    userId: USER,
    text: "Pick one",
    options: [
      { id: "a", title: "Option A" },
      { id: "b", title: "Option B", description: "ñ" },
    ],
  }),
  JSON.stringify({ text: "Complete this flow", parameters: { flow_name: "welcome_flow", flow_cta: "Start Flow" } }),
].map((t) => enc.encode(t));
const truncated = fc.tuple(fc.integer({ min: 0, max: TRUNCATE_BASES.length - 1 }), fc.nat(), routeArb).map(([b, at, route]) => {
  const base = TRUNCATE_BASES[b]!;
  return { ...asCase("truncated JSON", b === 2 ? FLOW : route, ""), body: base.slice(0, at % base.length), status: 400 };
});

// 8. Invalid UTF-8 inserted anywhere into an ASCII message (inside strings or between tokens).
const BAD_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];
const UTF8_BASE = enc.encode(JSON.stringify(textMessage("plain ascii text")));
const invalidUtf8 = fc
  .tuple(fc.constantFrom(...BAD_UTF8), fc.nat({ max: UTF8_BASE.length }), fc.boolean(), routeArb)
  .map(([bad, at, replace, route]) => {
    const body = new Uint8Array([...UTF8_BASE.slice(0, at), ...bad, ...UTF8_BASE.slice(replace ? at + 1 : at)]);
    return { ...asCase("invalid UTF-8", route, ""), body, status: 400 };
  });

/** Name, generator, cases, and the status every case of the kind must get (when there is one). */
export const KINDS: [name: string, arb: fc.Arbitrary<Case>, cases: number, status?: number][] = [
  ["random JSON", randomJson, 500],
  ["message-shaped", messageShaped, 300],
  ["deep nesting", deep, 100, 422],
  ["over 64 KiB", huge, 75, 413],
  ["__proto__/constructor/prototype", protoBody, 400, 422],
  ["wrong Content-Type", wrongType, 200, 415],
  ["truncated JSON", truncated, 250, 400],
  ["invalid UTF-8", invalidUtf8, 250, 400],
];
