// Conversations: a bot's chat history and the conversations human agents handled.
// Tag `Conversations` of openapi.yaml; both lists are paginated.
import type { components, operations } from "../../generated/openapi.js";
import { getChatHistoryQuery, listAttendedConversationsBody, listAttendedConversationsQuery } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { paginate, type Paginated } from "../paginate.js";
import { pathParam } from "../params.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** Filters of `conversations.history` (`limit` ≤ 50). */
export type HistoryQuery = NonNullable<operations["getChatHistory"]["parameters"]["query"]>;
/** One message of the chat history. */
export type HistoryMessage = components["schemas"]["HistoryMessage"];
/** The period of `conversations.attended`, and optionally the page size (≤ 50) and first page. */
export type AttendedQuery = Omit<components["schemas"]["AttendedConversationsRequest"], "getJson"> &
  NonNullable<operations["listAttendedConversations"]["parameters"]["query"]>;
/** A conversation handled by a human agent. */
export type AttendedConversation = components["schemas"]["AttendedConversation"];

/** `client.conversations`. */
export interface Conversations {
  /**
   * A bot's messages, newest pages first as Jelou orders them, read lazily.
   *
   * @example
   * for await (const m of jelou.conversations.history("BOT_ID", { startAt: "2026-11-01", endAt: "2026-11-30" })) console.log(m.bubble?.text);
   */
  history(botId: string, query?: HistoryQuery, options?: CallOptions): Paginated<HistoryMessage>;
  /**
   * Conversations human agents handled in a period, read lazily.
   *
   * @example
   * const page = await jelou.conversations.attended({ startAt: "2026-11-01", endAt: "2026-11-30" }).page(1);
   */
  attended(query: AttendedQuery, options?: CallOptions): Paginated<AttendedConversation>;
}

/** `client.conversations` over a transport. */
export function conversations(t: Transport): Conversations {
  return {
    history(botId, query = {}, o = {}) {
      pathParam("botId", botId);
      const q = parse(getChatHistoryQuery, query);
      const read = async (page: number) =>
        dataOf(await t.api(o).GET("/v1/external/messages/history/{botId}", { params: { path: { botId }, query: { ...q, page } } }), "GET");
      return paginate(read, q.page ?? 1);
    },
    attended({ limit, page: first, ...period }, o = {}) {
      // Jelou answers JSON only when asked to (`getJson` must be true), so the SDK always asks.
      const body = parse(listAttendedConversationsBody, { ...period, getJson: true });
      const q = parse(listAttendedConversationsQuery, { limit, page: first });
      const read = async (page: number) =>
        dataOf(await t.api(o).POST("/v1/metrics/conversations/attended/external", { params: { query: { ...q, page } }, body }), "POST");
      return paginate(read, q.page ?? 1);
    },
  };
}
