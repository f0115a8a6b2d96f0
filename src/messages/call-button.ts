import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { recipient, str } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a call button (`type: "voice_call"`); its header field is `header`, not `title`. */
export const callButtonSchema = v.strictObject({
  type: v.literal("voice_call"),
  ...recipient,
  header: v.optional(str()),
  text: str(),
  parameters: v.strictObject({ display_text: str() }),
});

/** A message whose button starts a WhatsApp voice call. */
export type CallButtonMessage = components["schemas"]["CallButtonMessage"];

/**
 * Builds a call button message.
 *
 * @example
 * messages.callButton({ userId, text: "Talk to an agent", parameters: { display_text: "Call us" } });
 */
export const callButton = builder<CallButtonMessage>(callButtonSchema, "voice_call");
