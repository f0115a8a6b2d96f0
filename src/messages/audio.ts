import type { components } from "../../generated/openapi.js";
import { mediaSchema } from "./media.js";
import { builder } from "./build.js";

/** Schema of an audio message (AAC, MP4, MPEG, AMR or OGG/opus ≤ 16 MB, checked by Jelou). No caption. */
export const audioSchema = mediaSchema("audio", {});

/** An audio clip. */
export type AudioMessage = components["schemas"]["AudioMessage"];

/**
 * Builds an audio message.
 *
 * @example
 * messages.audio({ userId, mediaUrl: "https://example.com/welcome.ogg" });
 */
export const audio = builder<AudioMessage>(audioSchema, "audio");
