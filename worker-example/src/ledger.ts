// The counting itself, over a synchronous key-value store: every function runs to completion
// without awaiting, so inside a Durable Object (one event at a time) each call is atomic.
import { envelope } from "./envelope.js";
import type { Answer, IdempotentRequest, TakeResult } from "./quota.js";

/** `ctx.storage.kv` of a SQLite-backed Durable Object (or a Map behind the same three methods). */
export interface SyncKv {
  get(key: string): unknown;
  put(key: string, value: unknown): void;
  delete(key: string): unknown;
}

interface KeyRecord {
  fingerprint: string;
  answer?: Answer;
}

/** Largest answer kept for a replay, as JSON. A Durable Object value holds at most 2 MiB. */
export const MAX_STORED_ANSWER_BYTES = 128 * 1024;

const COUNT = "count";
const EXPIRY = "exp";
const keyOf = (k: string) => `idem:${k}`;

export const used = (kv: SyncKv): number => (kv.get(COUNT) as number | undefined) ?? 0;

/** The latest `exp` of the tokens counted here (seconds), undefined before the first reservation. */
export const expiry = (kv: SyncKv): number | undefined => kv.get(EXPIRY) as number | undefined;

/** Records `exp`; true when it moves the clean-up later (the caller then reschedules its alarm). */
export function extendExpiry(kv: SyncKv, exp: number): boolean {
  const known = expiry(kv);
  if (known !== undefined && known >= exp) return false;
  kv.put(EXPIRY, exp);
  return true;
}

export function take(kv: SyncKv, max: number, idem?: IdempotentRequest): TakeResult {
  if (idem) {
    const rec = kv.get(keyOf(idem.key)) as KeyRecord | undefined;
    if (rec && rec.fingerprint !== idem.fingerprint) return { ok: false, why: "key_reused" };
    if (rec?.answer) return { ok: false, why: "replay", answer: rec.answer };
    if (rec) return { ok: false, why: "in_progress" };
  }
  const n = used(kv);
  if (n >= max) return { ok: false, why: "spent" };
  kv.put(COUNT, n + 1);
  if (idem) kv.put(keyOf(idem.key), { fingerprint: idem.fingerprint } satisfies KeyRecord);
  return { ok: true, used: n + 1 };
}

export function giveBack(kv: SyncKv, key?: string): void {
  kv.put(COUNT, Math.max(0, used(kv) - 1));
  if (key !== undefined) kv.delete(keyOf(key));
}

/** A stand-in for an answer too large to keep: the send stays counted, the replay says so. */
const tooLargeToKeep = (status: number): Answer => ({
  status: 502,
  body: envelope("UPSTREAM_BAD_RESPONSE", `Jelou's answer (status ${status}) was too large to keep for a replay`, { maybeSent: true }),
});

/**
 * Stores the answer a key's retries get. It never leaves the key "in progress": an answer over
 * MAX_STORED_ANSWER_BYTES is replaced by a small stand-in, and when even that cannot be written
 * the key is released (a retry then sends again, rather than getting 409 until the token expires).
 */
export function remember(kv: SyncKv, key: string, answer: Answer): void {
  const rec = kv.get(keyOf(key)) as KeyRecord | undefined;
  if (!rec) return;
  const size = new TextEncoder().encode(JSON.stringify(answer.body) ?? "").byteLength;
  try {
    kv.put(keyOf(key), { ...rec, answer: size <= MAX_STORED_ANSWER_BYTES ? answer : tooLargeToKeep(answer.status) } satisfies KeyRecord);
  } catch {
    kv.delete(keyOf(key));
  }
}
