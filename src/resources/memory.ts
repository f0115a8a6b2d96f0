// Memory API v2 on the gateway (`x-api-key`): key/value memory per user and bot. Tag `Memory` of
// openapi.yaml. Its traps — more than 20 keys, a `ttl` over 24 hours, a value not wrapped as
// `{ value }` (Jelou stores it empty, silently) — are refused by the schema before sending.
import type { components } from "../../generated/openapi.js";
import { findOneMemoryBody, getAllMemoryBody, setMemoryBody, setMemoryHeaders } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** Keys to store for a user of a bot: 1 to 20, each wrapped as `{ value, ttl?, contentType? }` (`ttl` ≤ 86,400 s). */
export type MemorySet = components["schemas"]["MemorySetRequest"];
/** One stored key: the data in `value`, an optional `ttl` (≤ 86,400 s) and `contentType`. */
export type MemoryValue = components["schemas"]["MemoryValue"];
/** The user whose memory to read. */
export type MemoryUser = components["schemas"]["MemoryGetAllRequest"];
/** The key to read. */
export type MemoryKey = components["schemas"]["MemoryFindOneRequest"];
/** What the Memory API answers (its shape is not documented). */
export type MemoryResult = components["schemas"]["MemoryResponse"];
/** Options of `memory.set`. */
export interface MemorySetOptions extends CallOptions {
  /** Seconds until the user's whole memory expires (`x-hash-ttl`; Jelou's default is 30 days). */
  hashTtlSeconds?: number;
}

/** `client.memory` (needs the `apiKey` option). */
export interface Memory {
  /**
   * Stores up to 20 keys for a user of a bot; each value goes in `{ value }`.
   *
   * @example
   * await jelou.memory.set({ userReferenceId: "593987654321", botId: "BOT_ID", values: { plan: { value: "premium", ttl: 3600 } } }, { hashTtlSeconds: 86_400 });
   */
  set(memory: MemorySet, options?: MemorySetOptions): Promise<MemoryResult>;
  /**
   * Every stored key of a user of a bot.
   *
   * @example
   * const all = await jelou.memory.getAll({ userReferenceId: "593987654321", botId: "BOT_ID" });
   */
  getAll(user: MemoryUser, options?: CallOptions): Promise<MemoryResult>;
  /**
   * One stored key of a user of a bot.
   *
   * @example
   * const plan = await jelou.memory.findOne({ userReferenceId: "593987654321", botId: "BOT_ID", key: "plan" });
   */
  findOne(key: MemoryKey, options?: CallOptions): Promise<MemoryResult>;
}

/** `client.memory` over a transport. */
export function memory(t: Transport): Memory {
  return {
    async set(memory, o = {}) {
      const body = parse(setMemoryBody, memory);
      const header = parse(setMemoryHeaders, { "x-hash-ttl": o.hashTtlSeconds });
      return dataOf(await t.api(o).POST("/workflows/v2/memory/users/set", { params: { header }, body }), "POST");
    },
    async getAll(user, o = {}) {
      const body = parse(getAllMemoryBody, user);
      return dataOf(await t.api(o).POST("/workflows/v2/memory/users/get-all", { body }), "POST");
    },
    async findOne(key, o = {}) {
      const body = parse(findOneMemoryBody, key);
      return dataOf(await t.api(o).POST("/workflows/v2/memory/users/find-one", { body }), "POST");
    },
  };
}
