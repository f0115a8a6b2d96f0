// jelou-sdk/templates: HSM templates only — a backend or Worker that starts conversations with
// approved templates pays for that and nothing else of the API.
import { API_URL } from "../../generated/servers.js";
import { requireSomeCredential } from "../auth.js";
import { templates, type Templates } from "../resources/templates.js";
import { apiOnly, createTransport, type JelouOptions } from "../transport.js";

/**
 * Creates a client with `templates` (send, list, create) and nothing else.
 *
 * @example
 * import { createJelou, template } from "jelou-sdk/templates";
 * const jelou = createJelou({ clientId: env.JELOU_CLIENT_ID, clientSecret: env.JELOU_CLIENT_SECRET });
 * await jelou.templates.send("BOT_ID", template({ elementName: "order_update", destinations: ["593987654321"] }));
 */
export function createJelou(options: JelouOptions): { templates: Templates } {
  requireSomeCredential(options);
  return { templates: templates(createTransport(options, apiOnly(options, API_URL))) };
}

export { template } from "../messages/template.js";
export type * from "../resources/templates.js";
export type { SendOptions } from "../send.js";
export type { JelouOptions, CallOptions, Hooks, RequestInfo, ResponseInfo } from "../transport.js";
export { JelouError, JelouValidationError, JelouApiError, JelouTimeoutError, JelouNetworkError, JelouConfigError } from "../errors.js";
export type { Issue, JelouErrorBody } from "../errors.js";
