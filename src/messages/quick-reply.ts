import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  QUICK_REPLY_MESSAGE_QUICK_REPLIES_MAX_ITEMS,
  QUICK_REPLY_MESSAGE_QUICK_REPLIES_MIN_ITEMS,
  QUICK_REPLY_MESSAGE_TITLE_MAX_LENGTH,
} from "../../generated/limits.js";
import { buttonTitle, list, recipient, str } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a quick-reply message: 1–3 buttons with unique titles. */
export const quickReplySchema = v.strictObject({
  type: v.literal("quick_reply"),
  ...recipient,
  text: str(),
  title: v.optional(str(QUICK_REPLY_MESSAGE_TITLE_MAX_LENGTH)),
  quick_replies: v.pipe(
    list(v.strictObject({ title: buttonTitle }), QUICK_REPLY_MESSAGE_QUICK_REPLIES_MIN_ITEMS, QUICK_REPLY_MESSAGE_QUICK_REPLIES_MAX_ITEMS),
    v.check((b) => new Set(b.map((x) => x.title)).size === b.length, "titles must be unique"),
  ),
});

/** Text with up to three reply buttons. */
export type QuickReplyMessage = components["schemas"]["QuickReplyMessage"];

/**
 * Builds a quick-reply message (titles ≤ 20 characters, unique, no emoji or markdown).
 *
 * @example
 * messages.quickReply({ userId, text: "Continue?", quick_replies: [{ title: "Yes" }, { title: "No" }] });
 */
export const quickReply = builder<QuickReplyMessage>(quickReplySchema, "quick_reply");
