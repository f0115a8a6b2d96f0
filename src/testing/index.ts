// jelou-sdk/testing: an in-process Jelou for unit tests. `mock.fetch` is a web-standard fetch
// (Request in, Response out; no socket, no Node built-ins) that checks each request against
// openapi.yaml, records it, and answers with the documented example or a failure the test asked for.
import type { Issue } from "../errors.js";
import { envelope, example, invalid, json } from "./answers.js";
import { checkRequest, type OperationId } from "./contract.js";

export type { OperationId } from "./contract.js";

/** One request the mock received, as the test needs it. */
export interface MockCall {
  method: string;
  /** The full URL, as fetched. */
  url: string;
  /** The URL's path, still percent-encoded. */
  path: string;
  /** The operation of openapi.yaml it reached; undefined when none has this method and path (answered 404). */
  operationId: OperationId | undefined;
  /** Path parameters, decoded (`{ botId: "BOT_ID" }`). */
  params: Record<string, string>;
  /** Request headers, names lower-cased. Credentials included: they never leave the test. */
  headers: Record<string, string>;
  /** The body: parsed JSON, a multipart body as an object (file parts as text), else the raw text. */
  json: unknown;
  /** Where the request breaks the contract (answered 422, or 401 for a missing credential); empty when it keeps it. */
  issues: Issue[];
}

/**
 * A failure for the next request(s): an error status (`retryAfter` sets `Retry-After`, in seconds
 * or as an HTTP date; `body` replaces Jelou's error envelope), `"hang"` (no answer until the
 * request's signal aborts: timeouts and cancellation) or `"network"` (fetch rejects, as on a
 * refused connection).
 */
export type MockFailure = { status: number; retryAfter?: number | string; body?: unknown } | "hang" | "network";

/** Answers one operation instead of its documented example; `undefined` falls back to the example. */
export type MockHandler = (call: MockCall, request: Request) => Response | undefined | Promise<Response | undefined>;

/** The mock: its `fetch`, what it received, and how to program it. */
export interface MockJelou {
  /** Give it to `createJelou({ fetch: mock.fetch })`. Takes what `fetch` takes. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Every request received, in order, failed ones and retries included. */
  readonly calls: MockCall[];
  /**
   * Fails the next `times` requests (default 1), whatever operation they reach; queued failures
   * apply in order. The call is still checked and recorded.
   */
  failNext(failure: MockFailure, times?: number): void;
  /** Answers `operationId` with `handler` (replacing an earlier one) after the contract check; returns a function that removes it. */
  on(operationId: OperationId, handler: MockHandler): () => void;
  /** Forgets calls, queued failures and handlers, and restarts message ids at `msg_1`. */
  reset(): void;
}

/**
 * Creates an in-process Jelou: every operation of openapi.yaml answers its documented example
 * (message sends answer `{ success: true, messageId: "msg_<n>" }`), a request that breaks the
 * contract answers Jelou's 422 envelope with its `issues`, a missing credential 401, an unknown
 * path or method 404. Runs wherever `fetch` does: Node, Deno, Workers, browsers.
 *
 * @example
 * import { createJelou, messages } from "jelou-sdk";
 * import { createMockJelou } from "jelou-sdk/testing";
 *
 * const mock = createMockJelou();
 * const jelou = createJelou({ clientId: "id", clientSecret: "secret", fetch: mock.fetch });
 * await jelou.send("BOT_ID", messages.text({ userId: "593987654321", text: "Hi!" })); // { success: true, messageId: "msg_1" }
 * mock.calls[0].json; // { type: "text", userId: "593987654321", text: "Hi!" }
 *
 * mock.failNext({ status: 429, retryAfter: 1 }); // the SDK waits 1 s and sends again
 * mock.failNext("hang"); // the call ends with JelouTimeoutError at timeoutMs
 * mock.on("sendTemplate", () => new Response(JSON.stringify({ message: ["nope"] }), { status: 400 }));
 */
export function createMockJelou(): MockJelou {
  const calls: MockCall[] = [];
  let failures: MockFailure[] = [];
  let handlers = new Map<OperationId, MockHandler>();
  let sent = 0;

  async function fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const url = new URL(request.url);
    // The check reads a clone's body, so a handler can still read the request's own.
    const checked = await checkRequest(request.clone());
    const call: MockCall = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      operationId: checked.operationId,
      params: checked.params,
      headers: Object.fromEntries(request.headers),
      json: checked.json,
      issues: checked.issues,
    };
    calls.push(call);

    const failure = failures.shift();
    if (failure === "network")
      throw new TypeError("fetch failed", { cause: new Error('connect ECONNREFUSED (jelou-sdk/testing: failNext("network"))') });
    if (failure === "hang") return hang(request.signal);
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { "retry-after": String(failure.retryAfter) };
      return json(failure.status, "body" in failure ? failure.body : envelope(failure.status, checked.operation), headers);
    }

    const op = checked.operation;
    if (!op) return json(404, envelope(404, undefined, checked.unknown));
    if (call.issues.length) {
      const unauthenticated =
        call.issues.length === 1 && call.issues[0]!.path === `headers.${op.credential}` && call.issues[0]!.message === "is required";
      return unauthenticated ? json(401, envelope(401, op)) : invalid(op, call.issues);
    }
    const handled = await handlers.get(checked.operationId!)?.(call, request);
    if (handled) return handled;
    if (checked.operationId === "sendMessage") return json(200, { success: true, messageId: `msg_${++sent}` });
    return example(op);
  }

  return {
    fetch,
    calls,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    on(operationId, handler) {
      handlers.set(operationId, handler);
      return () => {
        if (handlers.get(operationId) === handler) handlers.delete(operationId);
      };
    },
    reset() {
      calls.length = 0;
      failures = [];
      handlers = new Map();
      sent = 0;
    },
  };
}

/** Never settles until `signal` aborts, then rejects with its reason, as fetch does. */
const hang = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
