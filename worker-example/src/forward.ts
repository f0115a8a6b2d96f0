// Forwarding goes THROUGH the SDK: createJelou with the Basic credentials, validation off (the
// proxy already ran it). The SDK's typed error says what to answer and whether the send may have
// happened; only a send that certainly did not happen gives its reservation back.
// One attempt per browser request (`retry: false`): the browser's SDK is the layer that retries
// (with one Idempotency-Key), so a 503 costs Jelou one POST per browser attempt, not three.
import {
  JelouApiError,
  JelouError,
  JelouNetworkError,
  JelouTimeoutError,
  JelouValidationError,
  createJelou,
  type Message,
} from "jelou-sdk/messages";
import type { Config } from "./config.js";
import { envelope } from "./envelope.js";
import type { Answer } from "./quota.js";
import type { RouteName } from "./routes.js";
import { describeOdd, documentedError, guardUpstream, type OddAnswer } from "./upstream.js";
import { formatIssue } from "./validation.js";

export interface Forwarded {
  answer: Answer;
  /** True when the send certainly did not happen (SDK error with maybeSent: false). */
  release: boolean;
  /** One word for the log line. */
  reason: string;
  /** Headers for the browser only (Jelou's Retry-After); never stored for a replay. */
  headers?: Record<string, string>;
}

export interface Target {
  route: Exclude<RouteName, "tokens">;
  botId: string;
  userId: string;
}

export async function forward(
  t: Target,
  body: unknown,
  config: Config,
  fetchImpl?: (request: Request) => Promise<Response>,
): Promise<Forwarded> {
  const guard = guardUpstream(fetchImpl);
  const jelou = createJelou({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs,
    retry: false,
    fetch: guard.fetch,
  });
  try {
    const result =
      t.route === "flow"
        ? await jelou.sendFlow(t.botId, t.userId, body as Parameters<typeof jelou.sendFlow>[2], { validate: false })
        : await jelou.send(t.botId, body as Message, { validate: false });
    return { answer: { status: 200, body: result }, release: false, reason: "ok" };
  } catch (e) {
    const odd = guard.odd();
    if (odd) return fromOdd(odd);
    const f = fromError(e);
    const retryAfter = guard.retryAfter();
    return retryAfter && (f.answer.status === 429 || f.answer.status === 503) ? { ...f, headers: { "Retry-After": retryAfter } } : f;
  }
}

/** A redirect, an impossible status or an oversized body: a 502 that names it. */
export function fromOdd(o: OddAnswer): Forwarded {
  const body = envelope("UPSTREAM_BAD_RESPONSE", describeOdd(o), { maybeSent: o.maybeSent });
  return { answer: { status: 502, body }, release: !o.maybeSent, reason: `upstream_${o.why}` };
}

/** SDK error → the answer the browser gets. Anything else is a bug and is rethrown (500). */
export function fromError(e: unknown): Forwarded {
  if (!(e instanceof JelouError)) throw e;
  const release = !e.maybeSent;
  if (e instanceof JelouApiError && e.status >= 400) {
    // Jelou's own status and its documented envelope fields; anything else is wrapped in ours.
    const body = documentedError(e.body) ?? envelope("UPSTREAM_BAD_RESPONSE", `Jelou answered ${e.status}`, { maybeSent: e.maybeSent });
    return { answer: { status: e.status, body }, release, reason: `upstream_${e.status}` };
  }
  if (e instanceof JelouApiError)
    // A 2xx that is not JSON: Jelou may well have sent it.
    return {
      answer: {
        status: 502,
        body: envelope("UPSTREAM_BAD_RESPONSE", `Jelou answered ${e.status} without JSON`, { maybeSent: e.maybeSent }),
      },
      release,
      reason: "upstream_bad_response",
    };
  if (e instanceof JelouTimeoutError)
    return {
      answer: {
        status: 504,
        body: envelope("UPSTREAM_TIMEOUT", `no answer from Jelou within ${e.timeoutMs} ms`, { maybeSent: e.maybeSent }),
      },
      release,
      reason: "timeout",
    };
  if (e instanceof JelouNetworkError)
    return {
      answer: { status: 502, body: envelope("UPSTREAM_UNREACHABLE", "request to Jelou failed", { maybeSent: e.maybeSent }) },
      release,
      reason: "network",
    };
  if (e instanceof JelouValidationError)
    // Only the SDK's path-parameter check can still fire with validate: false.
    return {
      answer: { status: 422, body: envelope("INVALID_PAYLOAD", e.issues.map(formatIssue), { validationError: e.issues }) },
      release: true,
      reason: "invalid_payload",
    };
  throw e;
}
