#!/usr/bin/env node
// `npm run bench`: figures, not tests. Per-send CPU cost against a stub fetch (vs the raw Request
// floor, bare openapi-fetch and whatsapp-api-js), validation throughput per message type, JWT
// mint/verify, the proxy's CPU per request in workerd, and the latency the proxy adds to a send.
// Targets (bench/budgets.json, "bench") are printed next to the figures and marked met/MISSED; a
// missed one makes the run exit 1 after the table, unless --report-only.
// Prints one table and writes bench/results.json (--out <file> elsewhere; --budgets <file> for other
// targets). `--only=send,validate,workerd,proxy` runs a part.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ensureBuilt, repoRoot } from "./fresh-bundle.mjs";
import { VARIANTS } from "./bench/send-cpu.mjs";
import { ROUNDS, summarize } from "./bench/stats.mjs";
import { fmt, fmtInt, machine, machineLine, table } from "./bench/table.mjs";
import { proxyOverhead } from "./bench/proxy.mjs";
import { workerCpu } from "./bench/workerd.mjs";
import { budgetsFile, flag, option } from "./bench/args.mjs";

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const outFile = option("out", join(repoRoot, "bench/results.json"));
const want = (part) => !only || only.includes(part);
const reportOnly = flag("report-only");
const T = JSON.parse(readFileSync(budgetsFile(), "utf8")).bench;
const started = Date.now();
const buildError = ensureBuilt();
if (buildError) {
  console.error(buildError);
  process.exit(1);
}

/** Runs a bench module in its own Node process (fresh JIT, --expose-gc) and parses its JSON line. */
function child(script, ...args) {
  const r = spawnSync(process.execPath, ["--expose-gc", join(repoRoot, script), ...args], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1));
}
const progress = (what) => process.stderr.write(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);

const results = { date: new Date().toISOString(), machine: machine(), loadavgAtStart: loadavg(), rounds: ROUNDS };
const rows = [];
const row = (section, figure, value, spread = "", target = "", met) => rows.push([section, figure, value, spread, target, met === undefined ? "" : met ? "met" : "MISSED"]);
const spread = (s, f = fmt) => `${f(s.min)}–${f(s.max)}`;

if (want("send")) {
  // Round r of every variant runs back to back (each in a fresh process, after its own warm-up),
  // so a change in the machine's load hits all variants of a round alike; ratios are per round.
  const names = Object.keys(VARIANTS);
  const perRound = Object.fromEntries(names.map((v) => [v, []]));
  const wall = Object.fromEntries(names.map((v) => [v, []]));
  for (let r = 0; r < ROUNDS; r++) {
    progress(`send CPU: round ${r + 1} of ${ROUNDS}`);
    for (const v of names) {
      const x = child("scripts/bench/send-cpu.mjs", v, "1");
      perRound[v].push(x.median);
      wall[v].push(x.wall.median);
    }
  }
  const send = Object.fromEntries(names.map((v) => [v, { ...summarize(perRound[v]), wallUs: summarize(wall[v]) }]));
  const ratio = (a, b) => summarize(perRound[a].map((x, i) => x / perRound[b][i]));
  results.send = {
    unit: "µs of process CPU per send (median of rounds; min–max across rounds); wall time in .wallUs",
    stub: "in-process fetch answering each call with a fresh new Response('{\"success\":true,\"messageId\":\"m\"}')",
    payload: "list message, 10 options with id, title and description",
    variants: send,
    ratios: {
      sdkVsFloor: ratio("sdk", "floor"),
      sdkVsOpenapiFetch: ratio("sdk", "openapi-fetch"),
      sdkVsOpenapiFetchWithTimeout: ratio("sdk", "openapi-fetch+signal"),
      sdkVsWhatsappApiJs: ratio("sdk", "whatsapp-api-js"),
      sdkVsWhatsappApiJsWithRequest: ratio("sdk", "whatsapp-api-js+request"),
    },
  };
  const label = {
    floor: "raw fetch(new Request) + JSON.stringify + res.json() (floor)",
    "openapi-fetch": "bare openapi-fetch POST, no validation",
    "openapi-fetch+signal": "openapi-fetch POST + AbortController/setTimeout (diagnostic)",
    sdk: "jelou client.send (dist/index.js, validation on)",
    "sdk-novalidate": "jelou client.send, validate: false (diagnostic)",
    "whatsapp-api-js": "whatsapp-api-js build + sendMessage (ponyfill.fetch)",
    "whatsapp-api-js+request": "whatsapp-api-js, stub builds the Request as fetch would",
  };
  for (const [v, r] of Object.entries(send)) row("send CPU (µs/op)", label[v], fmt(r.median, 1), spread(r, (x) => fmt(x, 1)));
  const { sdkVsFloor, sdkVsOpenapiFetch } = results.send.ratios;
  row("send CPU ratio", "sdk / floor", `${fmt(sdkVsFloor.median)}×`, spread(sdkVsFloor), `≤ ${fmt(T.sendVsFloorMax)}×`, sdkVsFloor.median <= T.sendVsFloorMax);
  row("send CPU ratio", "sdk / bare openapi-fetch", `${fmt(sdkVsOpenapiFetch.median)}×`, spread(sdkVsOpenapiFetch), `≤ ${fmt(T.sendVsOpenapiFetchMax)}×`, sdkVsOpenapiFetch.median <= T.sendVsOpenapiFetchMax);
  // What the SDK adds on top of an HTTP layer that also has an abortable timeout: the 15% budget's intent.
  const vsTimeout = results.send.ratios.sdkVsOpenapiFetchWithTimeout;
  row("send CPU ratio", "sdk / openapi-fetch with the same timeout (diagnostic)", `${fmt(vsTimeout.median)}×`, spread(vsTimeout));
  const vsWa = results.send.ratios.sdkVsWhatsappApiJs;
  row("send CPU ratio", "sdk / whatsapp-api-js", `${fmt(vsWa.median)}×`, spread(vsWa), `< ${fmt(T.sendVsWhatsappApiJsBelow)}×`, vsWa.median < T.sendVsWhatsappApiJsBelow);
  const vsWaReq = results.send.ratios.sdkVsWhatsappApiJsWithRequest;
  row("send CPU ratio", "sdk / whatsapp-api-js with the Request built (diagnostic)", `${fmt(vsWaReq.median)}×`, spread(vsWaReq));
}

if (want("validate")) {
  progress("validation and JWT");
  const vj = child("scripts/bench/validate-jwt.mjs");
  results.validation = { unit: "validations per second of process CPU (median of rounds; min–max)", types: vj.validation };
  results.jwt = { unit: "µs of process CPU per call; string key (as the proxy passes it; the last one imported is kept) and a pre-imported CryptoKey", ...vj.jwt };
  for (const v of vj.validation) {
    const target = v.list10 ? `≥ ${fmtInt(T.list10ValidationsPerSecMin)}/s` : "";
    row("validateMessage (ops/s)", v.name, fmtInt(v.opsPerSec), `${fmtInt(v.opsPerSecMin)}–${fmtInt(v.opsPerSecMax)}`, target, v.list10 ? v.opsPerSec >= T.list10ValidationsPerSecMin : undefined);
  }
  const jwtLabel = { mint: "mintSendToken, string key", verify: "verifySendToken, string key", mintCryptoKey: "mintSendToken, CryptoKey", verifyCryptoKey: "verifySendToken, CryptoKey" };
  for (const [k, r] of Object.entries(vj.jwt)) row("JWT (µs/op)", jwtLabel[k], fmt(r.median, 1), spread(r, (x) => fmt(x, 1)));
}

if (want("workerd")) {
  progress("Workers CPU per proxied request (workerd)");
  const w = await workerCpu();
  results.workerCpu = w;
  // Process CPU time is the figure: the isolate's timer is wall time, which counts the moments
  // the isolate waits for a core when other processes compete for them.
  if (w.usWorkerdProcessCpu)
    row("Worker CPU (µs/request)", `verify + validate + forward: workerd process CPU (/proc), N=${w.n}`, fmt(w.usWorkerdProcessCpu.median, 0), spread(w.usWorkerdProcessCpu, (x) => fmt(x, 0)), `≤ ${fmtInt(T.workerCpuUsMax)} µs`, w.usWorkerdProcessCpu.median <= T.workerCpuUsMax);
  row("Worker CPU (µs/request)", "same runs, isolate timer (wall): handle() alone", fmt(w.usHandlerOnly.median, 0), spread(w.usHandlerOnly, (x) => fmt(x, 0)), w.usWorkerdProcessCpu ? "" : `≤ ${fmtInt(T.workerCpuUsMax)} µs`, w.usWorkerdProcessCpu ? undefined : w.usHandlerOnly.median <= T.workerCpuUsMax);
  row("Worker CPU (µs/request)", "same runs, isolate timer (wall): incl. building the Request", fmt(w.usPerRequest.median, 0), spread(w.usPerRequest, (x) => fmt(x, 0)));
}

if (want("proxy")) {
  progress("proxy overhead (SDK → Worker → mock vs SDK → mock)");
  const p = await proxyOverhead();
  results.proxy = p;
  const ms = (x) => fmt(x, 2);
  row("latency (ms)", `SDK → mock direct, p50 / p95 / p99 (n=${p.sendsPerSide})`, `${ms(p.directMs.p50)} / ${ms(p.directMs.p95)} / ${ms(p.directMs.p99)}`);
  row("latency (ms)", "SDK → Worker (workerd) → mock, p50 / p95 / p99", `${ms(p.proxyMs.p50)} / ${ms(p.proxyMs.p95)} / ${ms(p.proxyMs.p99)}`);
  row("latency (ms)", "proxy overhead, p50 / p95 / p99", `${ms(p.overheadMs.p50)} / ${ms(p.overheadMs.p95)} / ${ms(p.overheadMs.p99)}`, `p50 per round ${spread(p.p50OverheadPerRound)}`, `p50 ≤ ${fmt(T.proxyP50OverheadMsMax, 0)} ms`, p.overheadMs.p50 <= T.proxyP50OverheadMsMax);
  row("latency (ms)", "diagnostic: refused at once (401, no token), p50 / p95", `${ms(p.refusedAtOnceMs.p50)} / ${ms(p.refusedAtOnceMs.p95)}`);
  if (p.workerdCpuPerProxiedRequestUs) row("latency (ms)", "diagnostic: workerd process CPU per proxied send (/proc)", `${fmt(p.workerdCpuPerProxiedRequestUs / 1000, 2)}`);
}

results.loadavgAtEnd = loadavg();
results.durationSeconds = Math.round((Date.now() - started) / 1000);
const la = (l) => l.map((x) => x.toFixed(2)).join(" ");
console.log(`\njelou-sdk bench, ${results.date} — ${machineLine(results.machine)}`);
console.log(`load average ${la(results.loadavgAtStart)} at start, ${la(results.loadavgAtEnd)} at end; ${ROUNDS} rounds after warm-up, figure = median, spread = min–max across rounds; ${results.durationSeconds} s\n`);
console.log(table(["section", "figure", "value", "spread (min–max)", "target", ""], rows, "llrrll"));
if (results.workerCpu) console.log(`\nWorker CPU method: ${results.workerCpu.method}`);
if (results.proxy) console.log(`Proxy latency method: ${results.proxy.method}`);
results.targets = T;
results.missed = rows.filter((r) => r[5] === "MISSED").map((r) => ({ section: r[0], figure: r[1], value: r[2], target: r[4] }));
writeFileSync(outFile, JSON.stringify(results, null, 2) + "\n");
console.log(`\nwrote ${outFile}`);
const missed = results.missed;
if (missed.length) {
  for (const m of missed) console.log(`target missed: ${m.section}, ${m.figure}: ${m.value} (target ${m.target})`);
  if (!reportOnly) process.exit(1);
  console.log("(--report-only: exiting 0)");
} else console.log("all bench targets met");
