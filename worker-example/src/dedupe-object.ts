// WebhookDedupe: remembers which webhook events were handled, so a redelivery (Jelou's retry or the
// queue's at-least-once delivery) reaches the handler once. A Durable Object rather than KV:
// KV is eventually consistent and has no compare-and-set, so two consumers reading the same
// duplicate at once could both see "new"; a Durable Object runs one call at a time, and its claim
// is a read and a write with no await between them. Records expire with a TTL alarm.
// Events are spread over a fixed number of objects by key (`dedupeShard`), so no single object
// carries all the traffic.
import { DurableObject } from "cloudflare:workers";
import * as dedupe from "./dedupe.js";
import type { Claim, Ticket } from "./dedupe.js";

export const SHARDS = 16;

export class WebhookDedupe extends DurableObject {
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    dedupe.init(ctx.storage.sql);
  }

  async claim(key: string, owner: string): Promise<Claim> {
    return (await this.claimAll([{ key, owner }]))[0]!;
  }

  /** A queue batch's tickets for this object in one call, claimed in order (see dedupe.claim). */
  async claimAll(tickets: Ticket[]): Promise<Claim[]> {
    const now = Date.now();
    const claims = tickets.map((t) => dedupe.claim(this.ctx.storage.sql, t.key, t.owner, now));
    if (claims.includes("claimed")) await this.wakeBy(now + dedupe.LEASE_MS);
    return claims;
  }

  async finish(key: string, owner: string, ttlSeconds: number): Promise<void> {
    await this.finishAll([{ key, owner }], ttlSeconds);
  }

  async finishAll(tickets: Ticket[], ttlSeconds: number): Promise<void> {
    const now = Date.now();
    for (const t of tickets) dedupe.finish(this.ctx.storage.sql, t.key, t.owner, now, ttlSeconds * 1000);
    await this.wakeBy(now + ttlSeconds * 1000);
  }

  async release(key: string, owner: string): Promise<void> {
    dedupe.release(this.ctx.storage.sql, key, owner);
  }

  /** For operators and tests: records held, and when the next sweep runs. */
  async inspect(): Promise<{ records: number; alarm: number | null }> {
    return { records: dedupe.count(this.ctx.storage.sql), alarm: await this.ctx.storage.getAlarm() };
  }

  async alarm(): Promise<void> {
    const next = dedupe.sweep(this.ctx.storage.sql, Date.now());
    if (next !== undefined) await this.ctx.storage.setAlarm(next);
  }

  /** One alarm per object, at the earliest expiry: a sweep then reschedules for the rest. */
  private async wakeBy(at: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) await this.ctx.storage.setAlarm(at);
  }
}

/** The shard of a key (a hex digest): its first two hex digits, modulo SHARDS. */
export const dedupeShard = (key: string): string => `shard-${parseInt(key.slice(0, 2), 16) % SHARDS}`;
