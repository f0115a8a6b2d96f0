// CORS for the send routes: an exact-origin allowlist. Every response varies on Origin; only an
// allowed origin ever gets Access-Control-Allow-Origin, and only it gets a preflight answer.
import { fail, type Outcome } from "./envelope.js";

export const ALLOW_METHODS = "POST";
export const ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key";
export const EXPOSE_HEADERS = "Idempotent-Replayed";

export const isAllowedOrigin = (origin: string | null, allowed: ReadonlySet<string>): origin is string =>
  origin !== null && allowed.has(origin);

/** Adds `Vary: Origin` always, and the allow headers when `origin` is allowed (null: never). */
export function applyCors(response: Response, origin: string | null, allowed: ReadonlySet<string>): Response {
  const h = response.headers;
  h.set("Vary", "Origin");
  if (isAllowedOrigin(origin, allowed)) {
    h.set("Access-Control-Allow-Origin", origin);
    h.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  } else {
    h.delete("Access-Control-Allow-Origin");
  }
  return response;
}

/** OPTIONS on a send route: 204 with the allowed methods and headers, or 403 for anyone else. */
export function preflight(origin: string | null, allowed: ReadonlySet<string>): Outcome {
  if (!isAllowedOrigin(origin, allowed)) return fail("ORIGIN_NOT_ALLOWED", "origin", "origin not allowed");
  const response = new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Methods": ALLOW_METHODS,
      "Access-Control-Allow-Headers": ALLOW_HEADERS,
      "Access-Control-Max-Age": "600",
      "Cache-Control": "no-store",
    },
  });
  return { response, reason: "preflight" };
}
