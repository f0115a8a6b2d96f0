// CPU time of the workerd process Miniflare started for this process, from /proc (Linux only).
import { readFileSync, readdirSync } from "node:fs";

const CLK_TCK = 100; // USER_HZ on Linux; /proc/<pid>/stat counts CPU time in these ticks

/** utime + stime (ms) of this process's workerd child, or undefined off Linux. */
export function workerdCpuMs() {
  try {
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue;
      }
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // f[1] is ppid, f[11]/f[12] utime/stime (fields 4, 14, 15 of proc(5)).
      if (comm === "workerd" && Number(f[1]) === process.pid) return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
    }
  } catch {}
  return undefined;
}
