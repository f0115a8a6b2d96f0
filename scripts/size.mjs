#!/usr/bin/env node
// `npm run size`: gzip (level 9) and brotli bytes of every entry of dist/ (with the chunks it
// imports) as a user's bundler ships it — bundled again and minified by esbuild, since dist/ itself
// is readable, not minified — and of a tree-shaken one-type send path, checked against
// bench/budgets.json (exit 1 when one is over, unless --report-only); a per-module breakdown from
// esbuild's metafile and source map; openapi-fetch alone and whatsapp-api-js bundled the same way,
// for comparison.
// Writes bench/size-results.json (--out <file> to write elsewhere; --budgets <file> for other budgets).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { ensureBuilt, repoRoot } from "./fresh-bundle.mjs";
import { breakdown, jsInputs } from "./bench/attribution.mjs";
import { bundleEntry, bundleSnippet, sizes } from "./bench/compress.mjs";
import { fmtInt, machine, machineLine, table } from "./bench/table.mjs";
import { budgetsFile, flag, option } from "./bench/args.mjs";
import { entries } from "./build.mjs";

const reportOnly = flag("report-only");
const outFile = option("out", join(repoRoot, "bench/size-results.json"));

const buildError = ensureBuilt();
if (buildError) {
  console.error(buildError);
  process.exit(1);
}

const src = JSON.stringify(join(repoRoot, "src/index.ts"));
// Each snippet is what an app would write: the code is exported so nothing is dropped as unused.
const SNIPPETS = {
  "send-text": `import { createJelou, messages } from ${src};
export const send = (env, text) => createJelou({ clientId: env.ID, clientSecret: env.SECRET })
  .send(env.BOT, messages.text({ userId: env.USER, text }));`,
  "send-list": `import { createJelou, messages } from ${src};
export const send = (env, options) => createJelou({ clientId: env.ID, clientSecret: env.SECRET })
  .send(env.BOT, messages.list({ userId: env.USER, text: "Pick one", options }));`,
  "openapi-fetch": `import createClient from "openapi-fetch";
export const send = (env, body) => createClient({ baseUrl: env.URL })
  .POST("/v1/bots/{botId}/messages", { params: { path: { botId: env.BOT } }, body, headers: { Authorization: env.AUTH } });`,
  "whatsapp-api-js": `import { WhatsAppAPI } from "whatsapp-api-js";
import { Interactive, ActionList, ListSection, Row, Body } from "whatsapp-api-js/messages";
export const send = (env, rows) => new WhatsAppAPI({ token: env.TOKEN, appSecret: env.SECRET, v: "v20.0" })
  .sendMessage(env.PHONE, env.USER, new Interactive(new ActionList("Options", new ListSection("Options", ...rows.map((r) => new Row(r.id, r.title, r.description)))), new Body("Pick one")));`,
};

const rows = [];
const add = (id, what, code, extra = {}) => rows.push({ id, what, ...sizes(code), ...extra });

// Budget ids predate the entries' file names: the main entry is "full".
const WHAT = {
  index: ["full", "the whole API client"],
  messages: ["messages", "messages-only entry"],
  templates: ["templates", "templates-only entry"],
  token: ["token", "token entry"],
};
const distBundles = {};
for (const name of Object.keys(entries)) {
  const [id, what] = WHAT[name] ?? [name, `${name} entry`];
  distBundles[id] = await bundleEntry(join(repoRoot, "dist", `${name}.js`));
  const shipped = distBundles[id].metafile.inputs;
  // What the package holds for this entry: its file and the chunks it loads, readable and unminified.
  const distBytes = Object.values(shipped).reduce((n, i) => n + i.bytes, 0);
  add(id, `dist/${name}.js (${what}), minified`, distBundles[id].code, { distBytes });
}
const snippetOut = {};
for (const [id, contents] of Object.entries(SNIPPETS)) snippetOut[id] = await bundleSnippet(contents, repoRoot, { sourcemap: true });
add("send-text", "send path: createJelou + messages.text", snippetOut["send-text"].code);
add("send-list", "send path: createJelou + messages.list", snippetOut["send-list"].code);
add("openapi-fetch", "openapi-fetch alone: createClient + POST", snippetOut["openapi-fetch"].code, { comparison: true });
add("whatsapp-api-js", "whatsapp-api-js: list message send", snippetOut["whatsapp-api-js"].code, { comparison: true });

// Budgets.
const budgets = JSON.parse(readFileSync(budgetsFile(), "utf8")).budgets;
const over = [];
for (const b of budgets) {
  const r = rows.find((x) => x.id === b.id);
  if (!r) throw new Error(`bench/budgets.json names ${b.id}, which size.mjs does not measure`);
  r.budgetGzip = b.gzip;
  r.status = r.gzip <= b.gzip ? "ok" : "OVER";
  if (r.gzip > b.gzip) over.push({ id: b.id, what: b.what, gzip: r.gzip, budget: b.gzip, by: r.gzip - b.gzip });
}

// Per-module breakdown of the minified bundles of dist/: esbuild follows dist's source maps back to src/.
const full = distBundles.full;
const fullRows = breakdown(full.code, full.map, jsInputs(full.metafile));
const sendRows = breakdown(snippetOut["send-text"].code, snippetOut["send-text"].map, jsInputs(snippetOut["send-text"].metafile));
const tokenBuild = distBundles.token;
const tokenRows = breakdown(tokenBuild.code, tokenBuild.map, jsInputs(tokenBuild.metafile));

// Report.
const m = machine();
console.log(`jelou-sdk sizes, ${new Date().toISOString()} — ${machineLine(m)}; gzip level 9, brotli quality 11\n`);
console.log(
  table(
    ["bundle", "in dist/ B", "minified B", "gzip B", "brotli B", "budget (gzip)", "status"],
    rows.map((r) => [
      r.what,
      r.distBytes ? fmtInt(r.distBytes) : "",
      fmtInt(r.raw),
      fmtInt(r.gzip),
      fmtInt(r.brotli),
      r.budgetGzip ? `≤ ${fmtInt(r.budgetGzip)}` : r.comparison ? "(comparison)" : "",
      r.status === "OVER" ? `OVER by ${fmtInt(r.gzip - r.budgetGzip)}` : (r.status ?? ""),
    ]),
  ),
);

const printBreakdown = (title, list, limit) => {
  const shown = limit ? list.slice(0, limit) : list;
  console.log(`\n${title}${limit && list.length > limit ? ` (top ${limit} of ${list.length})` : ""}`);
  console.log(
    table(
      ["module", "bytes in output", "gzip alone", "gzip saved if removed"],
      shown.map((r) => [r.module, fmtInt(r.bytesInOutput), fmtInt(r.gzipAlone), fmtInt(r.gzipSaved)]),
    ),
  );
};
printBreakdown("dist/index.js minified, by module (gzip from the module's bytes in the source map)", fullRows);
printBreakdown("send path (createJelou + messages.text) by module", sendRows, 12);
printBreakdown("dist/token.js minified, by module", tokenRows);

const results = {
  date: new Date().toISOString(),
  machine: m,
  esbuild: JSON.parse(readFileSync(join(repoRoot, "node_modules/esbuild/package.json"), "utf8")).version,
  method:
    "gzip: node:zlib level 9; brotli: quality 11, text mode. Bundles: each dist/ entry (with its chunks) and each snippet bundled again by esbuild (bundle, esm, neutral, es2022, minify), as a user's bundler ships them; distBytes: the unminified files in dist/ the entry loads.",
  bundles: rows,
  budgets: { exceeded: over },
  snippets: SNIPPETS,
  breakdown: { "dist/index.js": { modules: fullRows }, "send-text": sendRows, "dist/token.js": tokenRows },
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + "\n");
console.log(`\nwrote ${outFile.startsWith(repoRoot) ? outFile.slice(repoRoot.length + 1) : outFile}`);

if (over.length) {
  for (const o of over) console.log(`budget exceeded: ${o.id} (${o.what}) is ${o.gzip} B gzip, budget ${o.budget} B: over by ${o.by} B`);
  if (!reportOnly) process.exit(1);
  console.log("(--report-only: exiting 0)");
} else console.log("all size budgets met");
