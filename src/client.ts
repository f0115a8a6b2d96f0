import createClient from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { authHeader, type AuthOptions } from "./auth.js";
import { JelouApiError, JelouNetworkError, JelouTimeoutError, JelouValidationError } from "./errors.js";
import { flowSchema, type FlowMessage } from "./messages/flow.js";
import { describe, parse } from "./messages/build.js";
import { FLOW_USER_ID_PATTERN } from "../generated/limits.js";
import { RETRY_DEFAULTS, isRetryable, retryDelay, sleep, type RetryOptions } from "./retry.js";
import { validateMessage, type Message } from "./validate.js";

/** What hooks see of a request: never a header, so never a secret. */
export interface RequestInfo {
  method: "POST";
  url: string;
  attempt: number;
  body: unknown;
}
/** What hooks see of a response. */
export interface ResponseInfo extends RequestInfo {
  status: number;
  durationMs: number;
}
/** Observers for logging and metrics. An exception thrown by a hook is ignored: logging must not fail a send. */
export interface Hooks {
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: ResponseInfo) => void;
}

/** Options of `createJelou`. */
export type JelouOptions = AuthOptions & {
  /** Default `https://api.jelou.ai`; point it at the token proxy when using `token`. */
  baseUrl?: string;
  /** Default `globalThis.fetch`, looked up at call time and never called as a method. */
  fetch?: (request: Request) => Promise<Response>;
  /** Budget for a whole send, retries included. Default 30,000 ms. */
  timeoutMs?: number;
  /** Retries of 429/503 answers; `false` turns them off. */
  retry?: RetryOptions | false;
  hooks?: Hooks;
};

/** Per-call options of `send` and `sendFlow`. */
export interface SendOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `false` skips the SDK's validation (Jelou still validates). Default `true`. */
  validate?: boolean;
}

/** Jelou's answer to a sent message. */
export interface SendResult {
  success: boolean;
  messageId: string;
}

/** The client `createJelou` returns. */
export interface JelouClient {
  send(botId: string, message: Message, options?: SendOptions): Promise<SendResult>;
  sendFlow(botId: string, userId: string, flow: FlowMessage, options?: SendOptions): Promise<Record<string, unknown>>;
}

// "." or ".." survive encodeURIComponent and would be resolved away by URL parsing, sending
// elsewhere; a lone surrogate cannot be encoded at all. Both are refused before any request.
const FLOW_USER_ID = new RegExp(FLOW_USER_ID_PATTERN);

function pathParam(name: string, value: unknown, pattern?: RegExp): void {
  let ok = typeof value === "string" && value !== "" && value !== "." && value !== ".." && (!pattern || pattern.test(value));
  try {
    if (ok) encodeURIComponent(value as string);
  } catch {
    ok = false;
  }
  if (!ok) throw new JelouValidationError([{ path: name, message: `must be ${pattern ? "a phone number without +" : "a non-empty id"}, got ${describe(value)}` }]);
}

/**
 * Creates a Jelou client. On a server, give it your credentials; in a browser, give it the
 * token proxy's URL and a function that fetches a token from your backend.
 *
 * @example
 * const jelou = createJelou({ clientId: env.JELOU_CLIENT_ID, clientSecret: env.JELOU_CLIENT_SECRET });
 * const { messageId } = await jelou.send("BOT_ID", messages.text({ userId: "593987654321", text: "Hi!" }));
 */
export function createJelou(options: JelouOptions): JelouClient {
  const { baseUrl = "https://api.jelou.ai", fetch: customFetch, timeoutMs = 30_000, retry, hooks = {} } = options;
  const auth = authHeader(options);
  const retryOptions = { ...RETRY_DEFAULTS, ...retry, ...(retry === false && { retries: 0 }) };
  const api = createClient<paths>({ baseUrl, fetch: (r: Request) => (customFetch ?? globalThis.fetch)(r) });
  const hook = <K extends keyof Hooks>(k: K, info: Parameters<NonNullable<Hooks[K]>>[0]) => {
    try {
      hooks[k]?.(info as never);
    } catch {}
  };

  async function post(
    path: "/v1/bots/{botId}/messages" | "/v1/bots/{botId}/users/{userId}/flow_message",
    params: { botId: string; userId?: string },
    body: unknown,
    o: SendOptions,
  ): Promise<Record<string, unknown>> {
    const budget = o.timeoutMs ?? timeoutMs;
    const deadline = Date.now() + budget;
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), ctrl.abort()), budget);
    const onAbort = () => ctrl.abort(o.signal?.reason);
    o.signal?.addEventListener("abort", onAbort);
    if (o.signal?.aborted) onAbort();
    const aborted = new Promise<never>((_, reject) => ctrl.signal.addEventListener("abort", () => reject(ctrl.signal.reason)));
    const url = `${baseUrl}${path}`;
    let refreshed = false;
    let inFlight = false;
    try {
      for (let attempt = 0; ; attempt++) {
        // A token function that never settles must not outlive the budget either.
        const headers = { Authorization: await Promise.race([auth(refreshed), aborted]) };
        ctrl.signal.throwIfAborted();
        hook("onRequest", { method: "POST", url, attempt, body });
        const started = Date.now();
        inFlight = true;
        const { data, error, response } = await api.POST(path as "/v1/bots/{botId}/messages", {
          params: { path: params },
          body: body as Message,
          headers,
          signal: ctrl.signal,
          parseAs: "text",
        });
        inFlight = false;
        const status = response.status;
        hook("onResponse", { method: "POST", url, attempt, body, status, durationMs: Date.now() - started });
        if (response.ok) {
          try {
            const parsed: unknown = JSON.parse((data as string | undefined) ?? "");
            if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
          } catch {}
          // Jelou said 2xx, so the message may well be out: never report it as not sent.
          throw new JelouApiError(status, data ?? "", true);
        }
        if (status === 401 && options.token && typeof options.token === "function" && !refreshed) {
          refreshed = true;
          attempt--;
          continue;
        }
        if (isRetryable(status) && attempt < retryOptions.retries) {
          const wait = retryDelay(attempt, response.headers.get("Retry-After"), retryOptions);
          // A wait that outlives the budget would only end in a timeout: report Jelou's answer now.
          if (wait !== undefined && Date.now() + wait < deadline) {
            await response.body?.cancel().catch(() => {});
            await sleep(wait, ctrl.signal);
            continue;
          }
        }
        throw new JelouApiError(status, error ?? "", status >= 500 && status !== 503);
      }
    } catch (e) {
      if (e instanceof JelouApiError || e instanceof JelouValidationError) throw e;
      if (timedOut) throw new JelouTimeoutError(budget, inFlight);
      if (o.signal?.aborted)
        throw new JelouNetworkError("send aborted by the caller", inFlight, { cause: o.signal.reason });
      // The connection failed somewhere between opening and answering: Jelou may have the message.
      throw new JelouNetworkError(`request to Jelou failed: ${(e as Error)?.message ?? e}`, inFlight, { cause: e });
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
    }
  }

  return {
    async send(botId, message, o = {}) {
      pathParam("botId", botId);
      let body: unknown = message;
      if (o.validate !== false) {
        const r = validateMessage(message);
        if (!r.success) throw new JelouValidationError(r.issues);
        if (r.output.botId !== undefined && r.output.botId !== botId)
          throw new JelouValidationError([{ path: "botId", message: `must equal the botId of the URL, ${JSON.stringify(botId)}` }]);
        // Send what was validated: a getter or a proxy cannot show one value to the check and another to JSON.stringify.
        body = r.output;
      }
      return (await post("/v1/bots/{botId}/messages", { botId }, body, o)) as unknown as SendResult;
    },
    async sendFlow(botId, userId, flow, o = {}) {
      pathParam("botId", botId);
      pathParam("userId", userId, FLOW_USER_ID);
      return post("/v1/bots/{botId}/users/{userId}/flow_message", { botId, userId }, o.validate === false ? flow : parse(flowSchema, flow), o);
    },
  };
}
