import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { FILE_MESSAGE_FILENAME_MAX_LENGTH } from "../../generated/limits.js";
import { str } from "./fields.js";
import { mediaSchema } from "./media.js";
import { builder } from "./build.js";

/** Schema of a file message (text, PDF or Office ≤ 100 MB, checked by Jelou; file name ≤ 47 characters). */
export const fileSchema = mediaSchema("file", {
  text: v.optional(str()),
  filename: v.optional(str(FILE_MESSAGE_FILENAME_MAX_LENGTH)),
});

/** A document, with optional text and shown file name. */
export type FileMessage = components["schemas"]["FileMessage"];

/**
 * Builds a file message.
 *
 * @example
 * messages.file({ userId, mediaUrl: "https://example.com/invoice.pdf", filename: "invoice.pdf" });
 */
export const file = builder<FileMessage>(fileSchema, "file");
