import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  URL_BUTTON_MESSAGE_CAPTION_MAX_LENGTH,
  URL_BUTTON_MESSAGE_PARAMETERS_DISPLAY_TEXT_MAX_LENGTH,
  URL_BUTTON_MESSAGE_PARAMETERS_URL_MAX_LENGTH,
  URL_BUTTON_MESSAGE_TEXT_MAX_LENGTH,
  URL_BUTTON_MESSAGE_TITLE_MAX_LENGTH,
} from "../../generated/limits.js";
import { maxChars, recipient, str, webUrl } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a URL button (`type: "cta_url"`): header, body, footer and one button. */
export const urlButtonSchema = v.strictObject({
  type: v.literal("cta_url"),
  ...recipient,
  title: str(URL_BUTTON_MESSAGE_TITLE_MAX_LENGTH),
  text: str(URL_BUTTON_MESSAGE_TEXT_MAX_LENGTH),
  caption: str(URL_BUTTON_MESSAGE_CAPTION_MAX_LENGTH),
  parameters: v.strictObject({
    url: v.pipe(webUrl, maxChars(URL_BUTTON_MESSAGE_PARAMETERS_URL_MAX_LENGTH)),
    display_text: str(URL_BUTTON_MESSAGE_PARAMETERS_DISPLAY_TEXT_MAX_LENGTH),
  }),
});

/** A message whose button opens a URL. */
export type UrlButtonMessage = components["schemas"]["UrlButtonMessage"];

/**
 * Builds a URL button message (header ≤ 60, body ≤ 1,024, footer ≤ 60, label ≤ 18 characters).
 *
 * @example
 * messages.urlButton({ userId, title: "Your order", text: "Track it here", caption: "Jelou", parameters: { url: "https://example.com/o/1", display_text: "Track order" } });
 */
export const urlButton = builder<UrlButtonMessage>(urlButtonSchema, "cta_url");
