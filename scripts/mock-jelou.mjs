// A stand-in for the Jelou API on 127.0.0.1 that records exactly what arrived on the wire, so tests
// can check the bytes a real fetch produced (path encoding, Basic header, body) rather than what
// the SDK believes it sent. Plain JS so that `npm start` (plain Node) and the tests share it.
//
// It is driven by openapi.yaml: every operation of the spec is served (one loopback origin stands
// in for api.jelou.ai, gateway.jelou.ai and chatbot.jelou.ai; their path prefixes keep them apart),
// every request is checked against its operation (422 + `contractErrors` when it breaks it) and
// against its security schemes (401 + `authErrors`; `wrongAuth` when it carries a credential the
// operation does not take), and answered with the documented example (see scripts/mock-jelou/).
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { answerOf } from "./mock-jelou/answers.mjs";
import { checkAuth } from "./mock-jelou/auth.mjs";
import { page, pagedItemSchema } from "./mock-jelou/pagination.mjs";
import { loadContract, matchRoute } from "./mock-jelou/router.mjs";
import { validateRequest } from "./mock-jelou/validate.mjs";
import { webhookDeliverer } from "./mock-jelou/webhooks.mjs";

export { sign } from "./mock-jelou/auth.mjs";

/**
 * @typedef {{ method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string, json: unknown,
 *   operationId?: string, route?: string, server?: string,
 *   contractErrors?: import("./mock-jelou/validate.mjs").ContractError[], authErrors?: string[], wrongAuth?: string[] }} RecordedRequest
 *   `path` is the raw request target, still percent-encoded: encoding mistakes must stay visible.
 *   `operationId`/`route`/`server`: the operation it matched. `contractErrors` (ajv errors, with
 *   `/body…`, `/query/<name>`, `/path/<name>` paths), `authErrors` and `wrongAuth` (headers carrying
 *   a credential the operation does not take) are only present when non-empty.
 * @typedef {{ status: number, headers?: Record<string, string>, body?: unknown }} Reply
 * @typedef {(req: import("node:http").IncomingMessage, recorded: RecordedRequest) => Reply | "hang" | "reset" | undefined} Respond
 *   Fault hook: a Reply to answer with it, "hang" to never answer, "reset" to drop the TCP
 *   connection, or undefined for the default Jelou behaviour.
 * @typedef {import("./mock-jelou/auth.mjs").Credentials} Credentials
 */

export const DEFAULT_SPEC = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
const MESSAGES = "POST /v1/bots/{botId}/messages";

/** A reply in Jelou's error envelope, for the default 404 and for fault modes; `extra` joins the body. */
/** @param {number} status @param {string} message @param {{ code: string, key: string, description: string }} error @param {Record<string, unknown>} [extra] @returns {Reply} */
export function jelouError(status, message, error, extra) {
  return { status, body: { message: [message], statusMessage: "failed", status: 0, error, ...extra } };
}

/**
 * Starts the mock on a free loopback port.
 * `beforeBody` sees a request before its body is read; returning "reset" drops the connection
 * there (it still counts as received: the request line and headers arrived).
 * @param {{ respond?: Respond, beforeBody?: (req: import("node:http").IncomingMessage) => "reset" | undefined,
 *   specPath?: string, credentials?: Credentials, pages?: Record<string, number>, items?: number,
 *   webhooks?: import("./mock-jelou/webhooks.mjs").WebhookConfig }} [opts]
 *   `webhooks`: where and with which secret the mock delivers signed events (also settable later
 *   with `mock.webhooks.configure`); `POST /__mock/webhooks/pma-message` delivers a PMA message.
 *   `specPath`: the contract (default: the repo's openapi.yaml). `credentials`: checked only when
 *   given, each for its own scheme. `pages`: items per paginated collection, by path template
 *   (e.g. `{ "/v2/databases/{databaseId}/rows": 25 }`); `items`: for the others (default 25).
 * @returns {Promise<{ url: string, requests: RecordedRequest[], webhooks: ReturnType<typeof webhookDeliverer>, reset(): void, close(): Promise<void> }>}
 */
export async function startMockJelou(opts = {}) {
  const contract = loadContract(opts.specPath ?? DEFAULT_SPEC);
  const creds = opts.credentials ?? {};
  /** @type {RecordedRequest[]} */
  const requests = [];
  let sent = 0;
  let base = "";
  const webhooks = webhookDeliverer(opts.webhooks);

  /**
   * Matches, checks and records a request; returns how to answer it by default (a function, so the
   * message counter only moves when the default answer is actually sent).
   * @param {RecordedRequest} r @param {Buffer} raw @returns {Promise<() => Reply>}
   */
  const inspect = async (r, raw) => {
    const reply = await check(r, raw);
    return typeof reply === "function" ? reply : () => reply;
  };
  /** @param {RecordedRequest} r @param {Buffer} raw @returns {Promise<Reply | (() => Reply)>} */
  const check = async (r, raw) => {
    const [rawPath, search = ""] = r.path.split("?");
    const { route, params, allowed } = matchRoute(contract, r.method, rawPath);
    if (!route) {
      const description = allowed.length
        ? `${r.method} not allowed on ${rawPath} (${allowed.join(", ")})`
        : `No route for ${r.method} ${rawPath}`;
      return jelouError(404, "Not found", { code: "E404", key: "NOT_FOUND", description });
    }
    Object.assign(r, { route: route.template, server: route.server }, route.op.operationId && { operationId: route.op.operationId });
    const query = new URLSearchParams(search);
    const { authErrors, wrongAuth } = checkAuth(contract, route, r.headers, raw, creds);
    const contentType = String(r.headers["content-type"] ?? "");
    const contractErrors = await validateRequest(contract, route, {
      method: r.method,
      contentType,
      raw,
      params,
      query,
      headers: r.headers,
    });
    if (authErrors.length) r.authErrors = authErrors;
    if (wrongAuth.length) r.wrongAuth = wrongAuth;
    if (contractErrors.length) r.contractErrors = contractErrors;
    if (authErrors.length)
      return jelouError(401, "Authentication failed", { code: "E401", key: "UNAUTHORIZED", description: authErrors.join("; ") });
    if (contractErrors.length)
      return jelouError(
        422,
        "The request does not match the contract",
        { code: "E422", key: "UNPROCESSABLE_ENTITY", description: `${r.method} ${route.template}` },
        { validationError: contractErrors },
      );

    const answer = answerOf(contract, route.op);
    if (`${route.method} ${route.template}` === MESSAGES)
      return () => {
        const messageId = `msg_${++sent}`;
        webhooks.afterSend({ messageId, botId: params.botId, userId: /** @type {any} */ (r.json)?.userId });
        return { status: 200, body: { success: true, messageId } };
      };
    if (pagedItemSchema(contract, route.op)) {
      const count = opts.pages?.[route.template] ?? opts.items ?? 25;
      return { status: answer.status, body: page(contract, route, { body: answer.body, count, query, rawPath, base }) };
    }
    return answer;
  };

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const handle = async (req, res) => {
    // Chromium calls from another origin and sends Authorization, so it preflights.
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
    res.setHeader("Vary", "Origin");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": "Authorization, Content-Type, X-API-Key, X-Jelou-Signature, X-Hash-TTL, Idempotency-Key",
        "Access-Control-Max-Age": "600",
        ...(req.headers["access-control-request-private-network"] ? { "Access-Control-Allow-Private-Network": "true" } : {}),
      });
      res.end();
      return;
    }

    if (opts.beforeBody?.(req) === "reset") {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers }, body: "", json: undefined });
      req.socket.resetAndDestroy();
      return;
    }
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks);
    if (req.method === "POST" && req.url === "/__mock/webhooks/pma-message") {
      // Not Jelou's API: the mock's own trigger for "a user wrote to the panel".
      let o = {};
      try {
        o = JSON.parse(raw.toString("utf8") || "{}");
      } catch {}
      const d = await webhooks.deliver(webhooks.pmaMessage(/** @type {any} */ (o)));
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ delivered: d.status }));
      return;
    }
    const body = raw.toString("utf8");
    let json;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    /** @type {RecordedRequest} */
    const recorded = { method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers }, body, json };
    requests.push(recorded);
    const fallback = await inspect(recorded, raw);

    const reply = opts.respond?.(req, recorded) ?? fallback();
    if (reply === "hang") return; // close() tears the socket down
    if (reply === "reset") {
      req.socket.resetAndDestroy();
      return;
    }
    // Bytes go as they are (a fault mode may send a gzip body with its Content-Encoding).
    const text =
      reply.body === undefined
        ? ""
        : typeof reply.body === "string" || reply.body instanceof Uint8Array
          ? reply.body
          : JSON.stringify(reply.body);
    res.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
    res.end(text);
  };
  // A client that gives up mid-body (timeout tests) must not become an unhandled rejection.
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));

  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    /** The webhook side: `configure`, `deliver(event)`, `pmaMessage()`, `deliveries`, `settle()`. */
    webhooks,
    reset() {
      requests.length = 0;
      sent = 0;
    },
    close() {
      webhooks.close();
      server.closeAllConnections(); // includes hung requests and idle keep-alive sockets
      return new Promise((ok) => server.close(() => ok(undefined)));
    },
  };
}
