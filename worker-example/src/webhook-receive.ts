// POST /v1/webhooks/jelou: Jelou's deliveries come in here. The SDK's receiveWebhook checks the
// size cap (413), the signature over the exact bytes (401), the JSON and the event's shape and age
// (400); only a verified event is put on the queue, and the answer is 200 as soon as the queue
// has accepted it: the handler runs later, in the consumer, never while Jelou waits.
import { receiveWebhook } from "jelou-sdk/webhooks";
import { MAX_BODY_BYTES } from "./body.js";
import { fail, json, type Outcome } from "./envelope.js";
import { dedupeKey } from "./webhook-key.js";
import { WEBHOOK_PATH } from "./routes.js";
import type { QueuedWebhook } from "./webhook-queue.js";

export interface ReceiveDeps {
  /** The signing secret; missing is a deployment mistake (500, nothing queued). */
  secret: string | undefined;
  queue: Queue<QueuedWebhook> | undefined;
  /** Body cap in bytes (default 64 KiB, like the send routes). */
  maxBytes?: number;
  /** How old an event's timestamp may be (default: the SDK's 300 s). */
  toleranceSeconds?: number;
}

export async function handleWebhook(request: Request, deps: ReceiveDeps): Promise<Outcome> {
  if (request.method !== "POST") return fail("METHOD_NOT_ALLOWED", "method", `${WEBHOOK_PATH} accepts POST`, undefined, { Allow: "POST" });
  if (!deps.secret || !deps.queue) return fail("INTERNAL_ERROR", "config", "internal error");

  const received = await receiveWebhook(request, deps.secret, {
    maxBytes: deps.maxBytes ?? MAX_BODY_BYTES,
    ...(deps.toleranceSeconds !== undefined && { toleranceSeconds: deps.toleranceSeconds }),
  });
  // The SDK's answer as it is (401/400/413 with `{ error: reason }`); its reason word goes to the log.
  if ("response" in received) return { response: received.response, reason: received.reason };

  const message: QueuedWebhook = { key: await dedupeKey(received.event), event: received.event, receivedAt: Date.now() };
  try {
    await deps.queue.send(message);
  } catch {
    // Not accepted: a non-2xx makes Jelou deliver again, so nothing is lost.
    return { response: json(503, { received: false }, { "Retry-After": "5" }), reason: "queue_unavailable" };
  }
  return { response: json(200, { received: true }), reason: "queued" };
}
