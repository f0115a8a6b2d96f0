// The events a receiver gets: a discriminated union on `type`, each body typed by the spec's
// `webhooks:` section (generated/openapi.ts). Only the narrowing of a message's `content` by its
// `type` is written here, from the generated content types.
import type { components, webhooks } from "../../generated/openapi.js";

type Schemas = components["schemas"];
// `Omit` of a type with an index signature keeps only the index signature (its keys are `string`):
// drop the index signature first, so the known fields survive, then allow unknown ones again.
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
type OmitKnown<T, K extends PropertyKey> = Omit<Known<T>, K> & { [key: string]: unknown };
type Body<K extends keyof webhooks> = NonNullable<webhooks[K]["post"]["requestBody"]>["content"]["application/json"];

/** A PMA message's `value`, its `content` narrowed by `type`. */
export type PmaMessageValue = OmitKnown<Schemas["PmaEventValue"], "type" | "content"> &
  (
    | { type: "text"; content: Schemas["PmaEventTextContent"] }
    | { type: "image" | "video"; content: Schemas["PmaEventMediaContent"] }
    | { type: "audio"; content: Schemas["PmaEventAudioContent"] }
    | { type: "document"; content: Schemas["PmaEventDocumentContent"] }
  );
/** Body of a PMA `message` event (webhook `pmaMessage`). */
export type PmaMessage = OmitKnown<Body<"pmaMessage">, "value"> & { value: PmaMessageValue };
/** Body of a PMA `conversation.start` / `conversation.close` event. */
export type PmaConversation = Body<"pmaConversationStart">;
/** Body of a delivery notification (webhook `deliveryNotification`). */
export type DeliveryNotification = Body<"deliveryNotification">;
/** Body of the old API's message of a user in `manual` state (webhook `userMessage`). */
export type UserMessage = Body<"userMessage">;
/** The delivery events: `delivered_channel`, `delivered_user`, `read`, `failed`, `reply`. */
export type DeliveryEventType = Schemas["EventWebhookEvent"];

/**
 * An event received from Jelou. Switch on `type`; `data` is the body as received (fields the
 * contract does not know are kept). `id` is the same on every redelivery of one event, for
 * de-duplication: the message id, or `<type>:<messageId>` / `<type>:<conversation id>`
 * (undefined when the body carries none). A body the SDK does not recognise — a new event, or a
 * message `type` added after this version — is `{ type: "unknown", raw }`, never an error.
 *
 * @example
 * switch (event.type) {
 *   case "message": if (event.data.value.type === "text") reply(event.data.room_id, event.data.value.content.body); break;
 *   case "read": markRead(event.data.messageId); break;
 *   case "unknown": console.log("new Jelou event"); break;
 * }
 */
export type JelouEvent =
  | { type: "message"; id: string; data: PmaMessage }
  | { type: "conversation.start" | "conversation.close"; id: string | undefined; data: PmaConversation }
  | { type: DeliveryEventType; id: string | undefined; data: DeliveryNotification }
  | { type: "user_message"; id: string; data: UserMessage }
  | { type: "unknown"; raw: unknown };
