// Bench-only script for Node and Deno (never shipped): times the send variants of
// scripts/bench/variants.mjs in rotated rounds, then validateMessage of the 10-option list, and
// prints one JSON line. scripts/bench/runtimes.mjs bundles it with "bench-sdk" aliased to
// dist/index.js and "bench-sdk-control" to a second copy of it, and runs it in each runtime's own
// process. The clock is the CPU time of the thread that runs the JavaScript (Linux
// /proc/self/task/<pid>/schedstat, ns): what a send costs its caller, not moved by other processes
// or by the runtime's JIT and GC helper threads (process CPU counts those; Deno's came out 4-5x its
// wall time on a validation loop). Process CPU and wall time are kept alongside; where /proc is
// missing, process CPU is the clock.
import { readFileSync } from "node:fs";
import process from "node:process";
import * as sdk from "bench-sdk";
import * as control from "bench-sdk-control";
import createClient from "openapi-fetch";
import { WhatsAppAPI } from "whatsapp-api-js";
import * as waMessages from "whatsapp-api-js/messages";
import { list10 } from "../scripts/bench/fixtures.mjs";
import { localTimer, runRounds } from "../scripts/bench/rounds.mjs";
import { LABELS, checkAnswer, makeVariants } from "../scripts/bench/variants.mjs";

declare const Deno: { version: { deno: string; v8: string } } | undefined;

const o = JSON.parse(process.argv[2] ?? "{}");
const ops = makeVariants({ sdk, control, createClient, WhatsAppAPI, waMessages });
const names = Object.keys(LABELS);
for (const name of names) checkAnswer(name, await ops[name]!());

const processMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// The main thread's id is the process id.
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const threadMs = () => Number(readFileSync(schedstat, "utf8").split(" ")[0]) / 1e6;
const hasThreadClock = (() => {
  try {
    return threadMs() > 0;
  } catch {
    return false;
  }
})();
const clocks = {
  wallMs: () => performance.now(),
  cpuMs: hasThreadClock ? threadMs : processMs,
  processMs: hasThreadClock ? processMs : undefined,
  // No forced collection between blocks: after one, V8 shrinks its young generation, and the next
  // block ran about 2x slower than a warm process does (penalising whichever variant allocates more).
  // Rotation spreads each variant's garbage over the rounds instead.
};
const send = await runRounds(names, localTimer(ops, clocks), o.send);

const check = () => sdk.validateMessage(list10);
if (!check().success) throw new Error("the 10-option list does not validate");
const validate = await runRounds(["validate"], localTimer({ validate: check }, { ...clocks, sync: true }), o.validate);

const runtime =
  typeof Deno === "undefined"
    ? { name: "node", version: process.version, v8: process.versions.v8 }
    : { name: "deno", version: Deno.version.deno, v8: Deno.version.v8 };
const clock = hasThreadClock ? "CPU of the JavaScript thread (/proc schedstat)" : "process CPU (user + system)";
console.log(JSON.stringify({ runtime, clock, threadClock: hasThreadClock, send, validate }));
