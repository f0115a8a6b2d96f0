import { sendTemplateBody } from "../../generated/requests.js";
import type { TemplateSend } from "../resources/templates.js";
import { parse } from "./build.js";

/**
 * Builds and validates an HSM template send (`client.templates.send`): the way to start a
 * conversation outside the 24-hour window. Wire names, as Jelou documents them.
 *
 * @example
 * await jelou.templates.send("BOT_ID", messages.template({ elementName: "order_update", destinations: ["593987654321"], parameters: ["Ana"] }));
 */
export const template = (input: TemplateSend): TemplateSend => parse(sendTemplateBody, input);
