// A stand-in for the Jelou API that records exactly what arrived on the wire, so runtime tests
// can check the bytes a real fetch produced (path encoding, Basic header, body) rather than what
// the SDK believes it sent.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Raw request target, still percent-encoded: encoding mistakes must stay visible. */
  path: string;
  /** Lower-cased names, as node:http gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: unknown;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Fault hook for later tests. Return a Reply to answer with it, "hang" to never answer,
 * "reset" to drop the TCP connection, or undefined for the default Jelou behaviour.
 */
export type Respond = (req: IncomingMessage, recorded: RecordedRequest) => Reply | "hang" | "reset" | undefined;

export interface MockJelou {
  url: string;
  requests: RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const MESSAGES = /^\/v1\/bots\/[^/]+\/messages$/;
const FLOW = /^\/v1\/bots\/[^/]+\/users\/[^/]+\/flow_message$/;

/** A reply in Jelou's error envelope, for the default 404 and for fault modes. */
export function jelouError(status: number, message: string, error: { code: string; key: string; description: string }): Reply {
  return { status, body: { message: [message], statusMessage: "failed", status: 0, error } };
}

export async function startMockJelou(opts: { respond?: Respond } = {}): Promise<MockJelou> {
  const requests: RecordedRequest[] = [];
  let sent = 0;

  const defaultReply = (r: RecordedRequest): Reply => {
    const route = r.path.split("?")[0];
    if (r.method === "POST" && MESSAGES.test(route)) return { status: 200, body: { success: true, messageId: `msg_${++sent}` } };
    if (r.method === "POST" && FLOW.test(route)) return { status: 200, body: {} };
    return jelouError(404, "Not found", { code: "E404", key: "NOT_FOUND", description: `No route for ${r.method} ${route}` });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
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

    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const recorded: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers }, body, json };
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

  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reset() {
      requests.length = 0;
      sent = 0;
    },
    close() {
      server.closeAllConnections(); // includes hung requests and idle keep-alive sockets
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
