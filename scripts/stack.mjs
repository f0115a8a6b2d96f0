// The local stack behind `npm start`: Jelou (a mock on 127.0.0.1, or the real API), the token proxy
// Worker in workerd, and a small app server on 127.0.0.1 that plays "your backend": it serves the
// playground, the built SDK, the limits, mints send tokens by calling the Worker's /v1/tokens
// with Basic credentials server-side, and sends HSM templates itself with the SDK
// (/api/templates/send). The browser only ever holds a short-lived send token.
// Receiving: the mock signs and delivers webhooks to the Worker (POST /v1/webhooks/jelou); the
// Worker queues them, its consumer de-duplicates and posts each event to /api/events here, and the
// playground polls GET /api/events (ticks, incoming panel). POST /api/incoming asks the mock for a
// PMA message event.
// start.mjs and test/e2e both use startStack().
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { bundlePath, repoRoot } from "./fresh-bundle.mjs";
import { jelouError, startMockJelou } from "./mock-jelou.mjs";
import { eventStore } from "./stack-events.mjs";
import { templateSender } from "./stack-templates.mjs";

const playgroundDir = join(repoRoot, "playground");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };
const MAX_BODY = 16 * 1024;

/**
 * Every limit of the spec as `{ NAME: { value, keyword, schema } }`: generated/limits.json, the
 * generator's JSON twin of generated/limits.ts, so the page never hard-codes a number and stays in
 * step with `npm run generate`.
 * @returns {Record<string, { value: number | string, keyword: string, schema: string }>}
 */
export function readLimits(file = join(repoRoot, "generated/limits.json")) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * A JSON body of at most MAX_BODY bytes.
 * @param {import("node:http").IncomingMessage} req
 * @returns {Promise<{ ok: true, json: any } | { ok: false, status: number, error: string }>}
 */
async function readBody(req) {
  let size = 0;
  const chunks = [];
  for await (const c of req) {
    if ((size += c.length) > MAX_BODY) return { ok: false, status: 413, error: "body too large" };
    chunks.push(c);
  }
  try {
    return { ok: true, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, error: "body is not JSON" };
  }
}

/** The Jelou side: the real API when all three variables are set, else undefined (use the mock). */
export function jelouFromEnv(env = process.env) {
  const { JELOU_BASE_URL: baseUrl, JELOU_CLIENT_ID: clientId, JELOU_CLIENT_SECRET: clientSecret } = env;
  return baseUrl && clientId && clientSecret ? { baseUrl, clientId, clientSecret } : undefined;
}

const basic = (id, secret) => `Basic ${Buffer.from(`${id}:${secret}`, "utf8").toString("base64")}`;

/**
 * Starts the stack. Everything listens on 127.0.0.1.
 * @param {{
 *   port?: number,                       app server port (0: any free port)
 *   jelou?: { baseUrl: string, clientId: string, clientSecret: string },   omit for the mock
 *   startProxy?: typeof import("./local-proxy.mjs").startLocalProxy,      default: ./local-proxy.mjs
 *   onProxyOutput?: (text: string, stream: string) => void,   the Worker's log; default: this process's stdout/stderr
 *   botId?: string, userId?: string,     the playground's starting bot and recipient
 * }} [opts]
 */
export async function startStack(opts = {}) {
  const closers = [];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) await c().catch(() => {});
  };
  try {
    // Demo credentials for the mock only, random per run like the signing key: nothing below
    // may print or serve them, and the e2e test searches the browser's traffic for them.
    const creds = opts.jelou ?? { clientId: "demo-client", clientSecret: `demo-secret-${randomBytes(12).toString("hex")}` };
    const signingKey = randomBytes(32).toString("base64url");
    // Webhooks: the secret the mock signs with and the Worker verifies with, and the token the
    // Worker's handleEvent shows this backend. Random per run, never served.
    const webhookSecret = randomBytes(32).toString("base64url");
    const forwardToken = randomBytes(24).toString("base64url");
    const received = eventStore({ forwardToken });
    const expectedAuth = basic(creds.clientId, creds.clientSecret);

    let mock;
    if (!opts.jelou) {
      // Like Jelou, the mock refuses anything but the right Basic credentials.
      const respond = (_req, r) =>
        r.method === "POST" && r.headers.authorization !== expectedAuth
          ? jelouError(401, "Authentication failed", {
              code: "E401",
              key: "UNAUTHORIZED",
              description: "Wrong or missing Basic credentials",
            })
          : undefined;
      mock = await startMockJelou({ respond });
      closers.push(() => mock.close());
    }
    const jelouBaseUrl = opts.jelou?.baseUrl ?? mock.url;
    // Template sends are the app backend's own SDK calls to Jelou, not the proxy's.
    const sendTemplate = await templateSender({ baseUrl: jelouBaseUrl, clientId: creds.clientId, clientSecret: creds.clientSecret });

    // The app server starts first: its origin is the one the Worker's CORS allowlist names. Until
    // the Worker is up too, it answers 503.
    const limits = readLimits();
    let proxyUrl = "";
    let csp = "default-src 'none'";
    let ready = false;
    const server = createServer(
      (req, res) =>
        void handle(req, res).catch((e) => {
          if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
          res.end(`internal error: ${e?.message ?? e}`);
        }),
    );
    await new Promise((ok, fail) => server.once("error", fail).listen(opts.port ?? 0, "127.0.0.1", () => ok(undefined)));
    closers.push(() => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok(undefined)));
    });
    const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
    const origin = `http://127.0.0.1:${port}`;
    const origins = [origin, `http://localhost:${port}`];
    const hosts = new Set(origins.map((o) => new URL(o).host));

    const startProxy = opts.startProxy ?? (await import("./local-proxy.mjs")).startLocalProxy;
    const webhook = { secret: webhookSecret, forwardUrl: `${origin}/api/events`, forwardToken };
    const proxy = await startProxy({
      jelouBaseUrl,
      clientId: creds.clientId,
      clientSecret: creds.clientSecret,
      signingKey,
      allowedOrigins: origins,
      webhook,
      ...(opts.onProxyOutput && { onOutput: opts.onProxyOutput }),
    });
    closers.push(() => proxy.close());
    proxyUrl = proxy.url.replace(/\/$/, "");
    // The mock delivers to the Worker's receiver, as Jelou would to its public URL.
    mock?.webhooks.configure({ url: `${proxyUrl}/v1/webhooks/jelou`, secret: webhookSecret });

    csp = [
      "default-src 'self'",
      `connect-src 'self' ${new URL(proxyUrl).origin}`,
      "img-src 'self' data:",
      "style-src 'self'",
      "script-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join("; ");

    /** Mints a send token through the Worker. The only place the Basic credentials are used. */
    async function mintToken(scope) {
      const r = await fetch(`${proxyUrl}/v1/tokens`, {
        method: "POST",
        headers: { Authorization: expectedAuth, "Content-Type": "application/json" },
        body: JSON.stringify(scope),
      });
      const text = await r.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        json = { error: "the proxy answered something that is not JSON", status: r.status };
      }
      return { status: r.status, json: r.ok ? { token: json.token, expiresAt: json.expiresAt } : json };
    }

    /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
    async function handle(req, res) {
      const send = (status, body, type = "application/json; charset=utf-8") =>
        res
          .writeHead(status, {
            "Content-Type": type,
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": csp,
          })
          .end(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
      // DNS rebinding: only answer to the names this server is actually reached by.
      if (!hosts.has(req.headers.host ?? "")) return send(421, { error: "unexpected Host" });
      if (!ready) return send(503, { error: "starting" });
      const path = (req.url ?? "/").split("?")[0];

      if (req.method === "POST" && path === "/api/events") {
        // Only the Worker's consumer, with its per-run token.
        if (!received.fromWorker(req.headers.authorization)) return send(401, { error: "not the Worker" });
        const body = await readBody(req);
        if (!body.ok) return send(body.status, { error: body.error });
        return send(200, { seq: received.record(body.json) });
      }
      if (req.method === "POST" && (path === "/api/token" || path === "/api/templates/send" || path === "/api/incoming")) {
        // A cross-site page must not mint tokens or send templates: same origin (or no Origin:
        // curl, scripts) and JSON only.
        if (req.headers.origin !== undefined && !origins.includes(req.headers.origin)) return send(403, { error: "cross-origin request" });
        if (!String(req.headers["content-type"]).startsWith("application/json")) return send(415, { error: "send JSON" });
        const read = await readBody(req);
        if (!read.ok) return send(read.status, { error: read.error });
        const body = read.json;
        if (path === "/api/incoming") {
          // A user "writes": the mock posts a signed PMA message event to the Worker.
          if (!mock) return send(404, { error: "not using the mock" });
          const d = await mock.webhooks.deliver(
            mock.webhooks.pmaMessage({
              text: typeof body?.text === "string" ? body.text.slice(0, 4096) : undefined,
              botId: opts.botId,
              userId: opts.userId,
            }),
          );
          return send(200, { delivered: d.status });
        }
        if (path === "/api/templates/send") {
          // `{ botId, hsm }`: validated and sent with the SDK here, with the credentials only
          // this process holds (see stack-templates.mjs). The proxy has no templates route.
          const r = await sendTemplate(body);
          return send(r.status, r.json);
        }
        // A real backend would decide the scope from its own session; this demo takes the page's
        // request and passes only the scope fields on (the Worker validates them).
        const { bot, sub, types, max, ttlSeconds } = body ?? {};
        const r = await mintToken({ bot, sub, types, max, ...(ttlSeconds !== undefined && { ttlSeconds }) });
        return send(r.status, r.json);
      }
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, { error: "method not allowed" });

      if (path === "/api/config")
        return send(200, {
          proxyUrl,
          jelouBaseUrl,
          mock: Boolean(mock),
          botId: opts.botId ?? "BOT_ID",
          userId: opts.userId ?? "593987654321",
        });
      if (path === "/api/limits") return send(200, limits);
      if (path === "/api/events") return send(200, received.since(Number(new URL(req.url ?? "/", origin).searchParams.get("after")) || 0));
      if (path === "/api/mock-requests") {
        if (!mock) return send(404, { error: "not using the mock: requests go to the real Jelou API" });
        // Headers are not served: the authorization header carries the (demo) credentials.
        const auth = (h) => (h === undefined ? "missing" : h === expectedAuth ? "Basic ok" : "wrong");
        return send(
          200,
          mock.requests.map((r) => ({
            method: r.method,
            path: r.path,
            authorization: auth(r.headers.authorization),
            json: r.json ?? r.body,
          })),
        );
      }
      if (path === "/sdk/index.js") return send(200, readFileSync(bundlePath), TYPES[".js"]);
      // dist/index.js imports the classes it shares with the other entries from dist/chunks/; by name only.
      const chunk = /^\/sdk\/chunks\/([\w-]+\.js)$/.exec(path)?.[1];
      if (chunk && readdirSync(join(repoRoot, "dist/chunks")).includes(chunk))
        return send(200, readFileSync(join(repoRoot, "dist/chunks", chunk)), TYPES[".js"]);
      if (path === "/favicon.ico") return res.writeHead(204).end();
      // Only the files that are in playground/ by name: no path is ever joined from the URL.
      const name = path === "/" ? "index.html" : path.slice(1);
      const served = readdirSync(playgroundDir).filter((f) => TYPES[f.slice(f.lastIndexOf("."))]);
      if (served.includes(name)) return send(200, readFileSync(join(playgroundDir, name)), TYPES[name.slice(name.lastIndexOf("."))]);
      return send(404, { error: `not found: ${path}` });
    }

    ready = true;
    return {
      /** The playground page. */
      url: `${origin}/`,
      origin,
      proxyUrl,
      jelouBaseUrl,
      /** The mock Jelou (its recorded requests), or undefined when talking to the real API. */
      mock,
      /** For in-process tests only: never printed, never served. */
      secrets: {
        clientId: creds.clientId,
        clientSecret: creds.clientSecret,
        signingKey,
        basicAuthorization: expectedAuth,
        webhookSecret,
        forwardToken,
      },
      /** Events the Worker's consumer posted to /api/events, in order. */
      events: received.events,
      mintToken,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
