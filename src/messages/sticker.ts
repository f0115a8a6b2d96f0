import type { components } from "../../generated/openapi.js";
import { mediaSchema } from "./media.js";
import { builder } from "./build.js";

/** Schema of a sticker message (WebP ≤ 100 KB, checked by Jelou). */
export const stickerSchema = mediaSchema("sticker", {});

/** A WebP sticker. */
export type StickerMessage = components["schemas"]["StickerMessage"];

/**
 * Builds a sticker message.
 *
 * @example
 * messages.sticker({ userId, mediaUrl: "https://example.com/thanks.webp" });
 */
export const sticker = builder<StickerMessage>(stickerSchema, "sticker");
