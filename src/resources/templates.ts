// HSM templates: the only way to start a conversation outside the 24-hour window.
// Tag `Campaigns` of openapi.yaml: send one template, list and create templates.
import type { components, operations } from "../../generated/openapi.js";
import { createTemplateBody, listTemplatesQuery, sendTemplateBody } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { pathParam } from "../params.js";
import type { SendOptions } from "../send.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** An individual template send, in Jelou's wire names (`elementName`, `destinations`, `parameters`, …). */
export type TemplateSend = components["schemas"]["TemplateSendRequest"];
/** Jelou's answer to a template send: one `{ id, destination }` per recipient. */
export type TemplateSendResult = components["schemas"]["TemplateSendResult"];
/** A template as `templates.list` returns it. */
export type Template = components["schemas"]["Template"];
/** Filters of `templates.list`. */
export type TemplateQuery = NonNullable<operations["listTemplates"]["parameters"]["query"]>;
/** A new template, as `templates.create` takes it. */
export type TemplateCreate = components["schemas"]["TemplateCreateRequest"];
/** Jelou's answer to `templates.create`. */
export type TemplateCreateResult = components["schemas"]["TemplateCreateResponse"];

/** `client.templates`. */
export interface Templates {
  /**
   * Sends an approved template to one or more numbers (`POST /v2/whatsapp/{botId}/hsm`). The
   * payload is validated first: nothing is sent when it breaks a documented limit.
   *
   * @example
   * const [{ id }] = await jelou.templates.send("BOT_ID", { elementName: "order_update", destinations: ["593987654321"], parameters: ["Ana", "A-17"] });
   */
  send(botId: string, hsm: TemplateSend, options?: SendOptions): Promise<TemplateSendResult>;
  /**
   * Lists the bot's templates, optionally filtered.
   *
   * @example
   * const approved = await jelou.templates.list("BOT_ID", { status: "APPROVED", category: "UTILITY" });
   */
  list(botId: string, query?: TemplateQuery, options?: CallOptions): Promise<Template[]>;
  /**
   * Creates a template; `sendToApprove: true` also submits it to Meta (the wire spells it `sendToAprove`).
   *
   * @example
   * await jelou.templates.create("BOT_ID", { category: "UTILITY", language: "es", elementName: "order_update", template: "Hola {{1}}" }, { sendToApprove: true });
   */
  create(botId: string, template: TemplateCreate, options?: SendOptions & { sendToApprove?: boolean }): Promise<TemplateCreateResult>;
}

/** `client.templates` over a transport. */
export function templates(t: Transport): Templates {
  return {
    async send(botId, hsm, o = {}) {
      pathParam("botId", botId);
      const body = o.validate === false ? hsm : parse(sendTemplateBody, hsm);
      return dataOf(await t.api(o).POST("/v2/whatsapp/{botId}/hsm", { params: { path: { botId } }, body }), "POST");
    },
    async list(botId, query = {}, o = {}) {
      pathParam("botId", botId);
      const r = await t.api(o).GET("/v1/bots/{botId}/templates", { params: { path: { botId }, query: parse(listTemplatesQuery, query) } });
      return dataOf(r, "GET").data ?? [];
    },
    async create(botId, template, o = {}) {
      pathParam("botId", botId);
      const body = o.validate === false ? template : parse(createTemplateBody, template);
      const query = o.sendToApprove === undefined ? undefined : { sendToAprove: o.sendToApprove };
      return dataOf(await t.api(o).POST("/v1/bots/{botId}/templates", { params: { path: { botId }, query }, body }), "POST");
    },
  };
}
