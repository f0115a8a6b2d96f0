// Raw delivery → verified, typed event, in the order that leaks nothing: the signature is checked
// over the exact bytes before anything is parsed, and the age only once the body is known to be Jelou's.
import { JelouWebhookError } from "./error.js";
import type { JelouEvent } from "./events.js";
import { toEvent } from "./parse.js";
import { bytesOf, type RawBody } from "./sign.js";
import { verifySignature } from "./verify.js";

/** Options of `constructEvent` and `receiveWebhook`. */
export interface ConstructEventOptions {
  /**
   * How far (seconds) an event's own timestamp may be from now, either way; default 300.
   * `Infinity` turns the check off. Events without a timestamp are not checked.
   */
  toleranceSeconds?: number;
}

// Not exported: every exported name is bytes in the entry's budget; the default is in the TSDoc.
const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * Verifies a delivery and returns its event. Throws `JelouWebhookError` with `reason`
 * `missing_signature`, `bad_signature`, `not_json` (not UTF-8 JSON), `too_old` (its timestamp is
 * more than `toleranceSeconds` away from now) or `invalid_event` (a known event with a broken
 * shape). An event the SDK does not know is returned as `{ type: "unknown", raw }`.
 *
 * @param rawBody The body exactly as received (`await request.text()` or `arrayBuffer()`).
 * @param header The `X-Jelou-Signature` value.
 * @param secret The integration's `signingSecret`; an empty one rejects (Web Crypto's `DataError`): a configuration mistake, not a forged delivery.
 * @example
 * const raw = await request.text();
 * const event = await constructEvent(raw, request.headers.get("x-jelou-signature"), env.JELOU_WEBHOOK_SECRET);
 * if (event.type === "message") console.log(event.id, event.data.value.type);
 */
export async function constructEvent(
  rawBody: RawBody,
  header: string | null | undefined,
  secret: string,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS }: ConstructEventOptions = {},
): Promise<JelouEvent> {
  if (!header?.trim()) throw new JelouWebhookError("missing_signature");
  const bytes = bytesOf(rawBody);
  if (!(await verifySignature(secret, bytes, header))) throw new JelouWebhookError("bad_signature");
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new JelouWebhookError("not_json");
  }
  const event = toEvent(body);
  if (!event) throw new JelouWebhookError("invalid_event");
  // When it happened (ms since 1970), if it says: `timestamp`, or `received` on the old user message.
  const at = event.type === "user_message" ? event.data.received : (body as { timestamp?: unknown }).timestamp;
  if (typeof at === "number" && !(Math.abs(Date.now() - at) <= toleranceSeconds * 1000)) throw new JelouWebhookError("too_old");
  return event;
}
