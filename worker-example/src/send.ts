// POST /v1/bots/{botId}/messages and /v1/bots/{botId}/users/{userId}/flow_message:
// origin → token → body → validation → scope → quota → forward → answer. Each rejection answers
// before Jelou is called; the client's Authorization header is never passed on (the SDK builds
// a fresh request with the Basic credentials).
import type { Config } from "./config.js";
import { readJson } from "./body.js";
import { isAllowedOrigin } from "./cors.js";
import { fail, json, type Outcome } from "./envelope.js";
import { forward } from "./forward.js";
import { verifyBearer } from "./auth.js";
import { fingerprint, idempotencyKey, quotaName, type Quota } from "./quota.js";
import type { RouteMatch } from "./routes.js";
import { formatIssue, scopeProblem, validatePayload } from "./validation.js";

export interface SendDeps {
  config: Config;
  /** The quota of one token, by `quotaName(claims)`. */
  quota(name: string): Quota;
  /** The fetch the SDK uses; the global one by default. */
  fetch?: (request: Request) => Promise<Response>;
}

export async function handleSend(request: Request, match: RouteMatch & { route: "messages" | "flow" }, deps: SendDeps): Promise<Outcome> {
  const { config } = deps;
  const origin = request.headers.get("Origin");
  // Browsers never get this far from another origin (the preflight fails); other clients that
  // claim a foreign origin are refused too.
  if (origin !== null && !isAllowedOrigin(origin, config.allowedOrigins)) return fail("ORIGIN_NOT_ALLOWED", "origin", "origin not allowed");

  const auth = await verifyBearer(request, config.signingKey, config.audience);
  if (!auth.ok) {
    if (auth.reason === "key") return fail("INTERNAL_ERROR", "key", "internal error");
    return fail(
      "INVALID_TOKEN",
      auth.reason,
      `send token refused: ${auth.reason}`,
      { reason: auth.reason },
      {
        "WWW-Authenticate": `Bearer error="invalid_token"`,
      },
    );
  }
  const claims = auth.claims;

  const body = await readJson(request);
  if (!body.ok) return fail(body.key, body.reason, body.message);

  const { route, botId } = match;
  const valid = validatePayload(route, botId, body.value);
  if (!valid.ok) return fail("INVALID_PAYLOAD", "invalid_payload", valid.issues.map(formatIssue), { validationError: valid.issues });

  const message = body.value as { userId?: unknown; type?: unknown };
  const userId = route === "flow" ? match.userId : message.userId;
  const problem = scopeProblem(claims, { botId, userId, type: route === "flow" ? "flow" : message.type });
  if (problem) return fail("OUT_OF_SCOPE", problem, `the send token does not allow this ${problem}`, { reason: problem });

  const idem = idempotencyKey(request);
  if (!idem.ok) return fail("INVALID_IDEMPOTENCY_KEY", "idempotency_key", "invalid Idempotency-Key");
  const key = idem.key;

  const quota = deps.quota(await quotaName(claims));
  const taken = await quota.take(
    claims.max,
    claims.exp,
    key === undefined ? undefined : { key, fingerprint: await fingerprint(match.pattern, botId, match.userId, body.text) },
  );
  if (!taken.ok) {
    if (taken.why === "replay")
      return { response: json(taken.answer.status, taken.answer.body, { "Idempotent-Replayed": "true" }), reason: "replayed" };
    if (taken.why === "in_progress")
      return fail("IDEMPOTENCY_IN_PROGRESS", "in_progress", "a request with this Idempotency-Key is in progress");
    if (taken.why === "key_reused")
      return fail("IDEMPOTENCY_KEY_REUSED", "key_reused", "Idempotency-Key already used for a different request");
    // Waiting will not refill a token: a 403 without Retry-After, which no retrying client (the SDK
    // included) sends again, whatever time is left before expiry. A 429 would invite retries.
    return fail("QUOTA_EXCEEDED", "quota", `the send token allows ${claims.max} sends and has none left; get a new token`);
  }

  const sent = await forward({ route, botId, userId: match.userId }, body.value, config, deps.fetch);
  // Bookkeeping must not turn Jelou's answer into an error: the message may be out already.
  try {
    if (sent.release) await quota.giveBack(key);
    else if (key !== undefined) await quota.remember(key, sent.answer);
  } catch {}
  return { response: json(sent.answer.status, sent.answer.body, sent.headers), reason: sent.reason };
}
