// The whole client: session messages, every resource of the API, and `api`, the typed escape hatch.
// Each resource is a thin module over the transport (src/resources/<tag>.ts).
import { API_URL, CHATBOT_URL, GATEWAY_URL, PATH_HOSTS } from "../generated/servers.js";
import { JelouConfigError } from "./errors.js";
import { messaging, type Messaging } from "./send.js";
import { createTransport, type Api, type Host, type JelouOptions } from "./transport.js";

/** The client `createJelou` returns. */
export interface JelouClient extends Messaging {
  /**
   * openapi-fetch over every path of the contract, with this client's hosts, credentials, timeout
   * budget, retries and hooks: for anything the methods above do not cover.
   *
   * @example
   * const { data, error } = await jelou.api.GET("/v1/users/{userId}/state", { params: { path: { userId: "593987654321" } } });
   */
  api: Api;
}

/**
 * Creates a Jelou client. On a server, give it your credentials (`clientId`/`clientSecret`, and
 * `apiKey` for the gateway endpoints); in a browser, the token proxy's URL and a token function.
 *
 * @example
 * const jelou = createJelou({ clientId: env.JELOU_CLIENT_ID, clientSecret: env.JELOU_CLIENT_SECRET });
 * const { messageId } = await jelou.send("BOT_ID", messages.text({ userId: "593987654321", text: "Hi!" }));
 */
export function createJelou(options: JelouOptions): JelouClient {
  requireSomeCredential(options);
  const { baseUrl = API_URL, gatewayUrl = GATEWAY_URL, chatbotUrl = CHATBOT_URL } = options;
  const t = createTransport(options, {
    hostOf: (path): Host => (Object.hasOwn(PATH_HOSTS, path) ? PATH_HOSTS[path]! : "api"),
    urls: { api: baseUrl, gateway: gatewayUrl, chatbot: chatbotUrl },
  });
  return { ...messaging(t), api: t.api() };
}

/** A client with no credential at all can do nothing: say so at once rather than at the first call. */
export function requireSomeCredential(o: JelouOptions): void {
  if (o.clientId === undefined && o.clientSecret === undefined && o.token === undefined && o.apiKey === undefined)
    throw new JelouConfigError("createJelou: clientId and clientSecret are required (or token behind the proxy, or apiKey for the gateway)");
}
