// jelou-sdk/token: scoped, short-lived HS256 send tokens for the Worker proxy. Standard JWTs, so
// any JWT library can mint one; Web Crypto only, so it runs wherever the SDK runs.
import { JelouTokenError, hmacKey, sign, verifySignature } from "./jwt.js";

export { JelouTokenError, type TokenFailure } from "./jwt.js";

/** What a send token allows: one bot, one recipient, some message types, a number of sends. */
export interface SendTokenScope {
  /** Who minted it (your backend). */
  iss: string;
  /** Who accepts it (the proxy), checked against `verifySendToken`'s `audience`. */
  aud: string;
  /** The botId it may send from. */
  bot: string;
  /** The recipient userId it may send to. */
  sub: string;
  /** Message `type` values it may send (`SCOPE_TYPES` of the main entry lists them), 1 to `MAX_SCOPE_TYPES` of them. */
  types: string[];
  /** How many sends it allows in all, 1 to `MAX_SENDS`. */
  max: number;
  /** Token id; a random UUID when omitted. The proxy counts sends per `jti`. */
  jti?: string;
}

/** The verified claims of a send token. */
export interface SendTokenClaims extends Required<SendTokenScope> {
  iat: number;
  exp: number;
}

/** Lifetime of a token when `mintSendToken` is given no `ttlSeconds`: 5 minutes. */
export const DEFAULT_TTL_SECONDS = 300;
/** Longest lifetime (`exp - iat`) a token may have, minted or verified: 15 minutes. */
export const MAX_TTL_SECONDS = 900;
/** Most clock skew `verifySendToken` tolerates on `iat` and `exp`, whatever the caller asks. */
export const MAX_CLOCK_SKEW_SECONDS = 30;
/** Most sends one token may allow (`max` is 1 to this). */
export const MAX_SENDS = 1000;
/** Most message types one scope may name (`types` has 1 to this). */
export const MAX_SCOPE_TYPES = 20;
/** Longest `iss`, `aud`, `bot`, `sub`, `jti` and `types` entry, in UTF-16 units. */
export const MAX_CLAIM_LENGTH = 256;

const nowSeconds = (now?: number) => Math.floor((now ?? Date.now()) / 1000);
/** Both ends of the lifetime rule: `ttlSeconds` when minting, `exp - iat` when verifying. */
function checkLifetime(seconds: number): void {
  if (!upTo(seconds, MAX_TTL_SECONDS)) throw new JelouTokenError("lifetime", `ttlSeconds (exp - iat) must be 1-${MAX_TTL_SECONDS}`);
}
/** A whole number from 1 to `max`: every count and length rule of a token. */
const upTo = (n: unknown, max: number) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
const isText = (x: unknown): x is string => typeof x === "string" && upTo(x.length, MAX_CLAIM_LENGTH);

function checkScope(c: Record<string, unknown>): asserts c is Record<string, unknown> & SendTokenClaims {
  const ok =
    Number.isInteger(c.iat) &&
    Number.isInteger(c.exp) &&
    isText(c.iss) &&
    isText(c.aud) &&
    isText(c.bot) &&
    isText(c.sub) &&
    isText(c.jti) &&
    Array.isArray(c.types) &&
    upTo(c.types.length, MAX_SCOPE_TYPES) &&
    c.types.every(isText) &&
    upTo(c.max, MAX_SENDS);
  if (!ok)
    throw new JelouTokenError("claims", `needs iss, aud, bot, sub, jti, iat, exp, types (1-${MAX_SCOPE_TYPES}), max (1-${MAX_SENDS})`);
}

/**
 * Mints a send token (HS256 JWT) for a browser to use with the proxy. Lifetime defaults to
 * `DEFAULT_TTL_SECONDS` (5 minutes) and may not exceed `MAX_TTL_SECONDS` (15).
 *
 * @example
 * const token = await mintSendToken(env.TOKEN_SIGNING_KEY, {
 *   iss: "my-backend", aud: "jelou-proxy", bot: "BOT_ID", sub: "593987654321", types: ["text"], max: 3,
 * });
 */
export async function mintSendToken(
  signingKey: string | CryptoKey,
  scope: SendTokenScope,
  options: { ttlSeconds?: number; now?: number } = {},
): Promise<string> {
  const ttl = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  checkLifetime(ttl);
  const iat = nowSeconds(options.now);
  const claims = { ...scope, jti: scope.jti ?? crypto.randomUUID(), iat, exp: iat + ttl };
  checkScope(claims);
  return sign(await hmacKey(signingKey), claims);
}

/**
 * Verifies a send token and returns its claims, or throws `JelouTokenError` naming the failed
 * check: `alg` must be exactly HS256, the signature must match, `aud` must equal `audience`,
 * `iat`/`exp` must hold within 30 s of clock skew, and the lifetime may not exceed 15 minutes.
 *
 * @example
 * const claims = await verifySendToken(env.TOKEN_SIGNING_KEY, bearer, { audience: "jelou-proxy" });
 * if (claims.bot !== botId) return forbidden();
 */
export async function verifySendToken(
  signingKey: string | CryptoKey,
  token: string,
  options: { audience: string; issuer?: string; now?: number; clockSkewSeconds?: number },
): Promise<SendTokenClaims> {
  const c = await verifySignature(await hmacKey(signingKey), token);
  const now = nowSeconds(options.now);
  const skew = Math.min(options.clockSkewSeconds ?? MAX_CLOCK_SKEW_SECONDS, MAX_CLOCK_SKEW_SECONDS);
  if (c.aud !== options.audience) throw new JelouTokenError("audience", "wrong audience");
  if (options.issuer !== undefined && c.iss !== options.issuer) throw new JelouTokenError("issuer", "wrong issuer");
  checkScope(c);
  const { iat, exp } = c;
  checkLifetime(exp - iat);
  if (now > exp + skew) throw new JelouTokenError("expired", "exp has passed");
  if (iat > now + skew) throw new JelouTokenError("not_yet_valid", "iat is in the future");
  return c;
}
