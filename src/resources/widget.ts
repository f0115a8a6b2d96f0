// The web widget: create one for a bot, and create (or fetch) its users. Tag `Widget` of openapi.yaml.
import type { components } from "../../generated/openapi.js";
import { createWidgetBody, createWidgetUserBody } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { type CallOptions, type Transport } from "../transport.js";
import { dataIn } from "./envelope.js";

/** A new widget: its bot, its settings, and the origins allowed (`whiteList`) or blocked (`blacKList`, Jelou's spelling). */
export type WidgetCreate = components["schemas"]["CreateWidgetRequest"];
/** The created widget, its bot and the API key the web widget uses. */
export type WidgetCreated = NonNullable<components["schemas"]["CreateWidgetResponse"]["data"]>;
/** The widget user to create, or to fetch when one with this `id` exists. */
export type WidgetUserCreate = components["schemas"]["CreateWidgetUserRequest"];
/** The widget user, their room and group room. */
export type WidgetUser = NonNullable<components["schemas"]["CreateWidgetUserResponse"]["data"]>;

/** `client.widget`. */
export interface Widget {
  /**
   * Creates a web widget for a bot; the answer carries its API key.
   *
   * @example
   * const { ApiKey } = await jelou.widget.create({ bot: { id: "BOT_ID" }, widget: { theme: { position: "right" } }, credentials: { whiteList: ["https://www.example.com"] } });
   */
  create(widget: WidgetCreate, options?: CallOptions): Promise<WidgetCreated>;
  /**
   * Creates a widget user and their room, or returns the existing user with this `id`.
   *
   * @example
   * const { User, Room } = await jelou.widget.createUser({ user: { id: "user-12345", names: "John Doe" } });
   */
  createUser(user: WidgetUserCreate, options?: CallOptions): Promise<WidgetUser>;
}

/** `client.widget` over a transport. */
export function widget(t: Transport): Widget {
  return {
    async create(widget, o = {}) {
      const body = parse(createWidgetBody, widget);
      return dataIn(await t.api(o).POST("/v1/widget/create", { body }), "POST");
    },
    async createUser(user, o = {}) {
      const body = parse(createWidgetUserBody, user);
      return dataIn(await t.api(o).POST("/v1/widget/user", { body }), "POST");
    },
  };
}
