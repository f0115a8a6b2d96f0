// Timing loops and statistics for `npm run bench`: warm-up, calibration to a round length, then
// ROUNDS rounds; the median round is the figure and the min–max across rounds is its noise.
import { performance } from "node:perf_hooks";

export const ROUNDS = 5;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Nearest-rank percentile of unsorted samples, p in 0..100. */
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/** { median, min, max, rounds } of per-round figures. */
export const summarize = (rounds) => ({ median: median(rounds), min: Math.min(...rounds), max: Math.max(...rounds), rounds });

/**
 * Cost per call of `fn` (awaited when `async`): warm-up for `warmupMs`, calibrate the number of
 * calls to about `roundMs` per round, then ROUNDS rounds (bounded: at most `maxOps` calls a round).
 * The figure is process CPU time (user + system, all threads, so GC helper threads count) per
 * call, which other processes competing for the cores inflate far less than wall time; wall
 * time per call is kept alongside.
 * @param {() => unknown} fn @param {{ async?: boolean, warmupMs?: number, roundMs?: number, maxOps?: number, rounds?: number }} [o]
 */
export async function timePerOp(fn, o = {}) {
  const { async = true, warmupMs = 300, roundMs = 250, maxOps = 2_000_000, rounds = ROUNDS } = o;
  const run = async (n) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    if (async) for (let i = 0; i < n; i++) await fn();
    else for (let i = 0; i < n; i++) fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  // Warm-up, doubling the batch until warmupMs has passed; its speed calibrates the rounds.
  let n = 16;
  let last = await run(n);
  for (let spent = last.ms; spent < warmupMs && n < maxOps; spent += last.ms) last = await run((n *= 2));
  const ops = Math.max(100, Math.min(maxOps, Math.round((n * roundMs) / Math.max(last.ms, 0.001))));
  const wallUs = [];
  const cpuUs = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.(); // with --expose-gc: each round starts from the same heap, outside the timing
    const x = await run(ops);
    wallUs.push((x.ms * 1000) / ops);
    cpuUs.push((x.cpuMs * 1000) / ops);
  }
  return { unit: "µs CPU per op", ...summarize(cpuUs), wall: summarize(wallUs), opsPerRound: ops };
}
