// Plain-text tables and machine info, shared by `npm run size` and `npm run bench`.
import { cpus, totalmem } from "node:os";
import { readFileSync } from "node:fs";

/** `rows` are arrays of cells; `align` has one letter per column, "l" or "r" (default: first left, rest right). */
export function table(header, rows, align = "l" + "r".repeat(header.length - 1)) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? "")));
  const width = header.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r) =>
    r
      .map((c, i) => (align[i] === "l" ? c.padEnd(width[i]) : c.padStart(width[i])))
      .join("  ")
      .trimEnd();
  return [line(all[0]), width.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}

export const fmtInt = (n) => (n === undefined || n === null || Number.isNaN(n) ? "–" : Math.round(n).toLocaleString("en-US"));
export const fmt = (n, digits = 2) => (n === undefined || n === null || Number.isNaN(n) ? "–" : n.toFixed(digits));

function cpuModel() {
  const fromOs = cpus()[0]?.model;
  if (fromOs && fromOs !== "unknown") return fromOs.trim();
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** What the figures were measured on. */
export const machine = () => ({
  cpu: cpuModel(),
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform}-${process.arch}`,
});

export const machineLine = (m = machine()) => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (V8 ${m.v8}), ${m.platform}`;
