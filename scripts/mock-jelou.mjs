// A stand-in for the Jelou API on 127.0.0.1 that records exactly what arrived on the wire, so tests
// can check the bytes a real fetch produced (path encoding, Basic header, body) rather than what
// the SDK believes it sent. Plain JS so that `npm start` (plain Node) and the tests share it.
import { createServer } from "node:http";

/**
 * @typedef {{ method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string, json: unknown }} RecordedRequest
 *   `path` is the raw request target, still percent-encoded: encoding mistakes must stay visible.
 * @typedef {{ status: number, headers?: Record<string, string>, body?: unknown }} Reply
 * @typedef {(req: import("node:http").IncomingMessage, recorded: RecordedRequest) => Reply | "hang" | "reset" | undefined} Respond
 *   Fault hook: a Reply to answer with it, "hang" to never answer, "reset" to drop the TCP
 *   connection, or undefined for the default Jelou behaviour.
 */

const MESSAGES = /^\/v1\/bots\/[^/]+\/messages$/;
const FLOW = /^\/v1\/bots\/[^/]+\/users\/[^/]+\/flow_message$/;

/** A reply in Jelou's error envelope, for the default 404 and for fault modes. */
/** @param {number} status @param {string} message @param {{ code: string, key: string, description: string }} error @returns {Reply} */
export function jelouError(status, message, error) {
  return { status, body: { message: [message], statusMessage: "failed", status: 0, error } };
}

/**
 * Starts the mock on a free loopback port.
 * `beforeBody` sees a request before its body is read; returning "reset" drops the connection
 * there (it still counts as received: the request line and headers arrived).
 * @param {{ respond?: Respond, beforeBody?: (req: import("node:http").IncomingMessage) => "reset" | undefined }} [opts]
 * @returns {Promise<{ url: string, requests: RecordedRequest[], reset(): void, close(): Promise<void> }>}
 */
export async function startMockJelou(opts = {}) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  let sent = 0;

  /** @param {RecordedRequest} r @returns {Reply} */
  const defaultReply = (r) => {
    const route = r.path.split("?")[0];
    if (r.method === "POST" && MESSAGES.test(route)) return { status: 200, body: { success: true, messageId: `msg_${++sent}` } };
    if (r.method === "POST" && FLOW.test(route)) return { status: 200, body: {} };
    return jelouError(404, "Not found", { code: "E404", key: "NOT_FOUND", description: `No route for ${r.method} ${route}` });
  };

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const handle = async (req, res) => {
    // Chromium calls from another origin and sends Authorization, so it preflights.
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
    res.setHeader("Vary", "Origin");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Authorization, Content-Type",
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
    const body = Buffer.concat(chunks).toString("utf8");
    let json;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    /** @type {RecordedRequest} */
    const recorded = { method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers }, body, json };
    requests.push(recorded);

    const reply = opts.respond?.(req, recorded) ?? defaultReply(recorded);
    if (reply === "hang") return; // close() tears the socket down
    if (reply === "reset") {
      req.socket.resetAndDestroy();
      return;
    }
    const text = reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
    res.end(text);
  };
  // A client that gives up mid-body (timeout tests) must not become an unhandled rejection.
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));

  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reset() {
      requests.length = 0;
      sent = 0;
    },
    close() {
      server.closeAllConnections(); // includes hung requests and idle keep-alive sockets
      return new Promise((ok) => server.close(() => ok(undefined)));
    },
  };
}
