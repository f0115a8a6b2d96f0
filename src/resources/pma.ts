// PMA Custom, the external support panel, on the gateway (`x-api-key`): register the panel's
// webhook, start, close and read human-agent conversations. The panel's agent messages go to the
// chatbot host instead, authenticated only by the HMAC signature of their exact body. Tag
// `PMA Custom` of openapi.yaml.
import type { components } from "../../generated/openapi.js";
import {
  closePmaConversationBody,
  createPmaIntegrationBody,
  sendPmaAgentMessageBody,
  startPmaConversationBody,
  updatePmaIntegrationBody,
} from "../../generated/requests.js";
import { JelouConfigError } from "../errors.js";
import { parse } from "../messages/build.js";
import { pathParam } from "../params.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";
import { signPayload } from "../webhooks/sign.js";
import { dataIn } from "./envelope.js";

type S = components["schemas"];

/** The panel's webhook and how Jelou authenticates to it (`bearer`, `api_key`, `basic`, `no_auth`). */
export type PmaIntegrationCreate = S["PmaIntegrationCreateRequest"];
/** Fields of the integration to change (at least one). */
export type PmaIntegrationUpdate = S["PmaIntegrationUpdateRequest"];
/** The project's integration; `signingSecret` only in the answer to `create`. */
export type PmaIntegration = S["PmaIntegration"];
/** The bot user to hand over to the panel, and where to route them. */
export type PmaConversationStart = S["PmaConversationStartRequest"];
/** The panel conversation to close, and what the bot does when it takes the user back. */
export type PmaConversationClose = S["PmaConversationCloseRequest"];
/** Jelou's acknowledgement of a start or close (the platform envelope, no `data`). */
export type PmaConversationAck = S["PmaConversationAck"];
/** A panel conversation and its state. */
export type PmaConversation = S["PmaConversation"];
/** One message of an agent: its `content` is the shape of its `type`. */
export type PmaMessageValue = Omit<S["PmaMessageValue"], "type" | "content"> &
  (
    | { type: "text"; content: S["PmaTextContent"] }
    | { type: "image" | "video"; content: S["PmaCaptionedMediaContent"] }
    | { type: "audio"; content: S["PmaAudioContent"] }
    | { type: "document"; content: S["PmaDocumentContent"] }
  );
/** An agent's message, posted by the panel to Jelou. */
export type PmaAgentMessage = Omit<S["PmaAgentMessage"], "value"> & { value: PmaMessageValue };
/** Jelou's answer to an agent message (no documented fields). */
export type PmaAgentMessageResult = S["PmaWebhookAck"];
/** Options of `pma.sendAgentMessage`. */
export interface PmaSignOptions extends CallOptions {
  /** The integration's `signingSecret` (from `pma.integrations.create`): it signs the body. */
  signingSecret: string;
}

/** `client.pma.integrations`. */
export interface PmaIntegrations {
  /**
   * Registers the panel's webhook for a project. Keep the answer's `signingSecret`: it is shown only here.
   *
   * @example
   * const { signingSecret } = await jelou.pma.integrations.create("PROJECT_ID", { webhookUrl: "https://support.example.com/jelou/webhook", authType: "bearer", authorization: "my-webhook-token" });
   */
  create(projectId: string, integration: PmaIntegrationCreate, options?: CallOptions): Promise<PmaIntegration>;
  /**
   * The project's integration (without the signing secret).
   *
   * @example
   * const { webhookUrl } = await jelou.pma.integrations.get("PROJECT_ID");
   */
  get(projectId: string, options?: CallOptions): Promise<PmaIntegration>;
  /**
   * Changes the webhook URL and/or how Jelou authenticates to it.
   *
   * @example
   * await jelou.pma.integrations.update("PROJECT_ID", { webhookUrl: "https://support.example.com/jelou/webhook-v2" });
   */
  update(projectId: string, changes: PmaIntegrationUpdate, options?: CallOptions): Promise<PmaIntegration>;
}

/** `client.pma.conversations`. */
export interface PmaConversations {
  /**
   * Hands a bot user over to the panel (Jelou emits `conversation.start` to its webhook).
   *
   * @example
   * await jelou.pma.conversations.start("PROJECT_ID", { botId: "BOT_ID", userId: "593987654321", assignment: { type: "queue", target: "support" } });
   */
  start(projectId: string, conversation: PmaConversationStart, options?: CallOptions): Promise<PmaConversationAck>;
  /**
   * Ends the panel conversation and gives the user back to the bot.
   *
   * @example
   * await jelou.pma.conversations.close("PROJECT_ID", { botId: "BOT_ID", userId: "593987654321", redirectPayload: { type: "text", text: "Thanks!" } });
   */
  close(projectId: string, conversation: PmaConversationClose, options?: CallOptions): Promise<PmaConversationAck>;
  /**
   * A panel conversation and its state.
   *
   * @example
   * const { state } = await jelou.pma.conversations.get("PROJECT_ID", "CONVERSATION_ID");
   */
  get(projectId: string, conversationId: string, options?: CallOptions): Promise<PmaConversation>;
}

/** `client.pma` (the gateway methods need the `apiKey` option). */
export interface Pma {
  integrations: PmaIntegrations;
  conversations: PmaConversations;
  /**
   * Sends an agent's message to the user through Jelou, signed with `X-Jelou-Signature` (HMAC-SHA256
   * of the exact body with `signingSecret`); no other credential is sent.
   *
   * @example
   * await jelou.pma.sendAgentMessage({ field: "messages", object: "message_event", event_type: "incoming_message", project_id: "PROJECT_ID", room_id: "ROOM_ID", bot_id: "BOT_ID", user_id: "593987654321", value: { id: "msg-001", type: "text", content: { body: "Hi, I am Ana" } } }, { signingSecret });
   */
  sendAgentMessage(message: PmaAgentMessage, options: PmaSignOptions): Promise<PmaAgentMessageResult>;
}

/** `client.pma` over a transport. */
export function pma(t: Transport): Pma {
  return {
    integrations: {
      async create(projectId, integration, o = {}) {
        pathParam("projectId", projectId);
        const body = parse(createPmaIntegrationBody, integration);
        return dataOf(await t.api(o).POST("/jelouapi/v1/external-support/{projectId}", { params: { path: { projectId } }, body }), "POST");
      },
      async get(projectId, o = {}) {
        pathParam("projectId", projectId);
        return dataIn(await t.api(o).GET("/jelouapi/v1/external-support/{projectId}", { params: { path: { projectId } } }), "GET");
      },
      async update(projectId, changes, o = {}) {
        pathParam("projectId", projectId);
        const body = parse(updatePmaIntegrationBody, changes);
        return dataOf(
          await t.api(o).PATCH("/jelouapi/v1/external-support/{projectId}", { params: { path: { projectId } }, body }),
          "PATCH",
        );
      },
    },
    conversations: {
      async start(projectId, conversation, o = {}) {
        pathParam("projectId", projectId);
        const body = parse(startPmaConversationBody, conversation);
        return dataOf(
          await t.api(o).POST("/jelouapi/v1/external-support/{projectId}/conversations/start", { params: { path: { projectId } }, body }),
          "POST",
        );
      },
      async close(projectId, conversation, o = {}) {
        pathParam("projectId", projectId);
        const body = parse(closePmaConversationBody, conversation);
        return dataOf(
          await t.api(o).POST("/jelouapi/v1/external-support/{projectId}/conversations/close", { params: { path: { projectId } }, body }),
          "POST",
        );
      },
      async get(projectId, conversationId, o = {}) {
        pathParam("projectId", projectId);
        pathParam("conversationId", conversationId);
        const path = { projectId, conversationId };
        return dataIn(
          await t.api(o).GET("/jelouapi/v1/external-support/{projectId}/conversations/{conversationId}", { params: { path } }),
          "GET",
        );
      },
    },
    async sendAgentMessage(message, o) {
      if (typeof o?.signingSecret !== "string" || !o.signingSecret)
        throw new JelouConfigError("pma.sendAgentMessage: the signingSecret option must be the integration's non-empty signing secret");
      const body = parse(sendPmaAgentMessageBody, message);
      // Serialized once: the signature covers these exact bytes, and these exact bytes are sent.
      const text = JSON.stringify(body);
      const headers = { "X-Jelou-Signature": await signPayload(o.signingSecret, text) };
      return dataOf(await t.api(o).POST("/v1/external-support/webhook", { body, headers, bodySerializer: () => text }), "POST");
    },
  };
}
