// Shared by the property tests: run counts, the message types, and a client whose fetch records.
import fc from "fast-check";
import { createJelou } from "../../src/index.js";
import { MESSAGE_SCHEMAS as MESSAGE_OPTIONS } from "../../generated/messages.js";
import { gen, type Json } from "./arbitrary-from-schema";
export { ajvAccepts } from "./arbitrary-from-schema";

/** Runs per property: 1,000 in CI, 200 locally. */
export const runs = (): number => (process.env.CI === "true" ? 1000 : 200);

/** vitest timeout for one property (generous: CI machines are slow and runs are 5× more). */
export const TIMEOUT = 120_000;

export const MESSAGE = "#/components/schemas/Message";
export const FLOW = "#/components/schemas/FlowMessage";

/** The message schemas of `POST /v1/bots/{botId}/messages` (`Message.oneOf`, generated from the spec). */
export const MESSAGE_SCHEMAS = MESSAGE_OPTIONS.map((o) => o.schema);

/** JSON pointer of an inline path parameter's schema, looked up by name (never by position). */
export function pathParameter(path: string, name: string): string {
  const params: Json[] = gen.spec.paths[path].post.parameters;
  const i = params.findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`no inline path parameter ${name} on ${path}`);
  return `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/post/parameters/${i}/schema`;
}
export const BOT_ID_PTR = "#/components/parameters/BotIdPath/schema";
export const FLOW_USER_ID_PTR = pathParameter("/v1/bots/{botId}/users/{userId}/flow_message", "userId");

/** Path bot ids: the spec (and so the generator) rules out "." and "..". A body `botId` may still be one. */
export const botIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("BOT_ID", "7e2d6a1c-0b9f-4f0e-9d3a-2c1b0a9f8e7d"),
  gen.arbitraryAt(BOT_ID_PTR),
);
export const isDotSegment = (s: unknown) => s === "." || s === "..";

export interface Recorded {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

export const BASE_URL = "https://api.jelou.test";

/** A client with Basic credentials whose fetch records every request and answers 200. */
export function stubClient(answer: () => Response = () => Response.json({ success: true, messageId: "msg_1" })) {
  const calls: Recorded[] = [];
  const fetch = async (req: Request): Promise<Response> => {
    calls.push({ method: req.method, url: req.url, contentType: req.headers.get("content-type"), body: await req.text() });
    return answer();
  };
  const client = createJelou({ clientId: "id", clientSecret: "secret", baseUrl: BASE_URL, fetch, retry: false });
  return { client, calls };
}

/** JSON for a failure message, cut so a 5,000-character string does not bury the rest. */
export const show = (x: unknown, max = 2000): string => {
  const s = JSON.stringify(x, (_k, v) => (typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}…(${v.length} UTF-16 units)` : v));
  return s === undefined ? String(x) : s.length > max ? `${s.slice(0, max)}…` : s;
};
