// jelou-sdk/messages: only what a page or Worker that sends session messages needs — the message
// builders, validation, `send`/`sendFlow` and the errors — so it pays for nothing else of the API.
import { API_URL } from "../../generated/servers.js";
import { requireSomeCredential } from "../auth.js";
import { messaging, type Messaging } from "../send.js";
import { apiOnly, createTransport, type JelouOptions } from "../transport.js";

/**
 * Creates a client that sends session messages (`send`, `sendFlow`) and nothing else.
 *
 * @example
 * import { createJelou, messages } from "jelou-sdk/messages";
 * const jelou = createJelou({ baseUrl: "https://jelou-proxy.example.workers.dev", token: getToken });
 * await jelou.send("BOT_ID", messages.text({ userId: "593987654321", text: "Hi!" }));
 */
export function createJelou(options: JelouOptions): Messaging {
  requireSomeCredential(options);
  return messaging(createTransport(options, apiOnly(options, API_URL)));
}

export type { Messaging, SendOptions, SendResult, FlowResult } from "../send.js";
export type { JelouOptions, CallOptions, Hooks, RequestInfo, ResponseInfo } from "../transport.js";
export * from "./shared.js";
export * as messages from "../messages/index.js";
