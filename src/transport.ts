// The typed transport under every method: openapi-fetch for the path, params, body and result
// types; this file adds what openapi-fetch leaves to its user — which host and which credential a
// path takes, one timeout budget per call (token fetch, attempts and retry waits included),
// retries that cannot send anything twice, and typed errors.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { authHeader, type AuthHeader, type AuthOptions } from "./auth.js";
import { JelouApiError, JelouError, JelouNetworkError, JelouTimeoutError } from "./errors.js";
import { RETRY_DEFAULTS, isRetryable, retryDelay, sleep, type RetryOptions } from "./retry.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Which server a path lives on: `api.jelou.ai` (Basic or token), the gateway (`x-api-key`) or the chatbot host (signed body). */
export type Host = "api" | "gateway" | "chatbot";

/** What hooks see of a request: never a header, so never a secret. */
export interface RequestInfo {
  method: Method;
  url: string;
  attempt: number;
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
  /** Budget for a whole call, retries included. Default 30,000 ms. */
  timeoutMs?: number;
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
type Init = { headers?: HeadersInit; body?: unknown; signal?: AbortSignal; [k: string]: unknown };
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
  const { fetch: customFetch, timeoutMs = 30_000, retry, hooks } = options;
  const retryOptions = { ...RETRY_DEFAULTS, ...retry, ...(retry === false && { retries: 0 }) };
  const { credentials } = routes;
  const tokenRefresh = typeof options.token === "function";
  const raw = createClient<paths>({ fetch: (r: Request) => (customFetch ?? globalThis.fetch)(r) });
  // The one place a path is a plain string: callers reach it through `Api`, typed per path.
  const send = raw.request as unknown as Send;
  const hook = <K extends keyof Hooks>(k: K, info: Parameters<NonNullable<Hooks[K]>>[0]) => {
    try {
      hooks?.[k]?.(info as never);
    } catch {}
  };

  async function run(method: Method, path: string, init: Init, o: CallOptions): Promise<Result> {
    const host = routes.hostOf(path);
    const baseUrl = routes.urls[host];
    const credential = credentials[host];
    const idempotent = method === "GET";
    const budget = o.timeoutMs ?? timeoutMs;
    const deadline = Date.now() + budget;
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), ctrl.abort()), budget);
    const onAbort = () => ctrl.abort(o.signal?.reason);
    o.signal?.addEventListener("abort", onAbort);
    if (o.signal?.aborted) onAbort();
    const aborted = new Promise<never>((_, reject) => ctrl.signal.addEventListener("abort", () => reject(ctrl.signal.reason)));
    aborted.catch(() => {});
    const url = `${baseUrl}${path}`;
    let refreshed = false;
    let inFlight = false;
    // JSON is parsed here, not by openapi-fetch, so a 2xx that is not JSON keeps its text for the error.
    const json = init.parseAs === undefined || init.parseAs === "json";
    try {
      for (let attempt = 0; ; attempt++) {
        let headers = init.headers;
        if (credential) {
          const value = credential[1](refreshed);
          // A token function that never settles must not outlive the budget either.
          headers = withCredential(init.headers, credential[0], typeof value === "string" ? value : await Promise.race([value, aborted]));
        }
        ctrl.signal.throwIfAborted();
        hook("onRequest", { method, url, attempt, body: init.body });
        const started = Date.now();
        inFlight = true;
        let result: Result;
        try {
          result = await send(method, path, { ...init, baseUrl, headers, signal: ctrl.signal, parseAs: json ? "text" : init.parseAs });
        } catch (e) {
          // No answer: a GET changes nothing, so it may go again while the budget lasts.
          const wait = idempotent && !ctrl.signal.aborted && attempt < retryOptions.retries ? retryDelay(attempt, null, retryOptions) : undefined;
          if (wait === undefined || Date.now() + wait >= deadline) throw e;
          inFlight = false;
          await sleep(wait, ctrl.signal);
          continue;
        }
        inFlight = false;
        const status = result.response.status;
        hook("onResponse", { method, url, attempt, body: init.body, status, durationMs: Date.now() - started });
        if (result.response.ok) return json ? { ...result, data: parseJson(result.data, status, idempotent) } : result;
        if (status === 401 && host === "api" && tokenRefresh && !refreshed) {
          refreshed = true;
          attempt--;
          continue;
        }
        if (isRetryable(status, method) && attempt < retryOptions.retries) {
          const wait = retryDelay(attempt, result.response.headers.get("Retry-After"), retryOptions);
          // A wait that outlives the budget would only end in a timeout: report Jelou's answer now.
          if (wait !== undefined && Date.now() + wait < deadline) {
            await sleep(wait, ctrl.signal);
            continue;
          }
        }
        return result;
      }
    } catch (e) {
      throw failure(e, { timedOut, budget, inFlight: inFlight && !idempotent, signal: o.signal });
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
    }
  }

  const api = (o: CallOptions = {}): Api => {
    const bound = (method: Method) => (path: string, init?: Init) => run(method, path, init ?? {}, o);
    // The wrapper forwards openapi-fetch's own arguments and result unchanged, so it has its type.
    return { GET: bound("GET"), POST: bound("POST"), PUT: bound("PUT"), PATCH: bound("PATCH"), DELETE: bound("DELETE") } as unknown as Api;
  };

  return { run, api };
}

/** The JSON of a 2xx body; a body that is not JSON is Jelou's error, kept whole, and for a write it may have acted. */
function parseJson(text: unknown, status: number, idempotent: boolean): unknown {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new JelouApiError(status, text, !idempotent);
  }
}

/** The caller's headers plus the one credential of the host, which always wins. */
function withCredential(given: HeadersInit | undefined, name: string, value: string): HeadersInit {
  if (given === undefined) return { [name]: value };
  const h = new Headers(given);
  // A credential for the other host must not ride along with this one.
  h.delete("Authorization");
  h.delete("x-api-key");
  h.set(name, value);
  return h;
}

/** Whatever went wrong, as the SDK's typed error. */
function failure(e: unknown, c: { timedOut: boolean; budget: number; inFlight: boolean; signal?: AbortSignal }): unknown {
  if (e instanceof JelouError) return e;
  if (c.timedOut) return new JelouTimeoutError(c.budget, c.inFlight);
  if (c.signal?.aborted) return new JelouNetworkError("call aborted by the caller", c.inFlight, { cause: c.signal.reason });
  // The connection failed somewhere between opening and answering: Jelou may have acted.
  return new JelouNetworkError(`request to Jelou failed: ${(e as Error)?.message ?? e}`, c.inFlight, { cause: e });
}

/**
 * The data of a successful result, or the typed error of a failed one: what resource methods return.
 * `maybeSent` of a 5xx is `true` for writes (Jelou may have acted) and `false` for reads.
 */
export function dataOf<D>(r: { data?: D; error?: unknown; response: Response }, method: Method): D {
  const { status, ok } = r.response;
  if (ok && r.data !== undefined) return r.data;
  // A 2xx without the documented body: for a write, Jelou may have acted all the same.
  throw new JelouApiError(status, r.error ?? "", method !== "GET" && (ok || (status >= 500 && status !== 503)));
}
