// Jelou's webhook signature: `sha256=<hex HMAC-SHA256(signingSecret, exact body bytes)>`, with Web
// Crypto only so it runs unchanged in Node, Deno, Workers and browsers.

const encoder = new TextEncoder();

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
export async function signPayload(secret: string, body: string | Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  // A copy: Web Crypto takes only bytes over a plain ArrayBuffer, not a SharedArrayBuffer view.
  const bytes = typeof body === "string" ? encoder.encode(body) : new Uint8Array(body);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, bytes));
  let hex = "";
  for (const b of mac) hex += b.toString(16).padStart(2, "0");
  return `sha256=${hex}`;
}
