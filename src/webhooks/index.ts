// jelou-sdk/webhooks: receiving from Jelou. Verify `X-Jelou-Signature` over the exact bytes, parse
// into typed events, refuse forged, replayed and broken deliveries. Web Crypto only, no dependencies.
export { signPayload, type RawBody } from "./sign.js";
export { verifySignature } from "./verify.js";
export { constructEvent, type ConstructEventOptions } from "./construct.js";
export { receiveWebhook, type ReceiveWebhookOptions, type ReceivedWebhook } from "./receive.js";
export { JelouWebhookError, type WebhookFailure } from "./error.js";
export type {
  JelouEvent,
  PmaMessage,
  PmaMessageValue,
  PmaConversation,
  DeliveryNotification,
  DeliveryEventType,
  UserMessage,
} from "./events.js";
