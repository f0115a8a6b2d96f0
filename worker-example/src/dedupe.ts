// The de-duplication rules, over a synchronous SQL table: each function runs to completion
// without awaiting, so inside a Durable Object (one call at a time) a claim is atomic.

/** What a consumer learns when it asks to handle an event. */
export type Claim = "claimed" | "duplicate" | "in_flight";

/** An event key and the queue message (its id) that wants to handle it. */
export interface Ticket {
  key: string;
  owner: string;
}

/** Minimal view of `ctx.storage.sql` (tests use the real one, in workerd). */
export interface Sql {
  exec<T = Record<string, string | number | null>>(query: string, ...bindings: (string | number | null)[]): { toArray(): T[] };
}

/**
 * How long a claim holds while the handler runs. A consumer invocation may run up to 15 minutes;
 * a claim older than that belongs to a consumer that died, and the event may be handled again.
 */
export const LEASE_MS = 15 * 60 * 1000;

interface Row {
  owner: string;
  state: "processing" | "done";
  expires: number;
}

export function init(sql: Sql): void {
  sql.exec("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, owner TEXT NOT NULL, state TEXT NOT NULL, expires INTEGER NOT NULL)");
  sql.exec("CREATE INDEX IF NOT EXISTS seen_expires ON seen (expires)");
}

/**
 * Asks to handle `key` as queue message `owner` (its id, stable across retries).
 * - "duplicate": handled already (within the TTL): ack without handling.
 * - "in_flight": another message holds it; that message carries the event through its own
 *   retries and dead-letter queue, so this copy can be acked.
 * - "claimed": handle it, then `finish` (or `release` when the handler failed).
 * A redelivery of the owner itself (its consumer died mid-handling) claims again.
 */
export function claim(sql: Sql, key: string, owner: string, now: number): Claim {
  const row = sql.exec<Row>("SELECT owner, state, expires FROM seen WHERE key = ?", key).toArray()[0];
  if (row && row.expires > now) {
    if (row.state === "done") return "duplicate";
    if (row.owner !== owner) return "in_flight";
  }
  sql.exec("INSERT OR REPLACE INTO seen (key, owner, state, expires) VALUES (?, ?, 'processing', ?)", key, owner, now + LEASE_MS);
  return "claimed";
}

/** The handler succeeded: duplicates are refused for `ttlMs` from now. */
export function finish(sql: Sql, key: string, owner: string, now: number, ttlMs: number): void {
  sql.exec("UPDATE seen SET state = 'done', expires = ? WHERE key = ? AND owner = ?", now + ttlMs, key, owner);
}

/** The handler failed: the next delivery of the event (the queue's retry) may claim it. */
export function release(sql: Sql, key: string, owner: string): void {
  sql.exec("DELETE FROM seen WHERE key = ? AND owner = ? AND state = 'processing'", key, owner);
}

/** Drops expired records; returns when the next one expires (or undefined when none is left). */
export function sweep(sql: Sql, now: number): number | undefined {
  sql.exec("DELETE FROM seen WHERE expires <= ?", now);
  const next = sql.exec<{ next: number | null }>("SELECT MIN(expires) AS next FROM seen").toArray()[0]?.next;
  return next ?? undefined;
}

export const count = (sql: Sql): number => sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM seen").toArray()[0]?.n ?? 0;
