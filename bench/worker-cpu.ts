// Bench-only Worker (never deployed): measures the token proxy's CPU per request inside workerd.
// `GET /run?n=N&mode=handle|request` with the message to proxy as the body runs, N times, the
// proxy's real request path (worker-example's `handle`: route, origin, token verification,
// body read, validation, scope, quota, forwarding through the SDK, CORS, log line) against an
// in-isolate stub fetch and an in-memory quota (the Durable Object's ledger over a Map), and
// answers how long the N runs took. `mode=request` only builds the N incoming Requests, the part
// of the loop that is not the proxy's code. The timestamps sit after an awaited fetch to the
// loopback mock: deployed Workers advance timers only on I/O; workerd run locally advances them
// always, in 1 ms steps (hence large N). Bundled by scripts/bench/workerd.mjs with "jelou-sdk"
// aliased to dist/, as wrangler does.
import { mintSendToken } from "jelou-sdk/token";
import { configFromEnv, type Env } from "../worker-example/src/config.js";
import { handle, type Deps } from "../worker-example/src/handler.js";
import * as ledger from "../worker-example/src/ledger.js";
import type { Quota } from "../worker-example/src/quota.js";

type BenchEnv = Env & { MOCK_URL: string; BENCH_BOT: string; BENCH_USER: string; BENCH_ORIGIN: string };

const ANSWER = '{"success":true,"messageId":"m"}';
const stubFetch = async (_request: Request) => new Response(ANSWER, { headers: { "Content-Type": "application/json" } });

/** A fresh quota per request, so N runs never exhaust a token's sends. */
function memoryQuota(): Quota {
  const m = new Map<string, unknown>();
  const kv = { get: (k: string) => m.get(k), put: (k: string, v: unknown) => void m.set(k, v), delete: (k: string) => m.delete(k) };
  return {
    take: async (max, _exp, idem) => ledger.take(kv, max, idem),
    giveBack: async (key) => ledger.giveBack(kv, key),
    remember: async (key, answer) => ledger.remember(kv, key, answer),
  };
}

/** I/O that lets the timers advance: a request to the loopback mock. */
async function io(env: BenchEnv): Promise<void> {
  await (await fetch(`${env.MOCK_URL}/bench-tick`)).arrayBuffer();
}

let token: string | undefined;

export default {
  async fetch(request: Request, env: BenchEnv): Promise<Response> {
    const url = new URL(request.url);
    const n = Math.min(Number(url.searchParams.get("n") ?? 0), 20_000);
    const mode = url.searchParams.get("mode") ?? "handle";
    const body = await request.text();
    const config = configFromEnv(env);
    token ??= await mintSendToken(
      config.signingKey,
      { iss: "bench", aud: config.audience, bot: env.BENCH_BOT, sub: env.BENCH_USER, types: ["text"], max: 1000 },
      { ttlSeconds: 900 },
    );
    const lines: string[] = [];
    const deps: Deps = { config, quota: () => memoryQuota(), fetch: stubFetch, log: (line) => void lines.push(line) };
    const target = `https://proxy.bench.test/v1/bots/${encodeURIComponent(env.BENCH_BOT)}/messages`;
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Origin: env.BENCH_ORIGIN };
    const incoming = () => new Request(target, { method: "POST", headers, body });

    // One untimed run: it must succeed, or the figure would time an error path.
    const check = await handle(incoming(), deps);
    if (check.status !== 200) return new Response(`proxy answered ${check.status}: ${await check.text()}`, { status: 500 });

    await io(env);
    const t0 = performance.now();
    let bad = 0;
    for (let i = 0; i < n; i++) {
      if (mode === "request") {
        incoming();
        continue;
      }
      const res = await handle(incoming(), deps);
      if (res.status !== 200) bad++;
    }
    await io(env);
    const ms = performance.now() - t0;
    return Response.json({ n, mode, ms, bad, logLines: lines.length });
  },
};
