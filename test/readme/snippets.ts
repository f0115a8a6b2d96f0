// Support for test/readme/snippets.test.ts: pull the JavaScript code blocks out of a README, bundle
// one with esbuild against the built package (the `jelou-sdk/*` imports resolve through
// package.json `exports` to dist/, as they do for a user), and run it in this Node process.
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { repoRoot } from "../support/bundle";

/** Languages the test must run or list; every other fenced block (sh, json, diagrams) is not code the reader runs in JS. */
export const JS_LANGS = new Set(["ts", "typescript", "js", "javascript", "mjs", "tsx", "jsx"]);

export interface Block {
  /** README path relative to the repo root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** `<file>: <first non-empty line>`: stable while the block's first line is, unlike a hash. */
  key: string;
}

/** Every fenced block of a Markdown text, list-item indentation removed. */
export function extractBlocks(markdown: string, file: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*([\w-]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "```", lang = ""] = open;
    const body: string[] = [];
    let j = i + 1;
    for (let l = lines[j]; l !== undefined && !l.trimStart().startsWith(fence); l = lines[++j]) body.push(l);
    const code = body.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n");
    const first = body.find((l) => l.trim())?.trim() ?? "";
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), code, key: `${file}: ${first}` });
    i = j;
  }
  return blocks;
}

// A snippet written as a vitest test file imports "vitest"; it gets the runner's own describe/it/expect.
const vitestShim: Plugin = {
  name: "snippet-vitest",
  setup(b) {
    b.onResolve({ filter: /^vitest$/ }, () => ({ path: "vitest", namespace: "snippet-vitest" }));
    b.onLoad({ filter: /.*/, namespace: "snippet-vitest" }, () => ({
      contents: "export const { describe, it, test, expect } = globalThis.__snippetVitest;",
      loader: "js",
    }));
  },
};

// `jelou-sdk/*` stays an import of the built file (found through package.json `exports`, as
// for a user), so every snippet and the test share one instance of the SDK: `instanceof` holds.
const builtPackage: Plugin = {
  name: "snippet-built-package",
  setup(b) {
    b.onResolve({ filter: /^jelou-sdk(\/|$)/ }, async (args) => {
      if (args.pluginData === "inner") return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "inner" });
      return r.errors.length ? { errors: r.errors } : { path: pathToFileURL(r.path).href, external: true };
    });
  },
};

const outDir = join(repoRoot, "node_modules/.cache/readme-snippets");

/**
 * Bundles a snippet (TypeScript types stripped) into one ESM file. `@jelou/sdk` (the JSR name in
 * the Deno section) is the TypeScript source, which is what JSR publishes.
 */
export async function bundleSnippet(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, loader: "ts", resolveDir: repoRoot, sourcefile: "snippet.ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node18",
    write: false,
    logLevel: "silent",
    alias: { "@jelou/sdk": join(repoRoot, "src/index.ts") },
    plugins: [vitestShim, builtPackage],
  });
  const [file] = out.outputFiles;
  if (!file) throw new Error("esbuild wrote no output");
  return file.text;
}

/**
 * Writes the bundle to node_modules/.cache and imports it: the snippet's top level runs to completion.
 * Under node_modules, the test runner leaves it to Node, like the dist/ files it imports.
 */
export async function importBundle(js: string): Promise<Record<string, any>> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${createHash("sha256").update(js).digest("hex").slice(0, 16)}-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, js);
  try {
    return await import(/* @vite-ignore */ pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * A `fetch` for snippets: Jelou's public hosts and the proxy's example URL go to the local stack,
 * a relative URL (`/api/token`, the page's own backend) to the app server, loopback as is; any
 * other host is refused and recorded, so a snippet can never reach the internet.
 */
export function redirectingFetch(
  realFetch: typeof fetch,
  routes: Record<string, string>,
  appOrigin: string,
  refused: string[],
): typeof fetch {
  return async (input, init) => {
    const req = new Request(typeof input === "string" && input.startsWith("/") ? new URL(input, appOrigin) : input, init);
    const url = new URL(req.url);
    const target = routes[url.origin] ?? (url.hostname === "127.0.0.1" ? url.origin : undefined);
    if (!target) {
      refused.push(req.url);
      throw new TypeError(`snippet tried to reach ${url.origin}, which the README test does not serve`);
    }
    if (target === url.origin) return realFetch(req);
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
    const moved = new Request(target + url.pathname + url.search, {
      method: req.method,
      headers: req.headers,
      body,
      signal: req.signal,
      redirect: req.redirect,
    });
    return realFetch(moved);
  };
}

/** Entries of the built package, imported the way the snippets import them (one shared instance). */
export const importDist = (entries: string[]) =>
  importBundle(entries.map((e) => `export * from ${JSON.stringify(pathToFileURL(join(repoRoot, `dist/${e}.js`)).href)};`).join("\n"));
