import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { str } from "./fields.js";
import { mediaSchema } from "./media.js";
import { builder } from "./build.js";

/** Schema of a video message (MP4/3GP ≤ 16 MB, checked by Jelou). */
export const videoSchema = mediaSchema("video", { text: v.optional(str()) });

/** A video with an optional caption in `text`. */
export type VideoMessage = components["schemas"]["VideoMessage"];

/**
 * Builds a video message.
 *
 * @example
 * messages.video({ userId, mediaUrl: "https://example.com/howto.mp4", text: "How it works" });
 */
export const video = builder<VideoMessage>(videoSchema, "video");
