#!/usr/bin/env node
// src/ → dist/: one dependency-free ES module per entry (openapi-fetch and valibot are bundled in),
// dist/chunks/ for the modules that declare classes, a source map per file, and one bundled .d.ts
// per entry that mentions neither dependency.
//
// Why it looks like this:
// - Not minified: a user's bundler minifies anyway (`npm run size` measures exactly that), while
//   an unminified dist keeps class names (a JelouValidationError prints as one), and an uncaught
//   error shows one line of code, not the whole bundle packed on one line.
// - A module that declares a class (src/errors.ts, src/token/jwt.ts, …) is one file in
//   dist/chunks/ that every entry imports, so JelouTokenError from jelou-sdk/token is `instanceof
//   JelouError` from jelou-sdk: one class, not one copy per entry. Everything else is inlined per
//   entry as before. (esbuild's `splitting` would share more, but it merges modules into chunks,
//   which a user's bundler then cannot tree-shake module by module: +2.4 KB gzip on templates.)
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const entries = {
  index: "src/index.ts",
  messages: "src/entries/messages.ts",
  templates: "src/entries/templates.ts",
  token: "src/token/index.ts",
  testing: "src/testing/index.ts",
  webhooks: "src/webhooks/index.ts",
};

/** esbuild options of every file in dist/. */
export const DIST_OPTIONS = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
};
const BUNDLED = ["valibot", "openapi-fetch", "openapi-typescript-helpers"];

const root = fileURLToPath(new URL("..", import.meta.url));
// Built beside dist/ (same depth, so source-map paths hold) and swapped in whole at the end: a
// failed build leaves the previous dist/ as it was, never a half-built one that looks fresh.
const dist = join(root, `.dist-${process.pid}`);
const step = (label, started) => console.log(`${label} (${Date.now() - started} ms)`);
const filesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesIn(join(dir, d.name)) : [join(dir, d.name)]));

/** src/ modules whose identity matters (they declare a class), each with its file in dist/chunks/. */
export function sharedModules() {
  const src = join(root, "src");
  const declaresClass = (f) => f.endsWith(".ts") && /^export (abstract )?class /m.test(readFileSync(f, "utf8"));
  // src/token/jwt.ts → dist/chunks/token-jwt.js
  return new Map(
    filesIn(src)
      .filter(declaresClass)
      .map((f) => [f, join(dist, "chunks", `${relative(src, f).slice(0, -3).replaceAll("/", "-")}.js`)]),
  );
}

/** Turns an import of a shared module into an import of its dist/chunks/ file, relative to `outfile`. */
const importShared = (shared, outfile) => ({
  name: "import-shared-modules",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      // src/ imports TypeScript files by their .js name.
      const file = [resolve(resolveDir, path.replace(/\.js$/, ".ts")), resolve(resolveDir, `${path}.ts`)].find((f) => shared.has(f));
      if (!file || shared.get(file) === outfile) return undefined;
      const rel = relative(dirname(outfile), shared.get(file));
      return { path: rel.startsWith(".") ? rel : `./${rel}`, external: true };
    });
  },
});

export async function buildJs() {
  const started = Date.now();
  const shared = sharedModules();
  const outputs = [...Object.entries(entries).map(([name, src]) => [join(root, src), join(dist, `${name}.js`)]), ...shared];
  const results = await Promise.all(
    outputs.map(([entry, outfile]) =>
      build({
        ...DIST_OPTIONS,
        absWorkingDir: root,
        entryPoints: [entry],
        outfile,
        metafile: true,
        plugins: [importShared(shared, outfile)],
      }),
    ),
  );
  // A bare or absolute import would break "drop dist/ in and it runs" on Workers, Deno and browsers:
  // every import must be a file this build wrote into dist/.
  const written = new Set(outputs.map(([, outfile]) => outfile));
  for (const [file, out] of results.flatMap((r) => Object.entries(r.metafile.outputs))) {
    for (const imp of out.imports) {
      if (!imp.external || !imp.path.startsWith(".") || !written.has(resolve(root, dirname(file), imp.path)))
        throw new Error(`${relative(dist, join(root, file))} imports ${imp.path}, which is not in dist/`);
    }
    if (file.endsWith(".js") && /\brequire\s*\(/.test(readFileSync(join(root, file), "utf8")))
      throw new Error(`${relative(dist, join(root, file))} calls require()`);
  }
  step(`dist/*.js, dist/chunks/*.js (${[...shared.keys()].map((f) => relative(root, f)).join(", ")}) and their source maps`, started);
}

function buildTypes() {
  const started = Date.now();
  console.log("dist/*.d.ts: bundling the declarations of every entry (the slow step)…");
  // One TypeScript program for all entries: a CLI run per entry costs ~10 s each.
  const require = createRequire(import.meta.url);
  const { generateDtsBundle } = require("dts-bundle-generator");
  const names = Object.keys(entries);
  const dts = generateDtsBundle(
    names.map((n) => ({
      filePath: join(root, entries[n]),
      libraries: { inlinedLibraries: BUNDLED },
      output: { noBanner: true, exportReferencedTypes: false },
    })),
    { preferredConfigPath: join(root, "tsconfig.json") },
  );
  names.forEach((n, i) => {
    if (new RegExp(`from ["'](${BUNDLED.join("|")})["']`).test(dts[i]))
      throw new Error(`dist/${n}.d.ts refers to a bundled dev dependency`);
    writeFileSync(join(dist, `${n}.d.ts`), dts[i]);
  });
  checkTypes(
    require,
    names.map((n) => join(dist, `${n}.d.ts`)),
  );
  step("dist/*.d.ts written and checked", started);
}

/** The generated declarations must compile on their own, as a user's tsc sees them. */
function checkTypes(require, files) {
  const ts = require("typescript");
  const program = ts.createProgram(files, {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
  });
  const errors = ts.getPreEmitDiagnostics(program);
  if (errors.length)
    throw new Error(
      ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }),
    );
}

// Imported (scripts/size.mjs reads `entries`), it builds nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  try {
    await buildJs();
    buildTypes();
  } catch (e) {
    rmSync(dist, { recursive: true, force: true });
    throw e;
  }
  for (const f of filesIn(dist).filter((f) => f.endsWith(".js")))
    console.log(`  dist/${relative(dist, f)} ${readFileSync(f).byteLength} B`);
  rmSync(join(root, "dist"), { recursive: true, force: true });
  renameSync(dist, join(root, "dist"));
  step("built dist/", started);
}
