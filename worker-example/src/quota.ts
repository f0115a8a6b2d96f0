// The quota as the handler sees it: the SendQuota Durable Object's stub in production, any
// object with these three methods in unit tests.
import type { SendTokenClaims } from "jelou-sdk/token";

/** A response worth replaying: status and JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** An Idempotency-Key and a digest of the request it came with. */
export interface IdempotentRequest {
  key: string;
  fingerprint: string;
}

export type TakeResult =
  { ok: true; used: number } | { ok: false; why: "spent" | "in_progress" | "key_reused" } | { ok: false; why: "replay"; answer: Answer };

export interface Quota {
  /** Reserves one of `max` sends (or answers from the key's record). The counter dies after `exp`. */
  take(max: number, exp: number, idem?: IdempotentRequest): Promise<TakeResult>;
  /** Undoes a reservation whose send certainly did not happen, and forgets its key. */
  giveBack(key?: string): Promise<void>;
  /** Stores the answer a key's retries get. */
  remember(key: string, answer: Answer): Promise<void>;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Reads `Idempotency-Key`: absent is fine, malformed is a 400. */
export function idempotencyKey(request: Request): { ok: true; key?: string } | { ok: false } {
  const key = request.headers.get("Idempotency-Key");
  if (key === null) return { ok: true };
  return KEY.test(key) ? { ok: true, key } : { ok: false };
}

const sha256Hex = async (text: string): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
};

/**
 * The name of a token's quota: SHA-256 of every claim, so two tokens that share a `jti` (a
 * backend that reuses or fixes it) still count, expire and clean up apart. Identical claims
 * are the same token.
 *
 * @example
 * env.QUOTA.get(env.QUOTA.idFromName(await quotaName(claims)))
 */
export function quotaName(c: SendTokenClaims): Promise<string> {
  return sha256Hex(JSON.stringify([c.iss, c.aud, c.jti, c.iat, c.exp, c.bot, c.sub, c.types, c.max]));
}

/** SHA-256 of what identifies a send, so one key cannot be replayed for a different message. */
export function fingerprint(pattern: string, botId: string, userId: string, body: string): Promise<string> {
  return sha256Hex(JSON.stringify([pattern, botId, userId, body]));
}
