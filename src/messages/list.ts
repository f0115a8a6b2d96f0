import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  LIST_MESSAGE_OPTIONS_MAX_ITEMS,
  LIST_MESSAGE_OPTIONS_MIN_ITEMS,
  LIST_OPTION_DESCRIPTION_MAX_LENGTH,
  LIST_OPTION_TITLE_MAX_LENGTH,
  WHATS_APP_TEXT_MAX_LENGTH,
} from "../../generated/limits.js";
import { anyObject, list as items, recipient, str } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a list message: `type: "text"` with 1–10 `options` (the flat, current shape). */
export const listSchema = v.strictObject({
  type: v.literal("text"),
  ...recipient,
  text: str(WHATS_APP_TEXT_MAX_LENGTH),
  title: v.optional(str()),
  // Every key is optional, so only `anyObject` first stops `[]` passing as an empty object.
  buttonText: v.optional(v.pipe(anyObject, v.strictObject({ type: v.optional(v.literal("text")), text: v.optional(str()) }))),
  options: items(
    v.strictObject({
      id: v.optional(str()),
      title: str(LIST_OPTION_TITLE_MAX_LENGTH),
      description: v.optional(str(LIST_OPTION_DESCRIPTION_MAX_LENGTH)),
    }),
    LIST_MESSAGE_OPTIONS_MIN_ITEMS,
    LIST_MESSAGE_OPTIONS_MAX_ITEMS,
  ),
});

/** A text with a button that opens a list of 1 to 10 options. */
export type ListMessage = components["schemas"]["ListMessage"];

/**
 * Builds a list message (titles ≤ 24 characters, descriptions ≤ 72).
 *
 * @example
 * messages.list({ userId, text: "Pick a size", options: [{ id: "s", title: "Small" }, { id: "l", title: "Large" }] });
 */
export const list = builder<ListMessage>(listSchema, "text");
