// Who is calling: a browser with a send token (Bearer), or a backend with Jelou's own Basic
// credentials (token endpoint). Neither the token nor the credentials are ever logged or echoed.
import { basicAuthorization } from "jelou-sdk/messages";
import { JelouTokenError, verifySendToken, type SendTokenClaims, type TokenFailure } from "jelou-sdk/token";

export type BearerResult = { ok: true; claims: SendTokenClaims } | { ok: false; reason: TokenFailure | "missing" };

/** Verifies `Authorization: Bearer <token>`; the failure names the check, from `JelouTokenError.reason`. */
export async function verifyBearer(request: Request, signingKey: string, audience: string): Promise<BearerResult> {
  const m = /^Bearer +(\S+)$/i.exec(request.headers.get("Authorization") ?? "");
  if (!m) return { ok: false, reason: "missing" };
  try {
    return { ok: true, claims: await verifySendToken(signingKey, m[1]!, { audience }) };
  } catch (e) {
    if (e instanceof JelouTokenError) return { ok: false, reason: e.reason };
    throw e;
  }
}

const enc = new TextEncoder();
let compareKey: CryptoKey | undefined;

/**
 * Compares two strings in constant time: both are HMAC'd with a random per-isolate key and the
 * digests are compared (with crypto.subtle.timingSafeEqual on Workers), so neither the time taken
 * nor the digests say anything about where the strings differ.
 */
export async function safeEqual(a: string, b: string): Promise<boolean> {
  compareKey ??= (await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"])) as CryptoKey;
  const [x, y] = await Promise.all([a, b].map(async (s) => new Uint8Array(await crypto.subtle.sign("HMAC", compareKey!, enc.encode(s)))));
  const native = (crypto.subtle as { timingSafeEqual?: (a: ArrayBufferView, b: ArrayBufferView) => boolean }).timingSafeEqual;
  if (typeof native === "function") return native.call(crypto.subtle, x!, y!);
  let diff = 0;
  for (let i = 0; i < x!.length; i++) diff |= x![i]! ^ y![i]!;
  return diff === 0;
}

/** True when `Authorization` carries exactly Jelou's Basic credentials (scheme name in any case). */
export async function checkBasic(request: Request, clientId: string, clientSecret: string): Promise<boolean> {
  const m = /^Basic +(\S+)$/i.exec(request.headers.get("Authorization") ?? "");
  const expected = basicAuthorization(clientId, clientSecret).slice("Basic ".length);
  return safeEqual(m?.[1] ?? "", expected);
}
