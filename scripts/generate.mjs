#!/usr/bin/env node
// openapi.yaml → generated/openapi.ts (types, by openapi-typescript) and generated/limits.ts
// (every documented limit as a named constant, so src/ never restates a number the spec owns).
//
//   node scripts/generate.mjs            write generated/
//   node scripts/generate.mjs --check    exit 1 when generated/ differs from what the spec gives
//   --spec FILE --out DIR                another spec or output folder (used by the drift test)
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { resolve, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const { values: args } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: "openapi.yaml" },
    out: { type: "string", default: "generated" },
  },
});

const HEADER = "// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.\n";

/** Keywords that carry a limit the SDK must enforce exactly as the spec says. */
const LIMIT_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "pattern", "minProperties"];

const snake = (s) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();

/**
 * Walks a schema and yields [path, keyword, value] for every limit keyword. `items`, `allOf`
 * and `oneOf` add no path segment: a limit belongs to the property a reader would name.
 */
function* limitsOf(schema, path) {
  if (!schema || typeof schema !== "object" || schema.$ref) return;
  for (const k of LIMIT_KEYWORDS) if (k in schema) yield [path, k, schema[k]];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) yield* limitsOf(sub, [...path, name]);
  if (schema.items) yield* limitsOf(schema.items, path);
  for (const sub of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) yield* limitsOf(sub, path);
}

function limitsModule(spec) {
  const lines = [HEADER];
  const seen = new Set();
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    for (const [path, keyword, value] of limitsOf(schema, [name])) {
      const id = snake([...path, keyword].join("_"));
      if (seen.has(id)) throw new Error(`two limits would both be named ${id}`);
      seen.add(id);
      const where = `#/components/schemas/${path.join(".")}`;
      lines.push(`/** \`${keyword}\` of ${where} */`);
      lines.push(`export const ${id} = ${JSON.stringify(value)};`);
    }
  }
  return lines.join("\n") + "\n";
}

async function typesModule(specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), { exportType: true });
  return HEADER + astToString(ast);
}

const specPath = resolve(args.spec);
const spec = parse(await readFile(specPath, "utf8"));
const files = {
  "openapi.ts": await typesModule(specPath),
  "limits.ts": limitsModule(spec),
};

const outDir = resolve(args.out);
if (args.check) {
  const stale = [];
  for (const [file, text] of Object.entries(files)) {
    const current = await readFile(join(outDir, file), "utf8").catch(() => null);
    if (current !== text) stale.push(relative(process.cwd(), join(outDir, file)));
  }
  if (stale.length) {
    console.error(`generated/ is stale (${stale.join(", ")}): run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`generated/ matches ${relative(process.cwd(), specPath)}`);
} else {
  await mkdir(outDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(outDir, file), text);
  console.log(`wrote ${Object.keys(files).map((f) => join(args.out, f)).join(", ")}`);
}
