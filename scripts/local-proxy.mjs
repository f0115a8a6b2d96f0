// The Worker token proxy (worker-example/) running locally in workerd via Miniflare, bundled the
// way wrangler bundles it (esbuild, "jelou-sdk" aliased to dist/). Used by `npm start`, the
// Worker tests and the browser end-to-end test. Plain JS so plain Node can run it.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, repoRoot } from "./fresh-bundle.mjs";

export const workerDir = join(repoRoot, "worker-example");
/** The same aliases as wrangler.toml's [alias] table: the Worker imports the SDK, never a copy. */
export const sdkAlias = {
  "jelou-sdk/messages": join(repoRoot, "dist/messages.js"),
  "jelou-sdk/token": join(repoRoot, "dist/token.js"),
  "jelou-sdk/webhooks": join(repoRoot, "dist/webhooks.js"),
};
/** One compatibility date, the one wrangler.toml deploys with. */
export const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(join(workerDir, "wrangler.toml"), "utf8"))?.[1];
// Miniflare wants module paths inside the working tree; .wrangler/ is git-ignored.
const outRoot = join(repoRoot, ".wrangler/local-proxy");

/** Bundles worker-example/src/index.ts into `outfile` (one ES module importing only cloudflare:workers). */
export async function bundleWorker(outfile) {
  await build({
    entryPoints: [join(workerDir, "src/index.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    alias: sdkAlias,
    external: ["cloudflare:workers"],
    logLevel: "warning",
  });
  return outfile;
}

/**
 * @typedef {{ secret: string, forwardUrl?: string, forwardToken?: string, deadLetterUrl?: string,
 *   maxRetries?: number, retryDelay?: number, maxBatchSize?: number, maxBatchTimeout?: number,
 *   dedupeTtlSeconds?: number }} WebhookOptions
 *   `retryDelay` and `maxBatchTimeout` in seconds (defaults here: 0 and 0.05, so local runs are quick).
 */
export const WEBHOOK_QUEUE = "jelou-webhooks";
export const WEBHOOK_DLQ = "jelou-webhooks-dlq";

// The local-only dead-letter reader: posts each dead message's event to DEAD_LETTER_URL.
const DLQ_READER = `export default {
  async queue(batch, env) {
    for (const m of batch.messages) {
      const r = await fetch(env.DEAD_LETTER_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ key: m.body.key, event: m.body.event }) });
      await r.body?.cancel();
      if (r.ok) m.ack(); else m.retry();
    }
  },
};`;

/** The webhook part of the Worker's Miniflare options, and the dead-letter reader when asked. */
function webhookWorkers(w) {
  if (!w) return { main: {}, extra: [] };
  const main = {
    queueProducers: { WEBHOOK_QUEUE: { queueName: WEBHOOK_QUEUE } },
    queueConsumers: {
      [WEBHOOK_QUEUE]: {
        maxBatchSize: w.maxBatchSize ?? 100,
        maxBatchTimeout: w.maxBatchTimeout ?? 0.05,
        maxRetries: w.maxRetries ?? 3,
        retryDelay: w.retryDelay ?? 0,
        deadLetterQueue: WEBHOOK_DLQ,
      },
    },
    bindings: {
      JELOU_WEBHOOK_SECRET: w.secret,
      ...(w.forwardUrl && { WEBHOOK_FORWARD_URL: w.forwardUrl }),
      ...(w.forwardToken && { WEBHOOK_FORWARD_TOKEN: w.forwardToken }),
      ...(w.dedupeTtlSeconds && { WEBHOOK_DEDUPE_TTL_SECONDS: String(w.dedupeTtlSeconds) }),
    },
  };
  const extra = w.deadLetterUrl
    ? [
        {
          name: "dead-letter-reader",
          modules: true,
          script: DLQ_READER,
          compatibilityDate,
          bindings: { DEAD_LETTER_URL: w.deadLetterUrl },
          queueConsumers: { [WEBHOOK_DLQ]: { maxBatchTimeout: 0.05, maxRetries: 10 } },
        },
      ]
    : [];
  return { main, extra };
}

/**
 * Starts the proxy on 127.0.0.1 against `jelouBaseUrl` (e.g. the mock's URL).
 * Worker output (its one log line per request, and anything workerd prints) goes to `onOutput`,
 * by default to this process's stdout/stderr.
 * With `webhook`, the receiver (POST /v1/webhooks/jelou) gets its secret, the `jelou-webhooks`
 * queue (producer + consumer, as in wrangler.toml, with faster batches), its dead-letter queue
 * and the dedupe Durable Object; `forwardUrl`/`forwardToken` feed the example handleEvent. With
 * `deadLetterUrl`, a second, local-only Worker consumes the dead-letter queue and posts each
 * message's event there (deployed, the DLQ just keeps them).
 * @param {{ jelouBaseUrl: string, clientId: string, clientSecret: string, signingKey: string,
 *   allowedOrigins: string[] | string, port?: number, audience?: string, timeoutMs?: number,
 *   webhook?: WebhookOptions,
 *   onOutput?: (text: string, stream: "stdout" | "stderr" | "miniflare") => void }} o
 * @returns {Promise<{ url: string, miniflare: import("miniflare").Miniflare, close(): Promise<void> }>}
 */
export async function startLocalProxy(o) {
  const buildError = ensureBuilt();
  if (buildError) throw new Error(buildError);
  const { Miniflare, Log, LogLevel } = await import("miniflare");
  const onOutput = o.onOutput ?? ((text, stream) => (stream === "stderr" ? process.stderr : process.stdout).write(text));

  mkdirSync(outRoot, { recursive: true });
  const dir = mkdtempSync(join(outRoot, "run-"));
  const scriptPath = await bundleWorker(join(dir, "worker.js"));

  class OutputLog extends Log {
    log(message) {
      onOutput(`${message}\n`, "miniflare");
    }
  }
  const hooks = webhookWorkers(o.webhook);
  const worker = {
    name: "jelou-proxy",
    modules: true,
    scriptPath,
    modulesRoot: dir,
    compatibilityDate,
    durableObjects: { QUOTA: { className: "SendQuota", useSQLite: true }, DEDUPE: { className: "WebhookDedupe", useSQLite: true } },
    ...(hooks.main.queueProducers && { queueProducers: hooks.main.queueProducers, queueConsumers: hooks.main.queueConsumers }),
    bindings: {
      JELOU_CLIENT_ID: o.clientId,
      JELOU_CLIENT_SECRET: o.clientSecret,
      TOKEN_SIGNING_KEY: o.signingKey,
      ALLOWED_ORIGINS: Array.isArray(o.allowedOrigins) ? o.allowedOrigins.join(",") : o.allowedOrigins,
      JELOU_BASE_URL: o.jelouBaseUrl,
      TOKEN_AUDIENCE: o.audience ?? "jelou-proxy",
      ...(o.timeoutMs !== undefined && { JELOU_TIMEOUT_MS: String(o.timeoutMs) }),
      ...hooks.main.bindings,
    },
  };
  const miniflare = new Miniflare({
    workers: [worker, ...hooks.extra],
    // Placeholder Request.cf: the real one is fetched from workers.cloudflare.com.
    cf: false,
    host: "127.0.0.1",
    port: o.port ?? 0,
    log: new OutputLog(LogLevel.WARN),
    handleRuntimeStdio(stdout, stderr) {
      stdout.on("data", (b) => onOutput(b.toString(), "stdout"));
      stderr.on("data", (b) => onOutput(b.toString(), "stderr"));
    },
  });
  let url;
  try {
    url = await miniflare.ready;
  } catch (e) {
    await miniflare.dispose().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: url.origin,
    miniflare,
    async close() {
      await miniflare.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
