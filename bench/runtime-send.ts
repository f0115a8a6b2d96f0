// Bench-only script for Node and Deno (never shipped): times the send variants of
// scripts/bench/variants.mjs in rotated rounds, then validateMessage of the 10-option list, and
// prints one JSON line. scripts/bench/runtimes.mjs bundles it with "bench-sdk" aliased to
// dist/index.js and "bench-sdk-control" to a second copy of it, and runs it in each runtime's own
// process. The clock is process CPU time (user + system, all threads, so GC helper threads count):
// other processes competing for the two cores inflate it far less than wall time, kept alongside.
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

const clocks = {
  wallMs: () => performance.now(),
  cpuMs: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  gc: (globalThis as { gc?: () => void }).gc,
};
const send = await runRounds(names, localTimer(ops, clocks), o.send);

const check = () => sdk.validateMessage(list10);
if (!check().success) throw new Error("the 10-option list does not validate");
const validate = await runRounds(["validate"], localTimer({ validate: check }, { ...clocks, sync: true }), o.validate);

const runtime =
  typeof Deno === "undefined"
    ? { name: "node", version: process.version, v8: process.versions.v8 }
    : { name: "deno", version: Deno.version.deno, v8: Deno.version.v8 };
console.log(JSON.stringify({ runtime, clock: "process CPU (user + system)", send, validate }));
