#!/usr/bin/env node
// openapi.yaml → generated/openapi.ts (types, by openapi-typescript), generated/limits.ts (every
// documented limit as a named constant, so src/ never restates a number the spec owns) and
// generated/messages.ts (the message `type` values of `Message.oneOf`), each data file with a JSON
// twin (limits.json, messages.json) for plain-JS readers (the playground server, scripts), and
// generated/requests.ts (a valibot schema per request body, query and header set; generate/valibot.mjs).
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
import { serversModule } from "./generate/servers.mjs";
import { requestsModule } from "./generate/valibot.mjs";
import { examplesModule } from "./generate/examples.mjs";

const { values: args } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: "openapi.yaml" },
    out: { type: "string", default: "generated" },
  },
});

const HEADER = "// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.\n";

/**
 * Keywords that carry a limit the SDK must enforce exactly as the spec says. `x-sdk-pattern` is
 * what the SDK enforces where the spec's portable `pattern` cannot say it all (ButtonTitle): it is
 * emitted as `<NAME>_SDK_PATTERN`, next to `<NAME>_PATTERN` (the spec's `pattern`).
 */
const LIMIT_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "pattern",
  "x-sdk-pattern",
  "minProperties",
  "maxProperties",
];

/** A JS/JSON literal in ASCII: non-ASCII characters (the portable patterns hold literal emoji) as \\u escapes. */
const literal = (value) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const snake = (s) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();

/**
 * Walks a schema and yields [path, keyword, value] for every limit keyword. `items`, `allOf`,
 * `oneOf` and the `then`/`else` of a condition add no path segment: a limit belongs to the
 * property a reader would name.
 */
function* limitsOf(schema, path) {
  if (!schema || typeof schema !== "object" || schema.$ref) return;
  for (const k of LIMIT_KEYWORDS) if (k in schema) yield [path, k, schema[k]];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) yield* limitsOf(sub, [...path, name]);
  if (schema.items) yield* limitsOf(schema.items, path);
  for (const sub of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), schema.then, schema.else]) yield* limitsOf(sub, path);
}

/** Every limit of the spec: `{ NAME: { value, keyword, schema } }`, in spec order. */
function specLimits(spec) {
  const limits = {};
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    for (const [path, keyword, value] of limitsOf(schema, [name])) {
      const id = snake([...path, keyword.replace(/^x-sdk-/, "sdk-")].join("_"));
      if (Object.hasOwn(limits, id)) throw new Error(`two limits would both be named ${id}`);
      limits[id] = { value, keyword, schema: path.join(".") };
    }
  }
  return limits;
}

function limitsModule(limits) {
  const lines = [HEADER];
  for (const [id, { value, keyword, schema }] of Object.entries(limits)) {
    lines.push(`/** \`${keyword}\` of #/components/schemas/${schema} */`);
    lines.push(`export const ${id} = ${literal(value)};`);
  }
  return lines.join("\n") + "\n";
}

/**
 * The options of `Message.oneOf`, in spec order: `{ schema, type }`, where `type` is the option's
 * `properties.type` `const` (or its one-value `enum`). Two options may share a `type` (text and list).
 */
function messageOptions(spec) {
  const schemas = spec.components.schemas;
  return schemas.Message.oneOf.map(({ $ref }) => {
    const schema = $ref.replace("#/components/schemas/", "");
    const t = schemas[schema]?.properties?.type;
    const type = t?.const ?? (t?.enum?.length === 1 ? t.enum[0] : undefined);
    if (typeof type !== "string") throw new Error(`${schema}: a Message option needs a single-valued properties.type`);
    return { schema, type };
  });
}

function messagesModule(options) {
  const types = [...new Set(options.map((o) => o.type))];
  return `${HEADER}
/** The message \`type\` values of #/components/schemas/Message, in spec order, each once (\`text\` serves text and list). */
export const MESSAGE_TYPES = ${literal(types)} as const;
/** One message \`type\` of \`POST /v1/bots/{botId}/messages\`. */
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Each option of #/components/schemas/Message, in spec order: its component schema and its \`type\`. */
export const MESSAGE_SCHEMAS = [
${options.map((o) => `  { schema: ${literal(o.schema)}, type: ${literal(o.type)} },`).join("\n")}
] as const;
/** The component schema name of one message option. */
export type MessageSchemaName = (typeof MESSAGE_SCHEMAS)[number]["schema"];
`;
}

const json = (value) => JSON.stringify(value, null, 2) + "\n";

async function typesModule(specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), { exportType: true });
  return HEADER + astToString(ast);
}

const specPath = resolve(args.spec);
const spec = parse(await readFile(specPath, "utf8"));
const limits = specLimits(spec);
const options = messageOptions(spec);
const files = {
  "openapi.ts": await typesModule(specPath),
  "limits.ts": limitsModule(limits),
  "limits.json": json(limits),
  "messages.ts": messagesModule(options),
  "messages.json": json({ types: [...new Set(options.map((o) => o.type))], schemas: options }),
  "servers.ts": serversModule(spec, HEADER),
  "requests.ts": requestsModule(spec, limits, { header: HEADER, literal }),
  "examples.ts": examplesModule(spec, HEADER, literal),
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
  console.log(
    `wrote ${Object.keys(files)
      .map((f) => join(args.out, f))
      .join(", ")}`,
  );
}
