// openapi.yaml compiled with ajv (JSON Schema 2020-12), and the fixture corpus: shared by the
// contract tests, the SDK's corpus test and the property tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { MessageSchemaName } from "../../generated/messages.js";

export interface Case {
  name: string;
  valid: boolean;
  documented?: true;
  path?: string;
  limit?: string;
  /**
   * Invalid for the SDK only: the spec's portable `pattern` accepts it, the stricter
   * `x-sdk-pattern` the SDK enforces refuses it (see docs/spec-decisions.md, quick-reply titles).
   */
  sdkOnly?: true;
  payload: unknown;
}

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = `${ROOT}test/fixtures/messages/`;
const SPEC_ID = "https://jelou-sdk.test/openapi.yaml";

/**
 * Fixture file → the component schema of that type, and the name of its documented example. The
 * file names are the corpus's own; the schemas are checked against the spec's `Message.oneOf`
 * (generated/messages.ts) below, so a message type added to the spec fails to compile here.
 */
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
} as const satisfies Record<string, { schema: MessageSchemaName | "FlowMessage"; example: string }>;
type Uncovered = Exclude<MessageSchemaName, (typeof TYPES)[keyof typeof TYPES]["schema"]>;
/** Compiles only while every option of `Message.oneOf` has a fixture file above. */
export const EVERY_MESSAGE_SCHEMA_HAS_FIXTURES: [Uncovered] extends [never] ? true : Uncovered = true;
export type TypeName = keyof typeof TYPES;
export const TYPE_NAMES = Object.keys(TYPES) as TypeName[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const spec: any = parse(readFileSync(`${ROOT}openapi.yaml`, "utf8"));

/**
 * The document as the SDK enforces it: every `x-sdk-pattern` in place of the `pattern` beside it
 * (the spec's portable pattern says less, see ButtonTitle). The property tests use it as their
 * oracle, since the SDK's claim is "the spec, plus its x-sdk-* extensions".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sdkView(doc: any): any {
  if (Array.isArray(doc)) return doc.map(sdkView);
  if (!doc || typeof doc !== "object") return doc;
  const out = Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, sdkView(v)]));
  if (typeof doc["x-sdk-pattern"] === "string") out.pattern = doc["x-sdk-pattern"];
  return out;
}
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec, SPEC_ID);
const validators = new Map<string, ValidateFunction>();

/** ajv's validator for the schema at a JSON pointer of openapi.yaml, e.g. `#/components/parameters/BotIdPath/schema`. */
export function validatorAt(pointer: string): ValidateFunction {
  let v = validators.get(pointer);
  if (!v) validators.set(pointer, (v = ajv.compile({ $ref: `${SPEC_ID}${pointer}` })));
  return v;
}

/** ajv's validator for a schema made here, whose `$ref`s (`#/components/…`) point into openapi.yaml. */
export function compileInSpec(schema: object): ValidateFunction {
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${SPEC_ID}#/`)));
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
  const segs =
    e.instancePath === ""
      ? []
      : e.instancePath
          .slice(1)
          .split("/")
          .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
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
