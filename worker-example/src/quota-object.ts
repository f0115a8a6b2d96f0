// SendQuota: one Durable Object per token id (idFromName(jti)). Workers deliver its calls one at
// a time and the ledger never awaits, so 50 parallel sends on a 5-send token reserve exactly 5.
import { DurableObject } from "cloudflare:workers";
import { MAX_CLOCK_SKEW_SECONDS } from "jelou-sdk/token";
import * as ledger from "./ledger.js";
import type { Answer, IdempotentRequest, Quota, TakeResult } from "./quota.js";

/** The counter outlives the token by more than the clock skew verification tolerates. */
export const EXPIRY_GRACE_SECONDS = MAX_CLOCK_SKEW_SECONDS * 2;

export class SendQuota extends DurableObject implements Quota {
  async take(max: number, exp: number, idem?: IdempotentRequest): Promise<TakeResult> {
    const r = ledger.take(this.ctx.storage.kv, max, idem);
    // First reservation: schedule the cleanup. An expired token never gets this far, so the
    // alarm fires only when nobody can use the counter any more.
    if (r.ok && r.used === 1) await this.ctx.storage.setAlarm((exp + EXPIRY_GRACE_SECONDS) * 1000);
    return r;
  }

  async giveBack(key?: string): Promise<void> {
    ledger.giveBack(this.ctx.storage.kv, key);
  }

  async remember(key: string, answer: Answer): Promise<void> {
    ledger.remember(this.ctx.storage.kv, key, answer);
  }

  /** For operators and tests: sends reserved, and when the counter will be deleted. */
  async inspect(): Promise<{ used: number; alarm: number | null }> {
    return { used: ledger.used(this.ctx.storage.kv), alarm: await this.ctx.storage.getAlarm() };
  }

  async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
