// Bot users: who answers them (the bot, `auto`, or a human agent, `manual`) and the cache the bot
// keeps for each of them. Tag `Users` of openapi.yaml.
import type { components, operations } from "../../generated/openapi.js";
import { getUserCacheQuery, mergeUserCacheBody, setUserStateBody } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { PHONE_NUMBER, pathParam } from "../params.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** A bot user and who answers them: `auto` (the bot) or `manual` (a human agent). */
export type UserState = components["schemas"]["UserState"];
/** The new state of a user: `manual` hands them to an agent (for `ttl` seconds), `auto` gives them back. */
export type UserStateSet = components["schemas"]["UserStateSetRequest"];
/** The free-form cache the bot keeps for a user. */
export type UserCache = components["schemas"]["UserCache"];
/** The bot whose cache of the user to read. */
export type UserCacheQuery = operations["getUserCache"]["parameters"]["query"];
/** Keys to merge into a user's cache, for one bot. */
export type UserCacheMerge = components["schemas"]["UserCacheMergeRequest"];

/** `client.users`. */
export interface Users {
  /**
   * A user's state: whether the bot answers them (`auto`) or a human does (`manual`).
   *
   * @example
   * const { state } = await jelou.users.getState("593987654321");
   */
  getState(userId: string, options?: CallOptions): Promise<UserState>;
  /**
   * Hands a user to a human agent (`manual`, the bot stays silent for `ttl` seconds) or back to the bot (`auto`).
   *
   * @example
   * await jelou.users.setState({ botId: "BOT_ID", userId: "593987654321", state: "manual", ttl: 3600 });
   */
  setState(state: UserStateSet, options?: CallOptions): Promise<UserState>;
  /**
   * The cache a bot keeps for a user.
   *
   * @example
   * const cache = await jelou.users.getCache("593987654321", { botId: "BOT_ID" });
   */
  getCache(userId: string, query: UserCacheQuery, options?: CallOptions): Promise<UserCache>;
  /**
   * Merges `params` into a user's cache; keys not sent are kept.
   *
   * @example
   * await jelou.users.mergeCache("593987654321", { botId: "BOT_ID", params: { orderNumber: "ORD-12345" } });
   */
  mergeCache(userId: string, merge: UserCacheMerge, options?: CallOptions): Promise<UserCache>;
}

/** `client.users` over a transport. */
export function users(t: Transport): Users {
  return {
    async getState(userId, o = {}) {
      pathParam("userId", userId, PHONE_NUMBER);
      return dataOf(await t.api(o).GET("/v1/users/{userId}/state", { params: { path: { userId } } }), "GET");
    },
    async setState(state, o = {}) {
      const body = parse(setUserStateBody, state);
      return dataOf(await t.api(o).POST("/v1/users/state", { body }), "POST");
    },
    async getCache(userId, query, o = {}) {
      pathParam("userId", userId, PHONE_NUMBER);
      const q = parse(getUserCacheQuery, query);
      return dataOf(await t.api(o).GET("/v1/users/{userId}/cache", { params: { path: { userId }, query: q } }), "GET");
    },
    async mergeCache(userId, merge, o = {}) {
      pathParam("userId", userId, PHONE_NUMBER);
      const body = parse(mergeUserCacheBody, merge);
      return dataOf(await t.api(o).POST("/v1/users/{userId}/cache", { params: { path: { userId } }, body }), "POST");
    },
  };
}
