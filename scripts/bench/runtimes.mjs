// The send variants and the 10-option validation in Node, Deno and workerd, each runtime in its
// own process, from one bundle of bench/runtime-send.ts (Node, Deno) and one of
// bench/worker-send.ts (workerd); and the bulk-send figure in workerd.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { bundlePath, repoRoot } from "../fresh-bundle.mjs";
import { compatibilityDate } from "../local-proxy.mjs";
import { ensureDeno } from "../tools.mjs";
import { workerdThreadsCpu } from "./proc.mjs";
import { runRounds } from "./rounds.mjs";
import { median } from "./stats.mjs";

/**
 * Bundles both bench scripts into a fresh directory under .wrangler/bench (Miniflare wants its
 * modules inside the working tree). dist/index.js (which imports shared chunks) is first bundled
 * twice into one self-contained file each: the SDK and its control, under two names and with
 * different first lines, so no runtime can treat them as one module or share their compiled code;
 * whatever separates `jelou.send` from its control is noise.
 */
export async function prepare() {
  mkdirSync(join(repoRoot, ".wrangler/bench"), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, ".wrangler/bench/rt-"));
  const sdkPath = join(dir, "sdk.js");
  const controlPath = join(dir, "sdk-control.js");
  for (const [outfile, js] of [
    [sdkPath, "// jelou-sdk, dist/index.js"],
    [controlPath, "// control build: dist/index.js again, as another module"],
  ])
    await build({
      entryPoints: [bundlePath],
      outfile,
      bundle: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      banner: { js },
      logLevel: "warning",
    });
  const common = {
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    external: ["node:*"],
    alias: { "bench-sdk": sdkPath, "bench-sdk-control": controlPath },
    logLevel: "warning",
  };
  const script = join(dir, "runtime-send.mjs");
  const worker = join(dir, "worker.js");
  await build({ ...common, entryPoints: [join(repoRoot, "bench/runtime-send.ts")], outfile: script });
  await build({ ...common, entryPoints: [join(repoRoot, "bench/worker-send.ts")], outfile: worker });
  return { dir, script, worker, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `cmd` and parses the last line of its stdout as JSON. */
function runJson(cmd, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${cmd} ${args.slice(0, -1).join(" ")} failed (${code ?? signal}):\n${out}${err}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").at(-1)));
      } catch (e) {
        reject(new Error(`${cmd}: no JSON line in its output:\n${out}${err}`, { cause: e }));
      }
    });
  });
}

/** Node: its own process. */
export const inNode = (p, o) => runJson(process.execPath, [p.script, JSON.stringify(o)], 170_000);

/** Deno (the binary scripts/tools.mjs installs), with --allow-all: Deno reads /proc/self (the thread CPU clock) only with every permission. */
export function inDeno(p, o) {
  const deno = ensureDeno();
  if (!deno) throw new Error("deno is not available (scripts/tools.mjs could not install it)");
  return runJson(deno, ["run", "--quiet", "--no-prompt", "--allow-all", p.script, JSON.stringify(o)], 170_000);
}

/** The loopback endpoint the Worker awaits around each timed loop (see bench/worker-send.ts). */
function tickServer() {
  const server = createServer((_req, res) => res.end("t"));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

/**
 * workerd through Miniflare: the same variants and rotation as the other runtimes, one request per
 * timed block (the isolate stays warm between them), plus the bulk figure.
 * @param {{ worker: string, dir: string }} p @param {{ send: object, validate: object, bulk: { n: number, runs: number } }} o
 */
export async function inWorkerd(p, o, names) {
  const tick = await tickServer();
  const { Miniflare, Log, LogLevel } = await import("miniflare");
  const mf = new Miniflare({
    modules: true,
    scriptPath: p.worker,
    modulesRoot: p.dir,
    compatibilityDate,
    cf: false,
    log: new Log(LogLevel.WARN),
    handleRuntimeStdio() {},
    bindings: { TICK_URL: tick.url },
  });
  try {
    await mf.ready;
    const call = async (path) => {
      const res = await mf.dispatchFetch(`http://bench.local${path}`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`bench worker ${path}: ${res.status} ${text}`);
      return JSON.parse(text);
    };
    // The figure is the CPU time of workerd's threads over the request (/proc schedstat, ns
    // resolution) less that of an empty request (n=0: dispatch and the three loopback ticks), like
    // the thread CPU that times Node and Deno; the isolate's own clock (wall, see bench/worker-send.ts)
    // is kept alongside, and is the figure where /proc is not there.
    const cpu = workerdThreadsCpu();
    const costOf = async (path) => {
      const c0 = cpu?.();
      const r = await call(path);
      return { ...r, cpuMs: cpu ? cpu() - c0 : undefined };
    };
    const empty = [];
    for (let i = 0; i < 7; i++) empty.push((await costOf("/block?v=sdk&n=0")).cpuMs ?? 0);
    const overheadMs = median(empty);
    const block = (path) => async (name, n) => {
      const r = await costOf(path(name, n));
      const wallUs = (Math.max(r.ms, 0) * 1000) / n;
      const cpuMs = cpu ? r.cpuMs - overheadMs : 0;
      // A block too short to stand out of the empty request's cost falls back to the clock.
      return { us: cpuMs > 0 ? (cpuMs * 1000) / n : wallUs, wallUs };
    };
    // Blocks of at least 30 ms, ten times the empty request's CPU, even with --quick.
    const long = (s) => ({ ...s, blockMs: Math.max(s.blockMs, 30) });
    const send = await runRounds(
      names,
      block((v, n) => `/block?v=${encodeURIComponent(v)}&n=${n}`),
      long(o.send),
    );
    const validate = await runRounds(
      ["validate"],
      block((_v, n) => `/validate?n=${n}`),
      long(o.validate),
    );
    // Bulk: one warm-up invocation, then o.bulk.runs invocations, each its own request. Its CPU is
    // the whole invocation's (client made, N sends, the loopback ticks; the empty request's
    // dispatch cost subtracted), and the isolate's clock around the loop is kept alongside.
    await call(`/bulk?n=${o.bulk.n}`);
    const bulk = { n: o.bulk.n, cpuMs: [], loopMs: [] };
    for (let r = 0; r < o.bulk.runs; r++) {
      const b = await costOf(`/bulk?n=${o.bulk.n}`);
      if (b.sent !== o.bulk.n) throw new Error(`bulk: ${b.sent} of ${o.bulk.n} sends answered`);
      bulk.loopMs.push(b.ms);
      if (cpu) bulk.cpuMs.push(b.cpuMs - overheadMs);
    }
    const clock = cpu
      ? "workerd threads' CPU (/proc/<pid>/task/*/schedstat) less an empty request's"
      : "isolate clock across awaited loopback I/O (wall)";
    return { runtime: { name: "workerd", compatibilityDate }, clock, emptyRequestCpuMs: overheadMs, send, validate, bulk };
  } finally {
    await mf.dispose().catch(() => {});
    await tick.close();
  }
}

/**
 * One runtime's raw results from several processes as if from one: each variant's rounds laid end
 * to end. A process has its own JIT decisions and heap layout, which shift every variant a little
 * for its whole life; rounds pooled from several processes average that out too.
 * @param {any[]} runs raw results of the same runtime, in the order they ran
 */
export function poolRuns(runs) {
  const [first] = runs;
  const cat = (pick) => {
    const out = {};
    for (const r of runs) for (const [k, v] of Object.entries(pick(r) ?? {})) out[k] = [...(out[k] ?? []), ...v];
    return out;
  };
  const rounds = (part) => ({
    ...first[part],
    us: cat((r) => r[part].us),
    wallUs: cat((r) => r[part].wallUs),
    processUs: cat((r) => r[part].processUs),
  });
  const pooled = { ...first, processes: runs.length, send: rounds("send"), validate: rounds("validate") };
  if (first.bulk) pooled.bulk = { ...first.bulk, cpuMs: runs.flatMap((r) => r.bulk.cpuMs), loopMs: runs.flatMap((r) => r.bulk.loopMs) };
  return pooled;
}
