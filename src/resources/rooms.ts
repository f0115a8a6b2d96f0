// Conversation rooms: post messages into one as a bot, an operator or any sender. Path
// `/v1/rooms/{roomId}/message` of openapi.yaml (tag `Widget`); the 24-hour rule applies.
import type { components } from "../../generated/openapi.js";
import { sendRoomMessageBody } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { pathParam } from "../params.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** Messages to post into a room, and who posts them (`senderId`). */
export type RoomMessages = components["schemas"]["RoomMessageRequest"];
/** One message of a room: `text` for text messages, `mediaUrl` for the others. */
export type RoomMessage = components["schemas"]["RoomMessage"];
/** Jelou's answer to a room send (no documented fields). */
export type RoomSendResult = components["schemas"]["RoomMessageResponse"];

/** `client.rooms`. */
export interface Rooms {
  /**
   * Posts messages into a conversation room; only users who wrote in the last 24 hours receive them.
   *
   * @example
   * await jelou.rooms.send("ROOM_ID", { senderId: "agent-12345", messages: [{ type: "text", text: "Hello" }] });
   */
  send(roomId: string, messages: RoomMessages, options?: CallOptions): Promise<RoomSendResult>;
}

/** `client.rooms` over a transport. */
export function rooms(t: Transport): Rooms {
  return {
    async send(roomId, messages, o = {}) {
      pathParam("roomId", roomId);
      const body = parse(sendRoomMessageBody, messages);
      return dataOf(await t.api(o).POST("/v1/rooms/{roomId}/message", { params: { path: { roomId } }, body }), "POST");
    },
  };
}
