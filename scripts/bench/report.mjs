// Figures of the three-runtime send benchmark: per-round ratios summarized, one table per
// runtime, and the side-by-side table (µs/send) the README shows.
import { CONTROL, FLOOR, LABELS, OPENAPI_FETCH, SDK } from "./variants.mjs";
import { summarize } from "./stats.mjs";
import { fmt, fmtInt, table } from "./table.mjs";

export const RUNTIMES = ["node", "workerd", "deno"];

/** Per-round ratio a ÷ b, summarized (rounds line up: each variant runs one block per round). */
const ratio = (us, a, b) => summarize(us[a].map((x, i) => x / us[b][i]));

/**
 * a ÷ b from each variant's fastest block. On a shared machine interference only ever adds time,
 * and it hits one block and spares the next; the fastest of many short blocks is the one it spared,
 * so this is the estimate least moved by it. The control's own figure shows how far it still moves.
 */
const bestRatio = (us, a, b) => Math.min(...us[a]) / Math.min(...us[b]);

/**
 * The figures of one runtime's raw run (bench/runtime-send.ts or the Worker): µs/send and its
 * ratios to the floor, bare openapi-fetch and the control, each { median, min, max, rounds }.
 */
export function summarizeRuntime(raw) {
  const { us, wallUs, processUs, ops } = raw.send;
  const variants = {};
  for (const v of Object.keys(LABELS)) {
    variants[v] = {
      label: LABELS[v],
      usPerSend: summarize(us[v]),
      wallUsPerSend: wallUs[v]?.length ? summarize(wallUs[v]) : undefined,
      processCpuUsPerSend: processUs?.[v]?.length ? summarize(processUs[v]) : undefined,
      sendsPerBlock: ops[v],
      vsFloor: ratio(us, v, FLOOR),
      vsOpenapiFetch: ratio(us, v, OPENAPI_FETCH),
      vsControl: ratio(us, v, CONTROL),
    };
  }
  // Validation is a synchronous loop on one thread, so that thread's CPU (or, without a thread clock,
  // its wall time) is the caller's cost. Process CPU also counts the runtime's helper threads (Deno's
  // JIT and GC threads: 97k/s by process CPU against 500k+/s by the clock), which is not the SDK's work.
  const validateUs = summarize(
    !raw.threadClock && raw.validate.wallUs?.validate?.length ? raw.validate.wallUs.validate : raw.validate.us.validate,
  );
  const out = {
    runtime: raw.runtime,
    clock: raw.clock,
    rounds: us[SDK].length,
    variants,
    // The control is the same code as jelou.send: how far apart the two land is the noise floor.
    noise: variants[SDK].vsControl,
    sdkVsOpenapiFetch: variants[SDK].vsOpenapiFetch,
    // Fastest block against fastest block, printed beside the per-round medians the targets use.
    best: {
      sdkVsOpenapiFetch: bestRatio(us, SDK, OPENAPI_FETCH),
      noValidateVsOpenapiFetch: bestRatio(us, "sdk-novalidate", OPENAPI_FETCH),
      controlVsOpenapiFetch: bestRatio(us, CONTROL, OPENAPI_FETCH),
      noise: bestRatio(us, SDK, CONTROL),
    },
    list10Validation: {
      opsPerSec: 1e6 / validateUs.median,
      opsPerSecMin: 1e6 / validateUs.max,
      opsPerSecMax: 1e6 / validateUs.min,
      usPerOp: validateUs,
    },
  };
  if (raw.bulk) {
    // Sends per 10 ms of CPU: the whole invocation's CPU where /proc gives it, else the loop's clock.
    const ms = raw.bulk.cpuMs.length ? raw.bulk.cpuMs : raw.bulk.loopMs;
    const per10 = ms.map((m) => (raw.bulk.n * 10) / m);
    out.bulk = {
      n: raw.bulk.n,
      sendsPer10msCpu: summarize(per10),
      measuredBy: raw.bulk.cpuMs.length ? "workerd threads' CPU for the invocation" : "isolate clock around the loop",
      cpuMs: raw.bulk.cpuMs,
      loopMs: raw.bulk.loopMs,
    };
  }
  if (raw.emptyRequestCpuMs !== undefined) out.emptyRequestCpuMs = raw.emptyRequestCpuMs;
  return out;
}

const x = (s) => `${fmt(s.median)}× (${fmt(s.min)})`;
const signed = (r) => `${r >= 1 ? "+" : "−"}${fmt(Math.abs(r - 1) * 100, 0)}`;
const pct = (s) => `${signed(s.min)} to ${signed(s.max)} %`;

/** One runtime's table: µs/send and every ratio, median (min) across rounds. */
export function runtimeTable(name, s) {
  const rows = Object.entries(s.variants).map(([, v]) => [
    v.label,
    fmt(v.usPerSend.median, 1),
    fmt(v.usPerSend.min, 1),
    v.wallUsPerSend ? fmt(v.wallUsPerSend.median, 1) : "–",
    x(v.vsFloor),
    x(v.vsOpenapiFetch),
    x(v.vsControl),
  ]);
  const v = s.runtime.version
    ? ` ${s.runtime.version}`
    : s.runtime.compatibilityDate
      ? ` (compatibility date ${s.runtime.compatibilityDate})`
      : "";
  return [
    `${name}${v} — ${s.clock}; ${s.rounds} rounds, variants rotated; median (min) across rounds`,
    table(["variant", "µs/send", "min", "wall µs", "÷ floor", "÷ openapi-fetch", "÷ control"], rows),
    `noise floor: jelou.send ÷ its control build ranged ${fmt(s.noise.min)}–${fmt(s.noise.max)}× across rounds (${pct(s.noise)}), median ${fmt(s.noise.median)}×`,
    `fastest blocks: jelou.send ÷ bare openapi-fetch ${fmt(s.best.sdkVsOpenapiFetch)}×, control ÷ bare openapi-fetch ${fmt(s.best.controlVsOpenapiFetch)}×, validate: false ÷ bare openapi-fetch ${fmt(s.best.noValidateVsOpenapiFetch)}×, jelou.send ÷ control ${fmt(s.best.noise)}×`,
  ].join("\n");
}

/** µs/send per variant (fastest block), the runtimes side by side, as the README shows it. */
export function sideBySide(summaries) {
  const names = RUNTIMES.filter((r) => summaries[r]);
  const rows = Object.keys(LABELS).map((v) => [LABELS[v], ...names.map((r) => fmt(summaries[r].variants[v].usPerSend.min, 1))]);
  const perRound = (s) => `${fmt(s.median)}× (${fmt(s.min)}–${fmt(s.max)})`;
  rows.push(["jelou.send ÷ bare openapi-fetch, per round", ...names.map((r) => perRound(summaries[r].sdkVsOpenapiFetch))]);
  rows.push(["jelou.send ÷ control (noise), per round", ...names.map((r) => perRound(summaries[r].noise))]);
  rows.push(["jelou.send ÷ bare openapi-fetch, fastest blocks", ...names.map((r) => `${fmt(summaries[r].best.sdkVsOpenapiFetch)}×`)]);
  rows.push(["control ÷ bare openapi-fetch, fastest blocks", ...names.map((r) => `${fmt(summaries[r].best.controlVsOpenapiFetch)}×`)]);
  rows.push(["validate: false ÷ bare openapi-fetch, fastest", ...names.map((r) => `${fmt(summaries[r].best.noValidateVsOpenapiFetch)}×`)]);
  rows.push(["validateMessage, 10-option list (/s)", ...names.map((r) => fmtInt(summaries[r].list10Validation.opsPerSec))]);
  return table(["µs per send (fastest block)", ...names], rows);
}
