import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { WHATS_APP_TEXT_MAX_LENGTH } from "../../generated/limits.js";
import { recipient, str } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a plain text message (`type: "text"` without `options`). */
export const textSchema = v.strictObject({
  type: v.literal("text"),
  ...recipient,
  text: str(WHATS_APP_TEXT_MAX_LENGTH),
});

/** A plain text message, up to 4,096 characters. */
export type TextMessage = components["schemas"]["TextMessage"];

/**
 * Builds a text message; throws `JelouValidationError` when it breaks a limit.
 *
 * @example
 * await jelou.send(botId, messages.text({ userId: "593987654321", text: "Hello!" }));
 */
export const text = builder<TextMessage>(textSchema, "text");
