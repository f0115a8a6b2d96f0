// What the Worker accepts from Jelou before the SDK parses it, and what of it reaches the browser.
// The SDK's fetch is wrapped: redirects are never followed (a 307 would re-post the message to
// another host), a status outside 200–599 or a body over MAX_UPSTREAM_BYTES stops the call with a
// verdict forward() turns into a 502, and memory stays bounded whatever Jelou sends.
import { readLimited } from "./body.js";

/** Jelou's send answers are a few hundred bytes; anything past this is not one of them. */
export const MAX_UPSTREAM_BYTES = 64 * 1024;

/** Why an answer was refused, and whether the message may have been sent all the same. */
export interface OddAnswer {
  why: "redirect" | "status" | "too_large";
  status: number;
  maybeSent: boolean;
}

export interface UpstreamGuard {
  fetch(request: Request): Promise<Response>;
  /** Set when the last answer was refused: the SDK then reports a network error, forward() reads this instead. */
  odd(): OddAnswer | undefined;
  /** Jelou's `Retry-After` on its last 429 or 503, when it is one the browser's SDK can read. */
  retryAfter(): string | undefined;
}

/** The SDK's rule for a write: a 2xx or a 5xx other than 503 may have acted; 4xx, 429 and 503 did not. */
export const mayHaveActed = (status: number): boolean => (status >= 200 && status < 300) || (status >= 500 && status !== 503);

/** 307 and 308 ask for the same request elsewhere, so this server did not process it; other 3xx (303 after a POST) may have. */
const redirectMayHaveActed = (status: number): boolean => status !== 307 && status !== 308;

const RETRY_AFTER = /^(\d{1,9}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

class Refused extends Error {}

/**
 * Wraps `base` (the global fetch by default) for one forward.
 *
 * @example
 * const guard = guardUpstream();
 * const jelou = createJelou({ clientId, clientSecret, fetch: guard.fetch, retry: false });
 * // after a failed send: guard.odd() → { why: "redirect", status: 307, maybeSent: false }
 */
export function guardUpstream(base?: (request: Request) => Promise<Response>, limit = MAX_UPSTREAM_BYTES): UpstreamGuard {
  let odd: OddAnswer | undefined;
  let retryAfter: string | undefined;
  const refuse = async (res: Response, verdict: OddAnswer): Promise<never> => {
    odd = verdict;
    await res.body?.cancel().catch(() => {});
    throw new Refused(verdict.why);
  };
  return {
    odd: () => odd,
    retryAfter: () => retryAfter,
    async fetch(request) {
      odd = undefined;
      const res = await (base ?? globalThis.fetch)(new Request(request, { redirect: "manual" }));
      const { status } = res;
      if (status < 200 || status > 599) return refuse(res, { why: "status", status, maybeSent: true });
      if (status >= 300 && status < 400) return refuse(res, { why: "redirect", status, maybeSent: redirectMayHaveActed(status) });
      const ra = res.headers.get("Retry-After")?.trim();
      retryAfter = (status === 429 || status === 503) && ra && RETRY_AFTER.test(ra) ? ra : undefined;
      const declared = Number(res.headers.get("Content-Length"));
      if (declared > limit) return refuse(res, { why: "too_large", status, maybeSent: mayHaveActed(status) });
      const bytes = await readLimited(res.body, limit);
      if (!bytes) {
        odd = { why: "too_large", status, maybeSent: mayHaveActed(status) };
        throw new Refused("too_large");
      }
      // The bytes are already decoded: the copy must not claim an encoding or the old length.
      const headers = new Headers(res.headers);
      headers.delete("Content-Encoding");
      headers.delete("Content-Length");
      return new Response(bytes.byteLength ? bytes : null, { status, statusText: res.statusText, headers });
    },
  };
}

/** What the browser sees of an odd answer: one sentence naming it. */
export function describeOdd(o: OddAnswer, limit = MAX_UPSTREAM_BYTES): string {
  if (o.why === "redirect") return `Jelou answered ${o.status} (a redirect); the proxy does not follow redirects`;
  if (o.why === "status") return `Jelou answered with status ${o.status}, outside 200–599`;
  return `Jelou's answer (status ${o.status}) is larger than ${limit} bytes`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === "string";

/**
 * Jelou's documented error envelope, and nothing else: `message`, `statusMessage`, `status` and
 * `error { code, key, description }` with their documented types. Anything more (stack traces,
 * queries, internal hosts) stays at the proxy. Undefined when none of them is there.
 *
 * @example
 * documentedError({ message: ["no"], error: { key: "BOT_NOT_FOUND", query: "SELECT" }, stack: "…" })
 * // → { message: ["no"], error: { key: "BOT_NOT_FOUND" } }
 */
export function documentedError(body: unknown): Record<string, unknown> | undefined {
  if (!isObject(body)) return undefined;
  const out: Record<string, unknown> = {};
  const { message, statusMessage, status, error } = body;
  if (isText(message) || (Array.isArray(message) && message.every(isText))) out.message = message;
  if (isText(statusMessage)) out.statusMessage = statusMessage;
  if (typeof status === "number" && Number.isFinite(status)) out.status = status;
  if (isObject(error)) {
    const e: Record<string, string> = {};
    for (const k of ["code", "key", "description"] as const) if (isText(error[k])) e[k] = error[k];
    if (Object.keys(e).length) out.error = e;
  }
  return Object.keys(out).length ? out : undefined;
}
