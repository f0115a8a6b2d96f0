#!/usr/bin/env node
// src/ → dist/: one minified, dependency-free ESM file per entry (openapi-fetch and valibot are
// bundled in) and one bundled .d.ts that mentions neither.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, mkdirSync, writeFileSync } from "node:fs";

export const entries = { index: "src/index.ts", messages: "src/entries/messages.ts", templates: "src/entries/templates.ts", token: "src/token/index.ts" };

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");

const result = await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  minify: true,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});
writeFileSync("dist/meta.json", JSON.stringify(result.metafile));

for (const [name, entry] of Object.entries(entries)) {
  const js = readFileSync(`dist/${name}.js`, "utf8");
  // A leftover import would break "drop the file in and it runs" on Workers, Deno and browsers.
  if (/\bimport\s*[\s{*"'(]|\brequire\(/.test(js)) throw new Error(`dist/${name}.js still imports something`);
  const dts = spawnSync(
    process.execPath,
    ["node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js", "--silent", "--no-banner", "--export-referenced-types=false", "--external-inlines", "openapi-fetch", "openapi-typescript-helpers", "valibot", "-o", `dist/${name}.d.ts`, entry],
    { stdio: "inherit" },
  );
  if (dts.status !== 0) throw new Error(`dts-bundle-generator failed for ${entry}`);
  if (/from ["'](valibot|openapi-fetch|openapi-typescript-helpers)["']/.test(readFileSync(`dist/${name}.d.ts`, "utf8")))
    throw new Error(`dist/${name}.d.ts refers to a bundled dev dependency`);
  console.log(`dist/${name}.js ${js.length} B, dist/${name}.d.ts`);
}
