import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { IMAGE_MESSAGE_TEXT_MAX_LENGTH } from "../../generated/limits.js";
import { str } from "./fields.js";
import { mediaSchema } from "./media.js";
import { builder } from "./build.js";

/** Schema of an image message (JPEG/PNG ≤ 5 MB, checked by Jelou; caption ≤ 1,024 characters). */
export const imageSchema = mediaSchema("image", { text: v.optional(str(IMAGE_MESSAGE_TEXT_MAX_LENGTH)) });

/** An image with an optional caption in `text`. */
export type ImageMessage = components["schemas"]["ImageMessage"];

/**
 * Builds an image message.
 *
 * @example
 * messages.image({ userId, mediaUrl: "https://example.com/menu.png", text: "Today's menu" });
 */
export const image = builder<ImageMessage>(imageSchema, "image");
