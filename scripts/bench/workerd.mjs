// The token proxy's CPU per request in workerd: bench/worker-cpu.ts timed in the isolate,
// cross-checked with the workerd process's CPU time from /proc.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../fresh-bundle.mjs";
import { compatibilityDate, sdkAlias } from "../local-proxy.mjs";
import { startMockJelou } from "../mock-jelou.mjs";
import { AUDIENCE, BOT, CLIENT_ID, CLIENT_SECRET, ORIGIN, SIGNING_KEY, USER, list10 } from "./payloads.mjs";
import { workerdCpuMs } from "./proc.mjs";
import { ROUNDS, summarize } from "./stats.mjs";

/** CPU per proxied request, measured in workerd. */
/** @param {{ quick?: boolean }} [o] quick: few, short rounds (the script tests use it) */
export async function workerCpu({ quick = false } = {}) {
  const rounds = quick ? 2 : ROUNDS;
  const mock = await startMockJelou();
  // Miniflare wants module paths inside the working tree; .wrangler/ is git-ignored.
  mkdirSync(join(repoRoot, ".wrangler/bench"), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, ".wrangler/bench/cpu-"));
  const { Miniflare, Log, LogLevel } = await import("miniflare");
  let mf;
  try {
    const scriptPath = join(dir, "worker.js");
    await build({
      entryPoints: [join(repoRoot, "bench/worker-cpu.ts")],
      outfile: scriptPath,
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      alias: sdkAlias,
      logLevel: "warning",
    });
    mf = new Miniflare({
      modules: true,
      scriptPath,
      modulesRoot: dir,
      compatibilityDate,
      cf: false,
      log: new Log(LogLevel.WARN),
      handleRuntimeStdio() {},
      bindings: {
        JELOU_CLIENT_ID: CLIENT_ID,
        JELOU_CLIENT_SECRET: CLIENT_SECRET,
        TOKEN_SIGNING_KEY: SIGNING_KEY,
        ALLOWED_ORIGINS: ORIGIN,
        JELOU_BASE_URL: "https://jelou.bench.invalid",
        TOKEN_AUDIENCE: AUDIENCE,
        MOCK_URL: mock.url,
        BENCH_BOT: BOT,
        BENCH_USER: USER,
        BENCH_ORIGIN: ORIGIN,
      },
    });
    await mf.ready;
    const body = JSON.stringify(list10);
    const run = async (n, mode = "handle") => {
      const cpu0 = workerdCpuMs();
      const res = await mf.dispatchFetch(`http://bench.local/run?n=${n}&mode=${mode}`, { method: "POST", body });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`bench worker: ${res.status} ${text}`);
      const cpu1 = workerdCpuMs();
      const r = JSON.parse(text);
      if (r.bad) throw new Error(`bench worker: ${r.bad} of ${n} runs did not answer 200`);
      return { ...r, processCpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
    };
    // Warm-up, then calibrate N to about 0.6 s of work per run: the timer moves in 1 ms steps and
    // /proc in 10 ms ticks.
    await run(quick ? 50 : 300);
    const probe = quick ? undefined : await run(500);
    const n = quick ? 100 : Math.max(500, Math.min(10_000, Math.round((600 / Math.max(probe.ms, 1)) * 500)));
    if (!quick) await run(n);
    const perRequest = [];
    const requestOnly = [];
    const processCpu = [];
    for (let r = 0; r < rounds; r++) {
      const full = await run(n);
      const req = await run(n, "request");
      const zero = await run(0); // the awaited I/O alone
      perRequest.push(((full.ms - zero.ms) * 1000) / n);
      requestOnly.push(((req.ms - zero.ms) * 1000) / n);
      if (full.processCpuMs !== undefined && zero.processCpuMs !== undefined)
        processCpu.push(((full.processCpuMs - zero.processCpuMs) * 1000) / n);
    }
    const handler = perRequest.map((x, i) => x - requestOnly[i]);
    return {
      n,
      usPerRequest: summarize(perRequest),
      usBuildingRequest: summarize(requestOnly),
      usHandlerOnly: summarize(handler),
      usWorkerdProcessCpu: processCpu.length ? summarize(processCpu) : undefined,
      method:
        "bench/worker-cpu.ts in workerd (Miniflare) runs the proxy's real handle() N times per request (route, origin, token verify, body read, validation, scope, " +
        "quota, forwarding through the SDK, CORS, log line) against an in-isolate stub fetch and an in-memory quota (the Durable Object's ledger over a Map). " +
        "Figure: workerd's utime+stime from /proc over those N runs minus an N=0 run, divided by N (10 ms ticks, all threads). Also: the isolate's " +
        "performance.now() around the loop, each read after an awaited loopback fetch (deployed Workers advance timers only on I/O; local workerd also " +
        "during computation, in 1 ms steps); that is wall time, so it grows when other processes compete for the cores.",
    };
  } finally {
    await mf?.dispose().catch(() => {});
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
