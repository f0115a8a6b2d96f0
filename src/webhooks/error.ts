import { JelouError } from "../errors.js";

/** Why a delivery was refused. */
export type WebhookFailure = "missing_signature" | "bad_signature" | "not_json" | "too_old" | "invalid_event";

/**
 * A webhook delivery was refused. `reason` says which check failed; the message is only
 * that reason, never the secret or the body. `instanceof JelouError` like every SDK error (one class, shared with the main entry).
 *
 * @example
 * catch (e) { if (e instanceof JelouWebhookError) return new Response(null, { status: e.reason === "not_json" ? 400 : 401 }) }
 */
export class JelouWebhookError extends JelouError {
  override readonly name: string = "JelouWebhookError";
  readonly reason: WebhookFailure;
  constructor(reason: WebhookFailure) {
    super(reason, false);
    this.reason = reason;
  }
}
