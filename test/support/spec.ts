// openapi.yaml compiled with ajv (JSON Schema 2020-12), and the fixture corpus: shared by the
// contract tests, the SDK's corpus test and the property tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";

export interface Case {
  name: string;
  valid: boolean;
  documented?: true;
  path?: string;
  limit?: string;
  payload: unknown;
}

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures/messages/`;
const SPEC_ID = "https://jelou-sdk.test/openapi.yaml";

/** Fixture file → the component schema of that type, and the name of its documented example. */
export const TYPES = {
  text: { schema: "TextMessage", example: "text" },
  list: { schema: "ListMessage", example: "list" },
  quick_reply: { schema: "QuickReplyMessage", example: "quickReply" },
  image: { schema: "ImageMessage", example: "image" },
  audio: { schema: "AudioMessage", example: "audio" },
  video: { schema: "VideoMessage", example: "video" },
  file: { schema: "FileMessage", example: "file" },
  sticker: { schema: "StickerMessage", example: "sticker" },
  location: { schema: "LocationMessage", example: "location" },
  contacts: { schema: "ContactsMessage", example: "contacts" },
  location_request: { schema: "LocationRequestMessage", example: "locationRequest" },
  cta_url: { schema: "UrlButtonMessage", example: "urlButton" },
  voice_call: { schema: "CallButtonMessage", example: "callButton" },
  carousel: { schema: "CarouselMessage", example: "carousel" },
  flow: { schema: "FlowMessage", example: "flow" },
} as const;
export type TypeName = keyof typeof TYPES;
export const TYPE_NAMES = Object.keys(TYPES) as TypeName[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const spec: any = parse(readFileSync(`${ROOT}openapi.yaml`, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec, SPEC_ID);
const validators = new Map<string, ValidateFunction>();

/** ajv's validator for the schema at a JSON pointer of openapi.yaml, e.g. `#/components/parameters/BotIdPath/schema`. */
export function validatorAt(pointer: string): ValidateFunction {
  let v = validators.get(pointer);
  if (!v) validators.set(pointer, (v = ajv.compile({ $ref: `${SPEC_ID}${pointer}` })));
  return v;
}

/** ajv's validator for `#/components/schemas/<schema>` (ajv counts maxLength in code points). */
export const validator = (schema: string): ValidateFunction => validatorAt(`#/components/schemas/${schema}`);

/** The union a payload is sent as: `Message` for the messages endpoint, `FlowMessage` for the flow one. */
export const unionOf = (type: TypeName) => (type === "flow" ? "FlowMessage" : "Message");

export function exampleOf(type: TypeName): unknown {
  const path = type === "flow" ? "/v1/bots/{botId}/users/{userId}/flow_message" : "/v1/bots/{botId}/messages";
  return spec.paths[path].post.requestBody.content["application/json"].examples[TYPES[type].example].value;
}

/** ajv error → the dot path a user expects: `/options/10/title` → `options.10.title`, plus the key for required/additionalProperties. */
export function errorPath(e: ErrorObject): string {
  const segs = e.instancePath === "" ? [] : e.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "required") segs.push(String(e.params.missingProperty));
  if (e.keyword === "additionalProperties") segs.push(String(e.params.additionalProperty));
  return segs.join(".");
}
export const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${errorPath(e) || "(root)"}: ${e.keyword} ${e.message}`).join("\n");

/** Every case of the corpus, by message type. */
export const corpus = new Map<TypeName, Case[]>(
  TYPE_NAMES.map((t) => [t, JSON.parse(readFileSync(`${FIXTURES}${t}.json`, "utf8")) as Case[]]),
);
export const allCases = [...corpus.entries()].flatMap(([type, cases]) => cases.map((c) => ({ type, c })));
export const title = (c: Case) => `${c.valid ? "accepts" : "rejects"} ${c.name}${c.valid ? "" : ` (at ${c.path})`}`;
