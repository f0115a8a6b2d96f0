// Interleaved, rotated rounds: every variant runs one timed block per round, in an order that
// starts one variant later each round, so drift in the machine's load and the position in a round
// hit every variant alike; ratios are then taken per round. Runtime-neutral (no Node built-in).

/**
 * @typedef {{ us: number, wallUs?: number }} Block  µs per operation of one timed block
 * @typedef {(name: string, n: number) => Promise<Block>} TimeBlock  runs `n` operations of a variant, timed
 */

/**
 * Warms each variant up (doubling the batch until `warmupMs`), sizes its block to about
 * `blockMs`, then runs `rounds` rounds. Returns, per variant, µs/op of each round (and wall µs).
 * @param {string[]} names @param {TimeBlock} timeBlock
 * @param {{ rounds: number, blockMs: number, warmupMs: number, maxOps?: number, minOps?: number }} o
 */
export async function runRounds(names, timeBlock, o) {
  const { rounds, blockMs, warmupMs, maxOps = 200_000, minOps = 20 } = o;
  const ops = {};
  for (const name of names) {
    let n = 8;
    let spentMs = 0;
    let last;
    do {
      last = await timeBlock(name, n);
      spentMs += (last.us * n) / 1000;
      if (spentMs < warmupMs) n = Math.min(maxOps, n * 2);
    } while (spentMs < warmupMs && n < maxOps);
    ops[name] = Math.max(minOps, Math.min(maxOps, Math.round((blockMs * 1000) / Math.max(last.us, 0.01))));
  }
  const us = Object.fromEntries(names.map((v) => [v, []]));
  const wallUs = Object.fromEntries(names.map((v) => [v, []]));
  const processUs = Object.fromEntries(names.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length];
      const b = await timeBlock(name, ops[name]);
      us[name].push(b.us);
      if (b.wallUs !== undefined) wallUs[name].push(b.wallUs);
      if (b.processUs !== undefined) processUs[name].push(b.processUs);
    }
  }
  return { us, wallUs, processUs, ops };
}

/**
 * A TimeBlock for a runtime that can read its own clocks: `cpuMs` (the figure's clock), `wallMs`,
 * and optionally `processMs` (process CPU, all threads, kept beside a thread clock). No collection
 * is forced between blocks (see bench/runtime-send.ts).
 * @param {Record<string, () => unknown>} ops @param {{ wallMs: () => number, cpuMs?: () => number, processMs?: () => number, sync?: boolean }} c
 */
export function localTimer(ops, c) {
  return async (name, n) => {
    const op = ops[name];
    const cpu0 = c.cpuMs?.();
    const p0 = c.processMs?.();
    const t0 = c.wallMs();
    if (c.sync) for (let i = 0; i < n; i++) op();
    else for (let i = 0; i < n; i++) await op();
    const wall = c.wallMs() - t0;
    const cpu = c.cpuMs ? c.cpuMs() - cpu0 : wall;
    const proc = c.processMs ? c.processMs() - p0 : undefined;
    return { us: (cpu * 1000) / n, wallUs: (wall * 1000) / n, processUs: proc === undefined ? undefined : (proc * 1000) / n };
  };
}
