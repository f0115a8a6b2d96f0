// Shared by the webhook tests: the Worker in workerd with its queue, consumer, dead-letter queue
// and dedupe object (scripts/local-proxy.mjs), and a "backend" on 127.0.0.1 that the example
// handleEvent forwards to (/events) and the local dead-letter reader posts to (/dead). The backend
// answers 500 for events whose messageId starts with "fail-", so the handler throws for them.
import { createServer, type Server } from "node:http";
import { signPayload } from "jelou-sdk/webhooks";
import { startLocalProxy } from "../../scripts/local-proxy.mjs";
import { CLIENT_ID, CLIENT_SECRET, ORIGIN, SIGNING_KEY } from "./helpers";

export const WEBHOOK_SECRET = "whsec_Leak-Canary-51c3-ñandú";
export const FORWARD_TOKEN = "fwd_Leak-Canary-77aa";
export const PATH = "/v1/webhooks/jelou";

export interface Arrival {
  path: string;
  authorization: string | undefined;
  json: any;
}

export async function startWebhookStack(o: { maxRetries?: number; maxBatchSize?: number } = {}) {
  const arrivals: Arrival[] = [];
  const sink: Server = createServer(async (req, res) => {
    let body = "";
    for await (const c of req) body += c;
    const json = JSON.parse(body);
    arrivals.push({ path: req.url ?? "", authorization: req.headers.authorization, json });
    const fail = req.url === "/events" && String(json?.data?.messageId ?? "").startsWith("fail-");
    res.writeHead(fail ? 500 : 200, { "Content-Type": "application/json" }).end("{}");
  });
  sink.keepAliveTimeout = 60_000;
  await new Promise<void>((ok) => sink.listen(0, "127.0.0.1", ok));
  const sinkUrl = `http://127.0.0.1:${(sink.address() as { port: number }).port}`;
  let output = "";
  const proxy = await startLocalProxy({
    jelouBaseUrl: "http://127.0.0.1:9",
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    signingKey: SIGNING_KEY,
    allowedOrigins: [ORIGIN],
    webhook: {
      secret: WEBHOOK_SECRET,
      forwardUrl: `${sinkUrl}/events`,
      forwardToken: FORWARD_TOKEN,
      deadLetterUrl: `${sinkUrl}/dead`,
      maxRetries: o.maxRetries ?? 2,
      maxBatchSize: o.maxBatchSize ?? 10,
    },
    onOutput: (text) => void (output += text),
  });

  /** Posts `body` (exact bytes) to the receiver; `signature` null sends none; by default it is signed right. */
  async function deliver(body: string, signature?: string | null, headers: Record<string, string> = {}) {
    const sig = signature === undefined ? await signPayload(WEBHOOK_SECRET, body) : signature;
    const res = await fetch(`${proxy.url}${PATH}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(sig !== null && { "X-Jelou-Signature": sig }), ...headers },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    return { status: res.status, text };
  }

  const events = () => arrivals.filter((a) => a.path === "/events");
  const dead = () => arrivals.filter((a) => a.path === "/dead");
  const lines = () => output.split("\n").filter(Boolean);
  const consumerLines = () => lines().filter((l) => l.startsWith("jelou-webhooks "));

  return {
    proxy,
    url: proxy.url,
    arrivals,
    events,
    dead,
    deliver,
    output: () => output,
    lines,
    consumerLines,
    async close() {
      await proxy.close();
      sink.closeAllConnections();
      await new Promise((ok) => sink.close(ok));
    },
  };
}

export const delivery = (event: string, messageId: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({ event, messageId, botId: "BOT_1", userId: "593987654321", timestamp: Date.now(), ...over });
