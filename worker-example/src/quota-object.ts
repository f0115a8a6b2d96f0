// SendQuota: one Durable Object per token (idFromName(quotaName(claims))). Workers deliver its
// calls one at a time and the ledger never awaits, so 50 parallel sends on a 5-send token reserve
// exactly 5.
import { DurableObject } from "cloudflare:workers";
import { MAX_CLOCK_SKEW_SECONDS } from "jelou-sdk/token";
import * as ledger from "./ledger.js";
import type { Answer, IdempotentRequest, Quota, TakeResult } from "./quota.js";

/** The counter outlives the token by more than the clock skew verification tolerates. */
export const EXPIRY_GRACE_SECONDS = MAX_CLOCK_SKEW_SECONDS * 2;

const cleanUpAt = (exp: number) => (exp + EXPIRY_GRACE_SECONDS) * 1000;

export class SendQuota extends DurableObject implements Quota {
  async take(max: number, exp: number, idem?: IdempotentRequest): Promise<TakeResult> {
    const kv = this.ctx.storage.kv;
    const r = ledger.take(kv, max, idem);
    // The clean-up follows the latest exp counted here. An expired token never gets this far,
    // so the alarm fires only when nobody can use the counter any more.
    if (r.ok && ledger.extendExpiry(kv, exp)) await this.ctx.storage.setAlarm(cleanUpAt(exp));
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
    // Only state whose every token has expired is deleted; a later exp reschedules instead.
    const exp = ledger.expiry(this.ctx.storage.kv);
    if (exp !== undefined && Date.now() < cleanUpAt(exp)) return this.ctx.storage.setAlarm(cleanUpAt(exp));
    await this.ctx.storage.deleteAll();
  }
}
