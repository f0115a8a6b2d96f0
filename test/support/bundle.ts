// The runtime tests exercise dist/index.js, the file users get; scripts/fresh-bundle.mjs rebuilds
// it when stale (once per vitest run, from global setup).
export { bundlePath, ensureBuilt, repoRoot } from "../../scripts/fresh-bundle.mjs";
