// One call of every platform method (users, Datum, resources, rooms, widget, Memory, PMA Custom),
// with the documented example inputs: shared by the stub tests and the mock-Jelou tests, so "every
// method" means the same list in both.
import type { JelouClient } from "../../src/index.js";

export type Host = "api" | "gateway" | "chatbot";
export interface PlatformCall {
  /** The method as a user writes it. */
  name: string;
  /** The operation of openapi.yaml it must reach. */
  operationId: string;
  host: Host;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  run(jelou: JelouClient, signal?: AbortSignal): Promise<unknown>;
}

export const PHONE = "593987654321";
export const ROW_ID = "65a4f0c2e4b0a1b2c3d4e5f6";
export const SIGNING_SECRET = "signing-secret";
export interface Order {
  orderNumber: string;
  total: number;
}
export const agentMessage = {
  field: "messages",
  object: "message_event",
  event_type: "incoming_message",
  project_id: "PROJECT_ID",
  room_id: "ROOM_ID",
  bot_id: "BOT_ID",
  user_id: PHONE,
  value: { id: "msg-001", type: "text", content: { body: "Hi, I am Ana from support. Ünïcode ✓" } },
} as const;
export const memorySet = {
  userReferenceId: PHONE,
  botId: "BOT_ID",
  values: { plan: { value: "premium", ttl: 3600, contentType: "text/plain" }, cart: { value: { items: 2 } } },
};

export const PLATFORM_CALLS: PlatformCall[] = [
  {
    name: "users.getState",
    operationId: "getUserState",
    host: "api",
    method: "GET",
    run: (j, signal) => j.users.getState(PHONE, { signal }),
  },
  {
    name: "users.setState",
    operationId: "setUserState",
    host: "api",
    method: "POST",
    run: (j, signal) => j.users.setState({ botId: "BOT_ID", userId: PHONE, state: "manual", ttl: 3600 }, { signal }),
  },
  {
    name: "users.getCache",
    operationId: "getUserCache",
    host: "api",
    method: "GET",
    run: (j, signal) => j.users.getCache(PHONE, { botId: "BOT_ID" }, { signal }),
  },
  {
    name: "users.mergeCache",
    operationId: "mergeUserCache",
    host: "api",
    method: "POST",
    run: (j, signal) => j.users.mergeCache(PHONE, { botId: "BOT_ID", params: { orderNumber: "ORD-12345" } }, { signal }),
  },
  {
    name: "datum.databases.list",
    operationId: "listDatabases",
    host: "api",
    method: "GET",
    run: (j, signal) => j.datum.databases.list({ signal }),
  },
  {
    name: "datum.databases.get",
    operationId: "getDatabase",
    host: "api",
    method: "GET",
    run: (j, signal) => j.datum.databases.get("42", { signal }),
  },
  {
    name: "datum.rows.list",
    operationId: "listRows",
    host: "api",
    method: "GET",
    run: (j, signal) => j.datum.rows<Order>("42").list({ limit: 10, search: "ORD-12345", searchBy: "orderNumber" }, { signal }).page(1),
  },
  {
    name: "datum.rows.create",
    operationId: "createRow",
    host: "api",
    method: "POST",
    run: (j, signal) => j.datum.rows<Order>("42").create({ orderNumber: "ORD-12345", total: 25.5 }, { signal }),
  },
  {
    name: "datum.rows.get",
    operationId: "getRow",
    host: "api",
    method: "GET",
    run: (j, signal) => j.datum.rows<Order>("42").get(ROW_ID, { signal }),
  },
  {
    name: "datum.rows.update",
    operationId: "updateRow",
    host: "api",
    method: "PUT",
    run: (j, signal) => j.datum.rows<Order>("42").update(ROW_ID, { total: 30 }, { signal }),
  },
  {
    name: "datum.rows.delete",
    operationId: "deleteRow",
    host: "api",
    method: "DELETE",
    run: (j, signal) => j.datum.rows("42").delete(ROW_ID, { signal }),
  },
  {
    name: "resources.refresh",
    operationId: "refreshResource",
    host: "api",
    method: "POST",
    run: (j, signal) => j.resources.refresh({ resourceUrl: "https://storage.jelou.ai/files/document.pdf", ttl: 900 }, { signal }),
  },
  {
    name: "rooms.send",
    operationId: "sendRoomMessage",
    host: "api",
    method: "POST",
    run: (j, signal) => j.rooms.send("ROOM_ID", { senderId: "agent-12345", messages: [{ type: "text", text: "Hello" }] }, { signal }),
  },
  {
    name: "widget.create",
    operationId: "createWidget",
    host: "api",
    method: "POST",
    run: (j, signal) =>
      j.widget.create(
        {
          bot: { id: "BOT_ID" },
          widget: { properties: { type: "widget" }, theme: { position: "right", font: { googlefont: "Roboto", name: "Roboto" } } },
          credentials: { blacKList: [], whiteList: ["https://www.example.com"] },
        },
        { signal },
      ),
  },
  {
    name: "widget.createUser",
    operationId: "createWidgetUser",
    host: "api",
    method: "POST",
    run: (j, signal) => j.widget.createUser({ user: { id: "user-12345", names: "John Doe" } }, { signal }),
  },
  {
    name: "memory.set",
    operationId: "setMemory",
    host: "gateway",
    method: "POST",
    run: (j, signal) => j.memory.set(memorySet, { hashTtlSeconds: 86_400, signal }),
  },
  {
    name: "memory.getAll",
    operationId: "getAllMemory",
    host: "gateway",
    method: "POST",
    run: (j, signal) => j.memory.getAll({ userReferenceId: PHONE, botId: "BOT_ID" }, { signal }),
  },
  {
    name: "memory.findOne",
    operationId: "findOneMemory",
    host: "gateway",
    method: "POST",
    run: (j, signal) => j.memory.findOne({ userReferenceId: PHONE, botId: "BOT_ID", key: "plan" }, { signal }),
  },
  {
    name: "pma.integrations.create",
    operationId: "createPmaIntegration",
    host: "gateway",
    method: "POST",
    run: (j, signal) =>
      j.pma.integrations.create(
        "PROJECT_ID",
        { webhookUrl: "https://support.example.com/jelou/webhook", authType: "bearer", authorization: "my-webhook-token" },
        { signal },
      ),
  },
  {
    name: "pma.integrations.get",
    operationId: "getPmaIntegration",
    host: "gateway",
    method: "GET",
    run: (j, signal) => j.pma.integrations.get("PROJECT_ID", { signal }),
  },
  {
    name: "pma.integrations.update",
    operationId: "updatePmaIntegration",
    host: "gateway",
    method: "PATCH",
    run: (j, signal) =>
      j.pma.integrations.update(
        "PROJECT_ID",
        { webhookUrl: "https://support.example.com/jelou/webhook-v2", authType: "api_key", authorization: "my-api-key" },
        { signal },
      ),
  },
  {
    name: "pma.conversations.start",
    operationId: "startPmaConversation",
    host: "gateway",
    method: "POST",
    run: (j, signal) =>
      j.pma.conversations.start(
        "PROJECT_ID",
        {
          botId: "BOT_ID",
          userId: PHONE,
          initialMessage: "The customer asks for a refund",
          metadata: { ticketId: "TCK-123" },
          assignment: { type: "queue", target: "support" },
        },
        { signal },
      ),
  },
  {
    name: "pma.conversations.close",
    operationId: "closePmaConversation",
    host: "gateway",
    method: "POST",
    run: (j, signal) =>
      j.pma.conversations.close(
        "PROJECT_ID",
        { botId: "BOT_ID", userId: PHONE, redirectPayload: { type: "text", text: "Thanks for contacting us" } },
        { signal },
      ),
  },
  {
    name: "pma.conversations.get",
    operationId: "getPmaConversation",
    host: "gateway",
    method: "GET",
    run: (j, signal) => j.pma.conversations.get("PROJECT_ID", "CONVERSATION_ID", { signal }),
  },
  {
    name: "pma.sendAgentMessage",
    operationId: "sendPmaAgentMessage",
    host: "chatbot",
    method: "POST",
    run: (j, signal) => j.pma.sendAgentMessage(agentMessage, { signingSecret: SIGNING_SECRET, signal }),
  },
];

/** The tags of openapi.yaml these methods cover: every operation of them must be in `PLATFORM_CALLS`. */
export const PLATFORM_TAGS = ["Users", "Datum", "Resources", "Widget", "Memory", "PMA Custom"];
