// Reads a JSON body: the media type must be application/json, and at most 64 KiB are read,
// counted on the bytes that actually arrive (a missing or lying Content-Length changes nothing).
import type { ErrorKey } from "./envelope.js";

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; value: unknown; text: string } | { ok: false; key: ErrorKey; reason: string; message: string };

const tooLarge = { ok: false, key: "PAYLOAD_TOO_LARGE", reason: "too_large", message: `body exceeds ${MAX_BODY_BYTES} bytes` } as const;

export function isJsonMediaType(contentType: string | null): boolean {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** The body's bytes, or undefined as soon as more than `limit` have arrived (the rest is not read). */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.byteLength) - c.byteLength);
  return out;
}

export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!isJsonMediaType(request.headers.get("Content-Type")))
    return { ok: false, key: "UNSUPPORTED_MEDIA_TYPE", reason: "media_type", message: "Content-Type must be application/json" };
  const declared = Number(request.headers.get("Content-Length"));
  if (declared > limit) return tooLarge;
  const bytes = await readLimited(request.body, limit);
  if (!bytes) return tooLarge;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text), text };
  } catch {
    return { ok: false, key: "MALFORMED_JSON", reason: "malformed_json", message: "body is not valid UTF-8 JSON" };
  }
}
