// Every answer the proxy makes up itself is JSON in Jelou's documented error envelope:
// { message: [..], statusMessage: "failed", status: 0, error: { code, key, description } }.

/** What a handler produced: the response, and one word for the log line. */
export interface Outcome {
  response: Response;
  reason: string;
}

const ERRORS = {
  MALFORMED_JSON: [400, "P4001", "The body is not valid JSON."],
  INVALID_IDEMPOTENCY_KEY: [400, "P4002", "Idempotency-Key must be 1–255 printable ASCII characters."],
  INVALID_TOKEN: [401, "P4011", "The send token is missing, malformed, forged, expired or not meant for this proxy."],
  INVALID_CREDENTIALS: [401, "P4012", "The Basic credentials are missing or wrong."],
  ORIGIN_NOT_ALLOWED: [403, "P4031", "This origin may not call the proxy."],
  OUT_OF_SCOPE: [403, "P4032", "The send token does not allow this bot, recipient or message type."],
  QUOTA_EXCEEDED: [403, "P4033", "The send token has no sends left; get a new token."],
  NOT_FOUND: [404, "P4041", "No such route."],
  METHOD_NOT_ALLOWED: [405, "P4051", "Use POST."],
  IDEMPOTENCY_IN_PROGRESS: [409, "P4091", "A request with this Idempotency-Key is still being processed."],
  PAYLOAD_TOO_LARGE: [413, "P4131", "The body exceeds 64 KiB."],
  UNSUPPORTED_MEDIA_TYPE: [415, "P4151", "The body must be application/json."],
  INVALID_PAYLOAD: [422, "P4221", "The message does not match the Jelou contract; see validationError."],
  INVALID_SCOPE: [422, "P4222", "The token scope is invalid; see validationError."],
  IDEMPOTENCY_KEY_REUSED: [422, "P4223", "This Idempotency-Key was used for a different request."],
  INTERNAL_ERROR: [500, "P5001", "The proxy failed unexpectedly."],
  UPSTREAM_UNREACHABLE: [502, "P5021", "Jelou could not be reached; check maybeSent before sending again."],
  UPSTREAM_BAD_RESPONSE: [502, "P5022", "Jelou answered with something that is not its documented JSON."],
  UPSTREAM_TIMEOUT: [504, "P5041", "Jelou did not answer in time; check maybeSent before sending again."],
} as const satisfies Record<string, readonly [number, string, string]>;

export type ErrorKey = keyof typeof ERRORS;

export function envelope(key: ErrorKey, message: string | string[], extra: Record<string, unknown> = {}) {
  const [, code, description] = ERRORS[key];
  return {
    message: Array.isArray(message) ? message : [message],
    statusMessage: "failed",
    status: 0,
    error: { code, key, description },
    ...extra,
  };
}

export const statusOf = (key: ErrorKey): number => ERRORS[key][0];

/** A JSON response with mutable headers; never cached (bodies are per token). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** A rejection in the envelope. `reason` goes to the log line only when not in `extra`. */
export function fail(
  key: ErrorKey,
  reason: string,
  message: string | string[],
  extra?: Record<string, unknown>,
  headers?: Record<string, string>,
): Outcome {
  return { response: json(statusOf(key), envelope(key, message, extra), headers), reason };
}
