// A fetch-style receiver in one call: Request in, event or a ready Response out. No framework, so it
// serves as-is in Workers, Deno, Bun, Next.js route handlers and Hono.
import { constructEvent, type ConstructEventOptions } from "./construct.js";
import { JelouWebhookError, type WebhookFailure } from "./error.js";
import type { JelouEvent } from "./events.js";

/** Options of `receiveWebhook`. */
export interface ReceiveWebhookOptions extends ConstructEventOptions {
  /** Largest body accepted, in bytes; a larger one is a 413 and is not read to the end. Default 256 KiB. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 256 * 1024;

/** What `receiveWebhook` gives: the event, or the refusal to send back (`reason` for your logs). */
export type ReceivedWebhook = { event: JelouEvent } | { response: Response; reason: WebhookFailure | "too_large" };

// Forged, replayed: the sender is not trusted (401). Signed but unreadable: the request is bad (400).
const status = (reason: WebhookFailure | "too_large") =>
  reason === "too_large" ? 413 : reason === "not_json" || reason === "invalid_event" ? 400 : 401;

const refuse = (reason: WebhookFailure | "too_large"): ReceivedWebhook => ({
  response: new Response(reason, { status: status(reason) }),
  reason,
});

/**
 * The body's bytes, or undefined once it is larger than `max`: reading stops there, whatever
 * Content-Length claims (a chunked body has none), so at most `max` bytes and a chunk are held.
 */
async function readCapped(request: Request, max: number): Promise<Uint8Array | undefined> {
  let size = 0;
  const capped = request.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        if ((size += chunk.byteLength) > max) throw new RangeError("too large");
        out.enqueue(chunk);
      },
    }),
  );
  // A body cut off by the client is refused like an oversized one: either way it cannot be verified.
  return new Response(capped).arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
}

/**
 * Reads, verifies and parses a Jelou delivery. Returns `{ event }`, or `{ response }` to send back
 * as it is: 401 (`missing_signature`, `bad_signature`, `too_old`), 400 (`not_json`,
 * `invalid_event`) or 413 (body over `maxBytes`), each with the reason as its text body (never the
 * secret, never the content). Other errors (an empty secret) are thrown.
 *
 * @param request The incoming request; its body is read once.
 * @param secret The integration's `signingSecret`.
 * @example
 * export default {
 *   async fetch(request, env) {
 *     const got = await receiveWebhook(request, env.JELOU_WEBHOOK_SECRET);
 *     if ("response" in got) return got.response;
 *     await env.EVENTS.send(got.event); // answer fast, handle later
 *     return new Response(null, { status: 200 });
 *   },
 * };
 */
export async function receiveWebhook(
  request: Request,
  secret: string,
  { maxBytes = DEFAULT_MAX_BYTES, ...options }: ReceiveWebhookOptions = {},
): Promise<ReceivedWebhook> {
  const body = await readCapped(request, maxBytes);
  if (!body) return refuse("too_large");
  try {
    return { event: await constructEvent(body, request.headers.get("x-jelou-signature"), secret, options) };
  } catch (e) {
    if (e instanceof JelouWebhookError) return refuse(e.reason);
    throw e;
  }
}
