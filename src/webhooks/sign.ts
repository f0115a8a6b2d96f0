// Jelou's webhook signature: `sha256=<hex HMAC-SHA256(signingSecret, exact body bytes)>`, with Web
// Crypto only so it runs unchanged in Node, Deno, Workers and browsers.

const encoder = new TextEncoder();

/** A raw body as received or sent: text (taken as UTF-8) or the bytes themselves. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** The bytes of a raw body. A copy for views: Web Crypto takes only bytes over a plain ArrayBuffer, not a SharedArrayBuffer view. */
export const bytesOf = (body: RawBody): Uint8Array<ArrayBuffer> => (typeof body === "string" ? encoder.encode(body) : new Uint8Array(body));

/**
 * HMAC-SHA256 of `bytes` keyed with the UTF-8 bytes of `secret`. An empty secret (an unset
 * environment variable) rejects with a `DataError`: Web Crypto refuses a zero-length HMAC key in
 * Node, Deno, workerd and Chromium (test/runtime/webhooks-scenario.js checks it in each).
 */
export async function hmacSha256(secret: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, bytes));
}

/**
 * The `X-Jelou-Signature` value for `body`, keyed with the integration's `signingSecret`. Sign the
 * exact bytes that are sent (or were received): serializing the same data twice may not give the
 * same bytes, and then the signature does not match.
 *
 * @param secret The integration's `signingSecret` (shown once, when the integration is created).
 * @param body The raw body, as a string (UTF-8) or bytes.
 * @example
 * const text = JSON.stringify(message);
 * const signature = await signPayload(env.JELOU_SIGNING_SECRET, text); // "sha256=5d41…"
 */
export async function signPayload(secret: string, body: RawBody): Promise<string> {
  let hex = "";
  for (const b of await hmacSha256(secret, bytesOf(body))) hex += b.toString(16).padStart(2, "0");
  return `sha256=${hex}`;
}
