// The typed transport under every method: openapi-fetch for the path, params, body and result
// types; this file adds what openapi-fetch leaves to its user — which host and which credential a
// path takes, one timeout budget per call (token fetch, attempts and retry waits included),
// retries that cannot send anything twice, no redirects, capped answers, and typed errors.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { checkAnswer } from "./answer.js";
import { authHeader, type AuthHeader, type AuthOptions } from "./auth.js";
import { JelouApiError, JelouConfigError, JelouError, JelouNetworkError, JelouTimeoutError } from "./errors.js";
import { RETRY_DEFAULTS, isRetryable, retryDelay, sleep, type RetryOptions } from "./retry.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Which server a path lives on: `api.jelou.ai` (Basic or token), the gateway (`x-api-key`) or the chatbot host (signed body). */
export type Host = "api" | "gateway" | "chatbot";

/** What hooks see of a request: never a header, so never a secret. */
export interface RequestInfo {
  method: Method;
  url: string;
  attempt: number;
  /** A copy of the body as JSON: changing it changes nothing that is sent. */
  body: unknown;
}
/** What hooks see of a response. */
export interface ResponseInfo extends RequestInfo {
  status: number;
  durationMs: number;
}
/** Observers for logging and metrics. An exception thrown by a hook is ignored: logging must not fail a call. */
export interface Hooks {
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: ResponseInfo) => void;
}

/** Options of `createJelou`. */
export type JelouOptions = AuthOptions & {
  /** `api.jelou.ai` by default; point it at the token proxy when using `token`. */
  baseUrl?: string;
  /** The gateway (PMA Custom, Memory), `https://gateway.jelou.ai` by default. */
  gatewayUrl?: string;
  /** Where the PMA agent-message webhook lives, `https://chatbot.jelou.ai` by default. */
  chatbotUrl?: string;
  /** Default `globalThis.fetch`, looked up at call time and never called as a method. */
  fetch?: (request: Request) => Promise<Response>;
  /** Budget for a whole call, retries included: more than 0 and less than 2^31 ms. Default 30,000 ms. */
  timeoutMs?: number;
  /** Longest answer body read, in bytes; a longer one is abandoned with a `JelouApiError`. Default 1 MiB. */
  maxResponseBytes?: number;
  /** Retries of answers that say "not processed"; `false` turns them off. */
  retry?: RetryOptions | false;
  hooks?: Hooks;
};

/** Per-call options of every method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Replaces the client's `timeoutMs` for this call. */
  timeoutMs?: number;
}

/** The openapi-fetch methods over every path of the contract, with the SDK's hosts, auth, budget, retries and hooks. */
export type Api = Pick<Client<paths>, Method>;

// openapi-fetch's per-call init, as the transport forwards it. Its per-path typing lives on `Api`.
type Init = {
  params?: { header?: object };
  body?: unknown;
  parseAs?: string;
  [k: string]: unknown;
};
type Result = { data?: unknown; error?: unknown; response: Response };
type Send = (method: Method, path: string, init: Init) => Promise<Result>;

export interface Transport {
  /** Runs one call: credential, attempts, retries and typed failures. */
  run(method: Method, path: string, init: Init, o: CallOptions): Promise<Result>;
  /** `Api` bound to per-call options. */
  api(o?: CallOptions): Api;
}

/** Where each path goes and what it carries there: the header name and value of each host's credential. */
export interface Routes {
  hostOf(path: string): Host;
  urls: Partial<Record<Host, string>>;
  credentials: Partial<Record<Host, [string, AuthHeader]>>;
}

/** The routes of an entry that only reaches `api.jelou.ai` (no gateway code in its bundle). */
export const apiOnly = (o: JelouOptions, defaultUrl: string): Routes => ({
  hostOf: () => "api",
  urls: { api: o.baseUrl ?? defaultUrl },
  credentials: { api: ["Authorization", authHeader(o)] },
});

/** The transport of one client. */
export function createTransport(options: JelouOptions, routes: Routes): Transport {
  const { fetch: customFetch, retry, hooks, token, maxResponseBytes = 2 ** 20 } = options;
  const timeoutMs = checkTimeout(options.timeoutMs ?? 30_000);
  const retryOptions = {
    ...RETRY_DEFAULTS,
    ...retry,
    ...(retry === false && { retries: 0 }),
  };
  const fetch = (r: Request) => (customFetch ?? globalThis.fetch)(r);
  // The one place a path is a plain string: callers reach it through `Api`, typed per path.
  const send = createClient<paths>({ fetch }).request as unknown as Send;
  const hook = <K extends keyof Hooks>(k: K, info: Parameters<NonNullable<Hooks[K]>>[0]) => {
    try {
      hooks![k]?.(info as never);
    } catch {}
  };

  async function run(method: Method, path: string, init: Init, o: CallOptions): Promise<Result> {
    const { params } = init;
    const host = routes.hostOf(path);
    const credential = routes.credentials[host];
    const read = method === "GET";
    const budget = checkTimeout(o.timeoutMs ?? timeoutMs);
    const deadline = Date.now() + budget;
    // One timer per call, and the caller's signal joined to it only when there is one.
    const timeout = AbortSignal.timeout(budget);
    const signal = o.signal ? anySignal(o.signal, timeout) : timeout;
    // JSON is parsed here, not by openapi-fetch, so a 2xx that is not JSON keeps its text for the error.
    const json = !init.parseAs || init.parseAs === "json";
    // Behind the proxy (token auth), one key per send: the proxy answers a repeat with the stored
    // answer, so the send may go again after no answer or a 5xx without reaching Jelou twice.
    const key = !read && host === "api" && token !== undefined && crypto.randomUUID();
    const again = read || !!key;
    // Hooks get a copy of what is sent (none when it is not JSON): changing it changes nothing.
    let body: unknown;
    if (hooks)
      try {
        body = JSON.parse(JSON.stringify(init.body));
      } catch {}
    let refresh = false;
    let refreshed = false;
    // From the moment a request reaches fetch until an answer comes: then it may have acted.
    let inFlight = false;
    try {
      for (let attempt = 0; ; attempt++) {
        // Merged last by openapi-fetch: the host's credential wins and the other host's (null) is dropped.
        // Only headers the caller gave could carry another host's credential: those are dropped (null).
        // Objects on this path are copied with Object.assign, never spread then extended: Node 20's
        // V8 takes about a microsecond per property added to a spread copy.
        const header = Object.assign({}, params?.header) as Record<string, unknown>;
        if (init.headers) header.Authorization = header["x-api-key"] = null;
        if (key) header["Idempotency-Key"] = key;
        if (credential) {
          // The token function is asked again once, right after the first 401; later attempts reuse its token.
          const value = credential[1](refresh);
          refresh = false;
          // A token function that never settles must not outlive the budget either.
          header[credential[0]] = typeof value === "string" ? value : await Promise.race([value, abortion(signal)]);
        }
        signal.throwIfAborted();
        let started = 0;
        let url = "";
        // Hooks see the URL that was really fetched, and cost nothing when there are none.
        const go = async (r: Request) => {
          inFlight = true;
          if (hooks) (hook("onRequest", { method, url: (url = r.url), attempt, body }), (started = Date.now()));
          return checkAnswer(await fetch(r), maxResponseBytes, !read);
        };
        // A send that may go again has a share of the budget per attempt, so a lost answer leaves time to ask again.
        const attemptSignal = key ? anySignal(signal, AbortSignal.timeout(Math.ceil(budget / (retryOptions.retries + 1)))) : signal;
        let result: Result | undefined;
        let failure: unknown;
        try {
          // The caller's openapi-fetch options (`headers`, serializers…), with the transport's own on top.
          result = await send(
            method,
            path,
            Object.assign({}, init, {
              params: Object.assign({}, params, { header }),
              baseUrl: routes.urls[host],
              signal: attemptSignal,
              parseAs: json ? "text" : init.parseAs,
              fetch: go,
              redirect: "manual",
            }),
          );
          inFlight = false;
        } catch (e) {
          // No answer (or one refused). Only a GET, which changes nothing, or a keyed send may go again.
          if (!again || signal.aborted || e instanceof JelouError) throw e;
          failure = e;
        }
        let wait: number | undefined;
        if (result) {
          const { status, ok, headers } = result.response;
          if (hooks)
            hook("onResponse", {
              method,
              url,
              attempt,
              body,
              status,
              durationMs: Date.now() - started,
            });
          if (ok) {
            if (json) result.data = parseJson(result.data, status, read);
            return result;
          }
          if (status === 401 && host === "api" && typeof token === "function" && !refreshed) {
            refreshed = refresh = true;
            attempt--;
            continue;
          }
          if (!isRetryable(status, again)) return result;
          wait = retryDelay(attempt, headers.get("Retry-After"), retryOptions);
        } else wait = retryDelay(attempt, null, retryOptions);
        // Out of attempts, or a wait that would outlive the budget: report what happened now.
        if (attempt >= retryOptions.retries || wait === undefined || Date.now() + wait >= deadline) {
          if (result) return result;
          throw failure;
        }
        await sleep(wait, signal);
      }
    } catch (e) {
      // Whatever went wrong, as the SDK's typed error.
      if (e instanceof JelouError) throw e;
      const sent = inFlight && !read;
      if (o.signal?.aborted)
        throw new JelouNetworkError("call aborted by the caller", sent, {
          cause: o.signal.reason,
        });
      // The call's budget, or the last attempt's share of it.
      if (timeout.aborted || (e as Error)?.name === "TimeoutError") throw new JelouTimeoutError(budget, sent);
      // The connection failed somewhere between opening and answering: Jelou may have acted.
      throw new JelouNetworkError(`request to Jelou failed${why(e)}`, sent, {
        cause: e,
      });
    }
  }

  const bind = (o: CallOptions): Api => {
    const bound = (method: Method) => (path: string, init?: Init) => run(method, path, init ?? {}, o);
    // The wrapper forwards openapi-fetch's own arguments and result unchanged, so it has its type.
    return { GET: bound("GET"), POST: bound("POST"), PUT: bound("PUT"), PATCH: bound("PATCH"), DELETE: bound("DELETE") } as unknown as Api;
  };
  // Most calls pass no signal and no timeout of their own: they share one bound `Api`.
  const plain = bind({});
  const api = (o: CallOptions = {}): Api => (o.signal || o.timeoutMs !== undefined ? bind(o) : plain);

  return { run, api };
}

/** Timers take whole ms below 2^31 (a longer one fires at once): refuse a budget they cannot hold rather than time out at once. */
function checkTimeout(ms: unknown): number {
  if (Number.isInteger(ms) && (ms as number) > 0 && (ms as number) < 2 ** 31) return ms as number;
  throw new JelouConfigError(`timeoutMs must be a whole number of ms, > 0 and < 2^31; got ${ms}`);
}

/** Aborts when either signal does: `AbortSignal.any` where the runtime has it. */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (AbortSignal.any) return AbortSignal.any([a, b]);
  const c = new AbortController();
  const abort = (s: AbortSignal) => () => c.abort(s.reason);
  for (const s of [a, b]) s.aborted ? abort(s)() : s.addEventListener("abort", abort(s), { once: true });
  return c.signal;
}

/** A promise that rejects when `signal` aborts, to race an awaited value against. */
const abortion = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.aborted
      ? reject(signal.reason)
      : signal.addEventListener("abort", () => reject(signal.reason), {
          once: true,
        }),
  );

/** The JSON of a 2xx body; a body that is not JSON is Jelou's error, kept whole, and for a write it may have acted. */
function parseJson(text: unknown, status: number, idempotent: boolean): unknown {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new JelouApiError(status, text, !idempotent);
  }
}

/** ": fetch failed: connect ECONNREFUSED 127.0.0.1:9": down the cause chain, where undici says why (an AggregateError's last address). */
const why = (e: any, n = 4): string => (e && n ? `: ${e.message || e.code || e}${why(e.errors?.at(-1) ?? e.cause, n - 1)}` : "");

/**
 * The data of a successful result, or the typed error of a failed one: what resource methods return.
 * `maybeSent` of a 5xx is `true` for writes (Jelou may have acted) and `false` for reads.
 */
export function dataOf<D>(r: { data?: D; error?: unknown; response: Response }, method: Method): D {
  const { status, ok } = r.response;
  if (ok && r.data !== undefined) return r.data;
  // A 2xx without the documented body: for a write, Jelou may have acted all the same.
  // A 409 is the proxy's "this Idempotency-Key is still in progress".
  throw new JelouApiError(status, r.error ?? "", method !== "GET" && (ok || status === 409 || (status >= 500 && status !== 503)));
}
