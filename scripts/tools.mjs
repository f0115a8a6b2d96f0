// Test-only runtimes that are not in package-lock.json: the `deno` npm package pulls optional
// binaries for other platforms that this registry lacks, which would make `npm ci` fail. It is
// installed on demand into .tools/ (git-ignored) at a pinned version instead.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const DENO_VERSION = "2.9.6";
const toolsDir = resolve(".tools");
export const denoBin = resolve(toolsDir, "node_modules/@deno/linux-x64-glibc/deno");
export const chromiumBin = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * Headless Chromium's flags for every test: the network here is closed, so background networking,
 * component updates and sync are off (otherwise Chromium keeps dialling out and logging refusals).
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Installs deno into .tools/ when it is missing; returns the binary path or null. */
export function ensureDeno() {
  if (existsSync(denoBin)) return denoBin;
  console.log(`installing deno@${DENO_VERSION} into .tools/ (test-only, outside the lockfile)`);
  const r = spawnSync("npm", ["install", "--prefix", toolsDir, "--no-save", "--no-audit", "--no-fund", `deno@${DENO_VERSION}`], {
    stdio: "inherit",
  });
  if (r.status !== 0 || !existsSync(denoBin)) {
    console.warn("deno could not be installed: the Deno runtime test will skip (and fail under CI=true)");
    return null;
  }
  return denoBin;
}
