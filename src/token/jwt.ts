import { JelouError } from "../errors.js";
import { isObject } from "../object.js";
import { decode, encode } from "./base64url.js";

/** Which check a token failed; the proxy maps each to 401 and logs only this word. */
export type TokenFailure =
  "malformed" | "alg" | "signature" | "expired" | "not_yet_valid" | "lifetime" | "audience" | "issuer" | "claims" | "key";

/**
 * A token was refused (or could not be minted). `reason` names the check, never the token.
 *
 * @example
 * catch (e) { if (e instanceof JelouTokenError) return new Response(null, { status: e.reason === "key" ? 500 : 401 }) }
 */
export class JelouTokenError extends JelouError {
  override readonly name: string = "JelouTokenError";
  readonly reason: TokenFailure;
  constructor(reason: TokenFailure, message: string) {
    super(`${reason}: ${message}`, false);
    this.reason = reason;
  }
}

const enc = new TextEncoder();
const MIN_KEY_BYTES = 32;

/** Imports an HS256 key; a string is taken as its UTF-8 bytes and must be at least 32 bytes long. */
export async function hmacKey(key: string | CryptoKey): Promise<CryptoKey> {
  if (typeof key !== "string") return key;
  // A proxy passes the same secret on every request, and importing costs about as much as verifying.
  if (last?.[0] === key) return last[1];
  const raw = enc.encode(key);
  if (raw.length < MIN_KEY_BYTES) throw new JelouTokenError("key", `must be at least ${MIN_KEY_BYTES} bytes`);
  last = [key, crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"])];
  return last[1];
}
let last: [string, Promise<CryptoKey>] | undefined;

export async function sign(key: CryptoKey, payload: object): Promise<string> {
  const head = encode(enc.encode(JSON.stringify({ alg: "HS256", typ: "JWT" })));
  const body = encode(enc.encode(JSON.stringify(payload)));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(`${head}.${body}`)));
  return `${head}.${body}.${encode(sig)}`;
}

const object = (bytes: Uint8Array | undefined): Record<string, unknown> | undefined => {
  if (!bytes) return undefined;
  try {
    const v: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Checks structure, `alg` and signature, in that order, and returns the claims. The signature
 * is checked by `crypto.subtle.verify`, which compares in constant time.
 */
export async function verifySignature(key: CryptoKey, token: string): Promise<Record<string, unknown>> {
  const [h, p, s, extra] = typeof token === "string" ? token.split(".") : [];
  const header = object(decode(h));
  const claims = object(decode(p));
  const sig = decode(s);
  if (!header || !claims || !sig || extra !== undefined) throw new JelouTokenError("malformed", "not three base64url parts of JSON");
  // Exactly HS256: `none`, RS256 (key confusion) and a missing alg are all refused before any crypto.
  if (header.alg !== "HS256" || header.crit !== undefined) throw new JelouTokenError("alg", "must be HS256, with no crit");
  if (!(await crypto.subtle.verify("HMAC", key, sig, enc.encode(`${h}.${p}`)))) throw new JelouTokenError("signature", "does not match");
  return claims;
}
