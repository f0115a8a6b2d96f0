// The Worker token proxy (worker-example/) running locally in workerd via Miniflare, bundled the
// way wrangler bundles it (esbuild, "jelou-sdk" aliased to dist/). Used by `npm start`, the
// Worker tests and the browser end-to-end test. Plain JS so plain Node can run it.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, repoRoot } from "./fresh-bundle.mjs";

export const workerDir = join(repoRoot, "worker-example");
/** The same aliases as wrangler.toml's [alias] table: the Worker imports the SDK, never a copy. */
export const sdkAlias = { "jelou-sdk/messages": join(repoRoot, "dist/messages.js"), "jelou-sdk/token": join(repoRoot, "dist/token.js") };
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
 * Starts the proxy on 127.0.0.1 against `jelouBaseUrl` (e.g. the mock's URL).
 * Worker output (its one log line per request, and anything workerd prints) goes to `onOutput`,
 * by default to this process's stdout/stderr.
 * @param {{ jelouBaseUrl: string, clientId: string, clientSecret: string, signingKey: string,
 *   allowedOrigins: string[] | string, port?: number, audience?: string, timeoutMs?: number,
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
  const miniflare = new Miniflare({
    modules: true,
    scriptPath,
    modulesRoot: dir,
    compatibilityDate,
    // Placeholder Request.cf: the real one is fetched from workers.cloudflare.com.
    cf: false,
    host: "127.0.0.1",
    port: o.port ?? 0,
    durableObjects: { QUOTA: { className: "SendQuota", useSQLite: true } },
    bindings: {
      JELOU_CLIENT_ID: o.clientId,
      JELOU_CLIENT_SECRET: o.clientSecret,
      TOKEN_SIGNING_KEY: o.signingKey,
      ALLOWED_ORIGINS: Array.isArray(o.allowedOrigins) ? o.allowedOrigins.join(",") : o.allowedOrigins,
      JELOU_BASE_URL: o.jelouBaseUrl,
      TOKEN_AUDIENCE: o.audience ?? "jelou-proxy",
      ...(o.timeoutMs !== undefined && { JELOU_TIMEOUT_MS: String(o.timeoutMs) }),
    },
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
