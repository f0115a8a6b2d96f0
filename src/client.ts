// The whole client: session messages, every resource of the API, and `api`, the typed escape hatch.
// Each resource is a thin module over the transport (src/resources/<tag>.ts).
import { API_URL, CHATBOT_URL, GATEWAY_URL, PATH_HOSTS } from "../generated/servers.js";
import { apiKeyHeader, authHeader, requireSomeCredential } from "./auth.js";
import { campaigns, type Campaigns } from "./resources/campaigns.js";
import { conversations, type Conversations } from "./resources/conversations.js";
import { datum, type Datum } from "./resources/datum.js";
import { memory, type Memory } from "./resources/memory.js";
import { pma, type Pma } from "./resources/pma.js";
import { resources, type Resources } from "./resources/resources.js";
import { rooms, type Rooms } from "./resources/rooms.js";
import { users, type Users } from "./resources/users.js";
import { widget, type Widget } from "./resources/widget.js";
import { templates, type Templates } from "./resources/templates.js";
import { messaging, type Messaging } from "./send.js";
import { createTransport, type Api, type Host, type JelouOptions } from "./transport.js";

/** The client `createJelou` returns. */
export interface JelouClient extends Messaging {
  /** HSM templates: send (outside the 24-hour window), list, create. */
  templates: Templates;
  /** Bulk template campaigns from a CSV, and their list. */
  campaigns: Campaigns;
  /** Chat history and conversations handled by agents. */
  conversations: Conversations;
  /** A bot user's state (bot or human agent) and cache. */
  users: Users;
  /** Datum databases and their rows. */
  datum: Datum;
  /** Signed, temporary URLs of stored media. */
  resources: Resources;
  /** Messages posted into conversation rooms. */
  rooms: Rooms;
  /** The web widget and its users. */
  widget: Widget;
  /** Memory API v2 on the gateway (needs `apiKey`). */
  memory: Memory;
  /** PMA Custom, the external support panel (gateway, needs `apiKey`), and its signed agent messages. */
  pma: Pma;
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
    // The chatbot host takes no credential: the caller signs the body (X-Jelou-Signature).
    credentials: { api: ["Authorization", authHeader(options)], gateway: ["x-api-key", apiKeyHeader(options)] },
  });
  return {
    ...messaging(t),
    api: t.api(),
    templates: templates(t),
    campaigns: campaigns(t),
    conversations: conversations(t),
    users: users(t),
    datum: datum(t),
    resources: resources(t),
    rooms: rooms(t),
    widget: widget(t),
    memory: memory(t),
    pma: pma(t),
  };
}
