// Session messages: `send` (POST /v1/bots/{botId}/messages) and `sendFlow`. Every payload is
// validated before anything goes on the wire, whichever builder (or hand) made it.
import type { components } from "../generated/openapi.js";
import { JelouApiError, JelouValidationError } from "./errors.js";
import { flowSchema, type FlowMessage } from "./messages/flow.js";
import { isObject } from "./object.js";
import { isBuilt, parse } from "./messages/build.js";
import { PHONE_NUMBER, pathParam } from "./params.js";
import { dataOf, type CallOptions, type Transport } from "./transport.js";
import { validateMessage, type Message } from "./validate.js";

/** Per-call options of `send` and `sendFlow`. */
export interface SendOptions extends CallOptions {
  /** `false` skips the SDK's validation (Jelou still validates). Default `true`. */
  validate?: boolean;
}

/** Jelou's answer to a sent message. */
export type SendResult = components["schemas"]["SendMessageResponse"];
/** Jelou's answer to a sent flow button: an object with no documented fields. */
export type FlowResult = components["schemas"]["FlowMessageResponse"];

/** The message-sending methods of a client. */
export interface Messaging {
  /**
   * Sends one session message (inside the 24-hour window).
   *
   * @example
   * const { messageId } = await jelou.send("BOT_ID", messages.text({ userId: "593987654321", text: "Hi!" }));
   */
  send(botId: string, message: Message, options?: SendOptions): Promise<SendResult>;
  /**
   * Sends a WhatsApp Flow button; the recipient (phone without `+`) goes in the path.
   *
   * @example
   * await jelou.sendFlow("BOT_ID", "593987654321", messages.flow({ text: "Book", parameters: { flow_name: "booking", flow_cta: "Book" } }));
   */
  sendFlow(botId: string, userId: string, flow: FlowMessage, options?: SendOptions): Promise<FlowResult>;
}

/** `send` and `sendFlow` over a transport. */
export function messaging(t: Transport): Messaging {
  // Both endpoints document a JSON object; Jelou said 2xx, so anything else may well be out: never "not sent".
  // `send`'s answer must carry the `messageId` it documents; `sendFlow`'s documented answer is `{}`.
  const object = <T>(r: { data?: T; error?: unknown; response: Response }, id?: boolean): T => {
    const data = dataOf(r, "POST");
    if (!isObject(data) || (id && typeof data.messageId !== "string")) throw new JelouApiError(r.response.status, data, true);
    return data;
  };
  return {
    async send(botId, message, o = {}) {
      pathParam("botId", botId);
      let body: Message = message;
      if (o.validate !== false) {
        // A builder's (frozen) output was validated when it was made; anything else is validated now.
        if (!isBuilt(message)) {
          const r = validateMessage(message);
          if (!r.success) throw new JelouValidationError(r.issues);
          // Send what was validated: a getter or a proxy cannot show one value to the check and another to JSON.stringify.
          body = r.output;
        }
        if (body.botId !== undefined && body.botId !== botId)
          throw new JelouValidationError([{ path: "botId", message: `must equal the botId of the URL, ${JSON.stringify(botId)}` }]);
      }
      return object(
        await t.api(o).POST("/v1/bots/{botId}/messages", {
          params: { path: { botId } },
          body,
        }),
        true,
      );
    },
    async sendFlow(botId, userId, flow, o = {}) {
      pathParam("botId", botId);
      pathParam("userId", userId, PHONE_NUMBER);
      const body = o.validate === false ? flow : parse(flowSchema, flow);
      return object(
        await t.api(o).POST("/v1/bots/{botId}/users/{userId}/flow_message", {
          params: { path: { botId, userId } },
          body,
        }),
      );
    },
  };
}
