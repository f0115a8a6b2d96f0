// The runtime tests exercise dist/index.js, the file users get. It is rebuilt when missing or
// older than any source, once per vitest run (global setup), so no test runs a stale bundle.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
export const bundlePath = join(repoRoot, "dist/index.js");
const buildScript = join(repoRoot, "scripts/build.mjs");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function isStale(): boolean {
  if (!existsSync(bundlePath)) return true;
  // generated/ holds runtime constants (limits) that src/ imports, so it is an input too.
  const inputs = [join(repoRoot, "src"), join(repoRoot, "generated"), buildScript].filter(existsSync);
  return Math.max(0, ...inputs.map(newestMtime)) > statSync(bundlePath).mtimeMs;
}

/** Builds when needed; returns an error message instead of throwing so unit tests still run. */
export function ensureBuilt(): string | undefined {
  if (!isStale()) return undefined;
  if (!existsSync(buildScript)) {
    return existsSync(bundlePath) ? undefined : `${bundlePath} is missing and there is no scripts/build.mjs to build it`;
  }
  const started = Date.now();
  const r = spawnSync(process.execPath, [buildScript], { cwd: repoRoot, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(bundlePath)) {
    return `node scripts/build.mjs failed (exit ${r.status}):\n${r.stdout}${r.stderr}`;
  }
  console.log(`built dist/index.js for the runtime tests in ${Date.now() - started} ms`);
  return undefined;
}
