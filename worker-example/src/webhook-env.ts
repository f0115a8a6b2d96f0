// The bindings the webhook receiver and its queue consumer use (wrangler.toml: the queue, the
// dedupe Durable Object, vars; `wrangler secret put JELOU_WEBHOOK_SECRET`).
import type { WebhookDedupe } from "./dedupe-object.js";
import type { QueuedWebhook } from "./webhook-queue.js";

export interface WebhookEnv {
  /** Secret: the `signingSecret` Jelou signs deliveries with. */
  JELOU_WEBHOOK_SECRET?: string;
  /** Producer binding of the `jelou-webhooks` queue. */
  WEBHOOK_QUEUE?: Queue<QueuedWebhook>;
  /** One WebhookDedupe object per shard. */
  DEDUPE?: DurableObjectNamespace<WebhookDedupe>;
  /** How long a handled event's id is remembered (seconds; default 7 days). */
  WEBHOOK_DEDUPE_TTL_SECONDS?: string;
}

/** Longer than the queue keeps a message (4 days), so no redelivery of ours outlives its record. */
export const DEFAULT_DEDUPE_TTL_SECONDS = 7 * 24 * 3600;

export function dedupeTtl(env: WebhookEnv): number {
  const n = Number(env.WEBHOOK_DEDUPE_TTL_SECONDS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_DEDUPE_TTL_SECONDS;
}
