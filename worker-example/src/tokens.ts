// POST /v1/tokens: a backend in any language mints a send token in one call, authenticated with
// the same Basic credentials it would give Jelou. Server to server only: no CORS.
import { SCOPE_TYPES, type Issue } from "jelou-sdk/messages";
import {
  DEFAULT_TTL_SECONDS,
  JelouTokenError,
  MAX_CLAIM_LENGTH,
  MAX_SCOPE_TYPES,
  MAX_SENDS,
  MAX_TTL_SECONDS,
  mintSendToken,
  type SendTokenScope,
} from "jelou-sdk/token";
import { checkBasic } from "./auth.js";
import { readJson } from "./body.js";
import type { Config } from "./config.js";
import { fail, json, type Outcome } from "./envelope.js";
import { formatIssue } from "./validation.js";

const FIELDS = new Set(["bot", "sub", "types", "max", "ttlSeconds"]);

export type ScopeRequest = Pick<SendTokenScope, "bot" | "sub" | "types" | "max"> & { ttlSeconds: number };

const isId = (x: unknown): x is string => typeof x === "string" && x.length > 0 && x.length <= MAX_CLAIM_LENGTH;
const isInt = (x: unknown, min: number, max: number): x is number => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

/** Checks `{ bot, sub, types, max, ttlSeconds? }`, naming each bad field like the SDK does. */
export function parseScopeRequest(body: unknown): { ok: true; value: ScopeRequest } | { ok: false; issues: Issue[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, issues: [{ path: "", message: "must be an object" }] };
  const b = body as Record<string, unknown>;
  const issues: Issue[] = Object.keys(b)
    .filter((k) => !FIELDS.has(k))
    .map((path) => ({ path, message: "is not a known field" }));
  if (!isId(b.bot)) issues.push({ path: "bot", message: `must be a string of 1–${MAX_CLAIM_LENGTH} characters` });
  if (!isId(b.sub)) issues.push({ path: "sub", message: `must be a string of 1–${MAX_CLAIM_LENGTH} characters` });
  if (!Array.isArray(b.types) || b.types.length < 1 || b.types.length > MAX_SCOPE_TYPES)
    issues.push({ path: "types", message: `must be a list of 1–${MAX_SCOPE_TYPES} message types` });
  else
    b.types.forEach((t, i) => {
      if (!(SCOPE_TYPES as readonly unknown[]).includes(t))
        issues.push({ path: `types.${i}`, message: `must be one of ${SCOPE_TYPES.join(", ")}` });
    });
  if (!isInt(b.max, 1, MAX_SENDS)) issues.push({ path: "max", message: `must be an integer from 1 to ${MAX_SENDS}` });
  if (b.ttlSeconds !== undefined && !isInt(b.ttlSeconds, 1, MAX_TTL_SECONDS))
    issues.push({ path: "ttlSeconds", message: `must be an integer from 1 to ${MAX_TTL_SECONDS}` });
  if (issues.length) return { ok: false, issues };
  const { bot, sub, types, max, ttlSeconds = DEFAULT_TTL_SECONDS } = b as ScopeRequest;
  return { ok: true, value: { bot, sub, types, max, ttlSeconds } };
}

export async function handleTokens(request: Request, config: Config, now = Date.now()): Promise<Outcome> {
  if (!(await checkBasic(request, config.clientId, config.clientSecret)))
    return fail("INVALID_CREDENTIALS", "credentials", "wrong or missing credentials", undefined, {
      "WWW-Authenticate": 'Basic realm="jelou-proxy"',
    });
  const body = await readJson(request);
  if (!body.ok) return fail(body.key, body.reason, body.message);
  const scope = parseScopeRequest(body.value);
  if (!scope.ok) return fail("INVALID_SCOPE", "scope", scope.issues.map(formatIssue), { validationError: scope.issues });
  const { ttlSeconds, ...rest } = scope.value;
  try {
    const token = await mintSendToken(config.signingKey, { iss: "jelou-proxy", aud: config.audience, ...rest }, { ttlSeconds, now });
    const expiresAt = new Date((Math.floor(now / 1000) + ttlSeconds) * 1000).toISOString();
    return { response: json(200, { token, expiresAt }), reason: "minted" };
  } catch (e) {
    // "key": the signing key secret is too short, a deployment mistake, not the caller's.
    if (e instanceof JelouTokenError && e.reason !== "key")
      return fail("INVALID_SCOPE", "scope", e.message.replace(/^\w+: /, ""), { validationError: [] });
    if (e instanceof JelouTokenError) return fail("INTERNAL_ERROR", "key", "internal error");
    throw e;
  }
}
