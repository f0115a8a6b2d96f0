// CPU time of the workerd process Miniflare started for this process, from /proc (Linux only).
import { readFileSync, readdirSync } from "node:fs";

const CLK_TCK = 100; // USER_HZ on Linux; /proc/<pid>/stat counts CPU time in these ticks

/** [pid, fields after the command name] of this process's workerd child, or undefined. */
function workerdStat() {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // f[1] is ppid (field 4 of proc(5)).
    if (comm === "workerd" && Number(f[1]) === process.pid) return [pid, f];
  }
  return undefined;
}

/** utime + stime (ms) of this process's workerd child, or undefined off Linux. */
export function workerdCpuMs() {
  try {
    const f = workerdStat()?.[1];
    // f[11]/f[12] are utime/stime (fields 14, 15 of proc(5)), in 10 ms ticks.
    return f ? ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A reader of the CPU time (ms, nanosecond resolution) of all threads of this process's workerd
 * child: the first field of each /proc/<pid>/task/<tid>/schedstat. Undefined off Linux or when
 * the kernel keeps no schedstat.
 * @returns {(() => number) | undefined}
 */
export function workerdThreadsCpu() {
  try {
    const pid = workerdStat()?.[0];
    if (!pid) return undefined;
    const read = () => {
      let ns = 0;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
        } catch {} // a thread that ended between the listing and the read
      }
      return ns / 1e6;
    };
    return read() > 0 ? read : undefined;
  } catch {
    return undefined;
  }
}
