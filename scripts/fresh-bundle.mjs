// dist/ is rebuilt only when it is missing or older than what it is built from, so `npm start`
// and the runtime tests never run a stale bundle and never build twice.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
export const bundlePath = join(repoRoot, "dist/index.js");
const buildScript = join(repoRoot, "scripts/build.mjs");

const newestMtime = (path) => {
  const st = statSync(path);
  return st.isDirectory() ? Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f)))) : st.mtimeMs;
};

export function isStale() {
  if (!existsSync(bundlePath)) return true;
  // generated/ holds the limits src/ imports, so it is an input too.
  const inputs = ["src", "generated", "scripts/build.mjs"].map((p) => join(repoRoot, p)).filter(existsSync);
  return Math.max(0, ...inputs.map(newestMtime)) > statSync(bundlePath).mtimeMs;
}

/**
 * Builds when needed; returns an error message instead of throwing, so callers decide how loud to be.
 * `progress`: say before building that it is building (it takes tens of seconds) and show the
 * build's own step lines as they come, instead of only a summary afterwards.
 * @param {{ progress?: boolean }} [o]
 */
export function ensureBuilt(o = {}) {
  if (!isStale()) return undefined;
  const started = Date.now();
  if (o.progress)
    console.log(
      `building dist/ from src/ (${existsSync(bundlePath) ? "src/ changed since the last build" : "first run"}: this takes a while)…`,
    );
  const r = spawnSync(process.execPath, [buildScript], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: o.progress ? ["ignore", "inherit", "pipe"] : "pipe",
  });
  if (r.status !== 0 || !existsSync(bundlePath)) return `node scripts/build.mjs failed (exit ${r.status}):\n${r.stdout ?? ""}${r.stderr}`;
  if (!o.progress) console.log(`built dist/ in ${Date.now() - started} ms`); // with progress, the build said so
  return undefined;
}
