// What the transport accepts as an answer, before openapi-fetch reads it: never a redirect, and never
// more than `max` bytes of body.
import { JelouApiError } from "./errors.js";

/**
 * `r`, refused when it is a redirect (the request is `redirect: "manual"`: a 3xx, or a browser's
 * opaque redirect with status 0) and with its body read through a byte counter. Past `max` bytes the
 * read fails and the stream is cancelled, so a huge or decompressing (gzip bomb) body never sits in
 * memory. `write`: whether the request may have acted (its `maybeSent`).
 *
 * @example
 * const res = checkAnswer(await fetch(request), 2 ** 20, true); // then res.text() rejects past 1 MiB
 */
export function checkAnswer(r: Response, max: number, write: boolean): Response {
  const { status, headers } = r;
  // Neither a success nor an error status: a redirect. Following it would re-send the message
  // elsewhere (307/308) or turn it into a GET that looks like a success (303).
  if (!r.ok && status < 400) throw new JelouApiError(status, `redirect not followed (Location: ${headers.get("Location")})`, write);
  // The common answer says its length and is not compressed: nothing to count, nothing to wrap.
  // `body` is read only past this point: in Deno the getter alone builds a stream (about 4 µs a call).
  const length = headers.get("Content-Length");
  if (length !== null && +length <= max && !headers.has("Content-Encoding")) return r;
  const { body } = r;
  let n = 0;
  const cap = new TransformStream<Uint8Array, Uint8Array>({
    transform: (chunk, c) =>
      (n += chunk.byteLength) > max ? c.error(new JelouApiError(status, `answer over ${max} bytes, not read`, write)) : c.enqueue(chunk),
  });
  return body ? new Response(body.pipeThrough(cap), r) : r;
}
