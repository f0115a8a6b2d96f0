// jelou-proxy: a Cloudflare Worker that lets a browser send Jelou messages with a short-lived,
// scoped token instead of the Basic credentials, and receives Jelou's signed webhooks into a
// queue whose consumer hands each event once to handleEvent (handle-event.ts).
// See ../README.md for deployment and the flow.
import { configFromEnv, type Env as ProxyEnv } from "./config.js";
import { WebhookDedupe, dedupeShard } from "./dedupe-object.js";
import { fail } from "./envelope.js";
import { handleEvent, type HandlerEnv } from "./handle-event.js";
import { handle } from "./handler.js";
import { WEBHOOK_PATH } from "./routes.js";
import { dedupeTtl, type WebhookEnv } from "./webhook-env.js";
import { consumeBatch, type QueuedWebhook } from "./webhook-queue.js";
import { handleWebhook } from "./webhook-receive.js";

export { SendQuota } from "./quota-object.js";
export { WebhookDedupe };

export type Env = ProxyEnv & WebhookEnv & HandlerEnv;

/** Method names are echoed in the log only when they look like one. */
const safeMethod = (m: string) => (/^[A-Z]{1,10}$/.test(m) ? m : "OTHER");

/** Jelou → this Worker: verified, queued, answered. Needs none of the proxy's secrets. */
async function receive(request: Request, env: Env): Promise<Response> {
  let outcome;
  try {
    outcome = await handleWebhook(request, { secret: env.JELOU_WEBHOOK_SECRET, queue: env.WEBHOOK_QUEUE });
  } catch {
    outcome = fail("INTERNAL_ERROR", "internal", "internal error");
  }
  console.log(`jelou-proxy ${safeMethod(request.method)} ${WEBHOOK_PATH} ${outcome.response.status} ${outcome.reason}`);
  return outcome.response;
}

export default {
  async fetch(request: Request, env: Env, _ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === WEBHOOK_PATH) return receive(request, env);
    try {
      const config = configFromEnv(env);
      return await handle(request, {
        config,
        quota: (jti) => env.QUOTA.get(env.QUOTA.idFromName(jti)),
        log: (line) => console.log(`jelou-proxy ${line}`),
      });
    } catch {
      // Only a missing secret gets here; say nothing about which.
      const { response } = fail("INTERNAL_ERROR", "config", "internal error");
      response.headers.set("Vary", "Origin");
      console.log("jelou-proxy - - 500 config");
      return response;
    }
  },

  /** The `jelou-webhooks` consumer (wrangler.toml [[queues.consumers]]). */
  async queue(batch: MessageBatch<QueuedWebhook>, env: Env): Promise<void> {
    const dedupe = env.DEDUPE;
    if (!dedupe) throw new Error("the DEDUPE binding is missing"); // the whole batch is retried
    await consumeBatch(batch, {
      shard: dedupeShard,
      store: (shard) => dedupe.get(dedupe.idFromName(shard)),
      handle: (event) => handleEvent(event, env),
      ttlSeconds: dedupeTtl(env),
      log: (line) => console.log(`jelou-webhooks ${line}`),
    });
  },
};
