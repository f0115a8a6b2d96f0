import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { anyObject, str } from "./fields.js";
import { parse } from "./build.js";

/** Schema of the flow endpoint's body (the recipient goes in the path, not here). */
export const flowSchema = v.strictObject({
  title: v.optional(str()),
  text: str(),
  caption: v.optional(str()),
  parameters: v.strictObject({
    flow_name: str(),
    flow_cta: str(),
    flow_action_payload: v.optional(anyObject),
  }),
});

/** A button that opens a WhatsApp Flow already created in Jelou for the bot. */
export type FlowMessage = components["schemas"]["FlowMessage"];

/**
 * Builds the body of a flow button; send it with `jelou.sendFlow(botId, userId, flow)`.
 *
 * @example
 * await jelou.sendFlow(botId, "593987654321", messages.flow({ text: "Book a visit", parameters: { flow_name: "booking", flow_cta: "Book" } }));
 */
export const flow = (input: FlowMessage): FlowMessage => parse(flowSchema, input);
