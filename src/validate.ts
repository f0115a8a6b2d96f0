import * as v from "valibot";
import type { components } from "../generated/openapi.js";
import type { MessageType } from "../generated/messages.js";
import type { Issue } from "./errors.js";
import { toIssue } from "./messages/build.js";
import { oneOf } from "./messages/wording.js";
import { isObject } from "./object.js";
import { textSchema } from "./messages/text.js";
import { listSchema } from "./messages/list.js";
import { quickReplySchema } from "./messages/quick-reply.js";
import { imageSchema } from "./messages/image.js";
import { audioSchema } from "./messages/audio.js";
import { videoSchema } from "./messages/video.js";
import { fileSchema } from "./messages/file.js";
import { stickerSchema } from "./messages/sticker.js";
import { locationSchema } from "./messages/location.js";
import { contactsSchema } from "./messages/contacts.js";
import { locationRequestSchema } from "./messages/location-request.js";
import { urlButtonSchema } from "./messages/url-button.js";
import { callButtonSchema } from "./messages/call-button.js";
import { carouselSchema } from "./messages/carousel.js";

/** Any message `POST /v1/bots/{botId}/messages` accepts. */
export type Message = components["schemas"]["Message"];

// Keyed by every message `type` of the spec but `text` (text or list, told apart below): a type
// added to openapi.yaml fails to compile here until it has a schema. Type-only, so no list in the bundle.
const byType: { [T in Exclude<MessageType, "text">]: v.GenericSchema } = {
  quick_reply: quickReplySchema,
  image: imageSchema,
  audio: audioSchema,
  video: videoSchema,
  file: fileSchema,
  sticker: stickerSchema,
  location: locationSchema,
  contacts: contactsSchema,
  location_request: locationRequestSchema,
  cta_url: urlButtonSchema,
  voice_call: callButtonSchema,
  CAROUSEL: carouselSchema,
};

/**
 * Every message `type` of the contract, in spec order (`text` serves text and list). Taken from the
 * schemas above rather than from a second list; a test checks it against generated/messages.ts.
 *
 * @example
 * MESSAGE_TYPES.includes(body.type)
 */
export const MESSAGE_TYPES = ["text", ...Object.keys(byType)] as readonly MessageType[];

/** The outcome of `validateMessage`; `output` is a plain copy of the checked message. */
export type ValidationResult = { success: true; output: Message } | { success: false; issues: Issue[] };

/**
 * Checks any value against the contract without sending it. `type` picks the schema, and for
 * `type: "text"` the presence of `options` tells a list from plain text, so issues speak of the
 * message the caller meant rather than of fourteen alternatives.
 *
 * @example
 * const r = validateMessage(JSON.parse(body));
 * if (!r.success) return Response.json({ issues: r.issues }, { status: 422 });
 */
export function validateMessage(payload: unknown): ValidationResult {
  if (!isObject(payload)) return { success: false, issues: [{ path: "", message: "must be a message object" }] };
  const type = (payload as { type?: unknown }).type;
  const schema =
    type === "text"
      ? "options" in payload
        ? listSchema
        : textSchema
      : typeof type === "string" && Object.hasOwn(byType, type)
        ? byType[type as keyof typeof byType]
        : undefined;
  if (!schema)
    return {
      success: false,
      issues: [{ path: "type", message: oneOf(MESSAGE_TYPES, type) }],
    };
  const r = v.safeParse(schema, payload);
  return r.success ? { success: true, output: r.output as Message } : { success: false, issues: r.issues.map(toIssue) };
}
