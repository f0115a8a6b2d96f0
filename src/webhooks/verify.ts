// Checking `X-Jelou-Signature` over the exact bytes received. Every malformed header is a plain
// `false`: a verifier that throws on a short digest turns a forged request into a 500.
import { bytesOf, hmacSha256, type RawBody } from "./sign.js";

// Surrounding whitespace (a proxy or a copy-paste) and uppercase hex are the same signature.
const HEADER = /^\s*sha256=([0-9a-f]{64})\s*$/i;

/** The 32 digest bytes of a well-formed header, else undefined. */
function digestOf(header: string | null | undefined): Uint8Array | undefined {
  const hex = HEADER.exec(header ?? "")?.[1];
  if (!hex) return undefined;
  return Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16));
}

/**
 * Whether `header` is Jelou's signature of `rawBody` under `secret`. Accepts `sha256=<64 hex>`
 * with surrounding whitespace and upper- or lowercase hex; anything else (missing, no prefix,
 * wrong length, not hex) is `false`, never an exception. The digests are compared in constant
 * time, byte by byte. An empty `secret` (an unset environment variable) rejects with Web
 * Crypto's `DataError` rather than answering `false` for every delivery.
 *
 * @param secret The integration's `signingSecret`.
 * @param rawBody The body exactly as received: verify before parsing, never a re-serialized copy.
 * @param header The `X-Jelou-Signature` value (`request.headers.get("x-jelou-signature")`).
 * @example
 * const raw = await request.text();
 * if (!(await verifySignature(env.JELOU_WEBHOOK_SECRET, raw, request.headers.get("x-jelou-signature")))) return new Response(null, { status: 401 });
 */
export async function verifySignature(secret: string, rawBody: RawBody, header: string | null | undefined): Promise<boolean> {
  const given = digestOf(header);
  if (!given) return false;
  const mac = await hmacSha256(secret, bytesOf(rawBody));
  // No early exit: the time taken does not depend on where the first differing byte is.
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= mac[i]! ^ given[i]!;
  return diff === 0;
}
