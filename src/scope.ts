import type { MessageType } from "../generated/messages.js";
import { MESSAGE_TYPES } from "./validate.js";

/**
 * The `types` a send token's scope may name: every message `type` of the contract (generated from
 * openapi.yaml), and `flow` for the flow endpoint, which has no `type` field.
 *
 * @example
 * mintSendToken(key, { ...scope, types: SCOPE_TYPES.filter((t) => t !== "CAROUSEL") });
 */
export const SCOPE_TYPES: readonly ScopeType[] = [...MESSAGE_TYPES, "flow"];
/** One value of `SCOPE_TYPES`. */
export type ScopeType = MessageType | "flow";
