// The counting itself, over a synchronous key-value store: every function runs to completion
// without awaiting, so inside a Durable Object (one event at a time) each call is atomic.
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

const COUNT = "count";
const keyOf = (k: string) => `idem:${k}`;

export const used = (kv: SyncKv): number => (kv.get(COUNT) as number | undefined) ?? 0;

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

export function remember(kv: SyncKv, key: string, answer: Answer): void {
  const rec = kv.get(keyOf(key)) as KeyRecord | undefined;
  if (rec) kv.put(keyOf(key), { ...rec, answer } satisfies KeyRecord);
}
