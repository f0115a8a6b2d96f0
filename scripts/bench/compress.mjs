// Compressed sizes the way a CDN would serve them: gzip level 9 and brotli quality 11 (text mode).
// size-limit crashes on Node 20, so `npm run size` measures with node:zlib directly.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

/** @param {string | Uint8Array} data */
export const gzipBytes = (data) => gzipSync(data, { level: 9 }).byteLength;

/** @param {string | Uint8Array} data */
export const brotliBytes = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength,
    },
  }).byteLength;

/** @param {string | Uint8Array} data */
export const sizes = (data) => ({
  raw: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength,
  gzip: gzipBytes(data),
  brotli: brotliBytes(data),
});

/**
 * How a user's bundler ships the SDK: one minified, dependency-free ES module. dist/ itself is not
 * minified (readable stacks, class names), so sizes are always measured after this step.
 */
export const BUILD_SETTINGS = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  // dist/'s entries import some chunks for their evaluation only; package.json's "sideEffects":
  // false lets a bundler drop those imports, which is what this measures (and esbuild is silent
  // about it for a package under node_modules).
  logOverride: { "ignored-bare-import": "silent" },
};

/**
 * Bundles `contents` (an ES module whose imports resolve from `resolveDir`) with the build
 * settings, in memory. Returns the code (no source-map comment), the metafile and the source map.
 * @param {string} contents @param {string} resolveDir @param {{ sourcemap?: boolean }} [o]
 */
export async function bundleSnippet(contents, resolveDir, o = {}) {
  const r = await build({
    ...BUILD_SETTINGS,
    stdin: { contents, resolveDir, sourcefile: "entry.mjs", loader: "js" },
    outfile: "out.js",
    write: false,
    metafile: true,
    sourcemap: o.sourcemap ? "external" : false,
  });
  const js = r.outputFiles.find((f) => f.path.endsWith(".js"));
  const map = r.outputFiles.find((f) => f.path.endsWith(".js.map"));
  return { code: js.text, metafile: r.metafile, map: map && JSON.parse(map.text) };
}

/**
 * Bundles a real entry file (src/… or dist/…, with the chunks it imports) minified, plus a source
 * map. For a dist/ file esbuild follows dist's own source maps, so the map names src/ modules.
 */
export async function bundleEntry(entryPoint) {
  const r = await build({
    ...BUILD_SETTINGS,
    entryPoints: [entryPoint],
    outfile: "out.js",
    write: false,
    metafile: true,
    sourcemap: "external",
  });
  const js = r.outputFiles.find((f) => f.path.endsWith(".js"));
  const map = r.outputFiles.find((f) => f.path.endsWith(".js.map"));
  // The sourceMappingURL comment is the only difference an external map makes to the code.
  return { code: js.text.replace(/\n?\/\/# sourceMappingURL=.*\n?$/, "\n"), metafile: r.metafile, map: JSON.parse(map.text) };
}
