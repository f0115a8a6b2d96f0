// Which bytes of a minified bundle come from which input module, read from its source map, so
// each module's contribution can be gzipped: alone ("gzip alone") and as what removing it from
// the bundle would save ("gzip saved"; cross-module redundancy makes it smaller than alone).
import { gzipBytes } from "./compress.mjs";

const B64 = Object.fromEntries([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const d = B64[ch];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Splits `code` into ranges, in order: [{ src, text }]; their texts concatenate back to `code`.
 * A generated range runs from one mapping to the next; bytes before the first mapping of a line,
 * or mapped to no source, go to "(glue)".
 * @param {string} code @param {{ sources: string[], mappings: string }} map
 */
export function ranges(code, map) {
  const lines = code.split("\n");
  const out = [];
  const add = (src, text) => text && out.push({ src, text });
  let src = 0;
  map.mappings.split(";").forEach((lineMappings, li) => {
    const line = lines[li] ?? "";
    let col = 0;
    let prevCol = 0;
    let prevSrc = "(glue)";
    for (const seg of lineMappings ? lineMappings.split(",") : []) {
      const f = vlq(seg);
      col += f[0];
      add(prevSrc, line.slice(prevCol, col));
      if (f.length >= 4) src += f[1];
      prevSrc = f.length >= 4 ? map.sources[src] : "(glue)";
      prevCol = col;
    }
    add(prevSrc, line.slice(prevCol) + (li < lines.length - 1 ? "\n" : ""));
  });
  // Lines after the last mapped one (esbuild's trailing newline).
  for (let li = map.mappings.split(";").length; li < lines.length; li++) add("(glue)", lines[li] + (li < lines.length - 1 ? "\n" : ""));
  return out;
}

/** `../node_modules/valibot/dist/index.js` → `valibot/dist/index.js`; `../src/x.ts` → `src/x.ts`. */
export const shortName = (source) => source.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "");
const packageOf = (path) => (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path) ?? [])[1];

/** The inputs of the one .js output of a metafile. */
export const jsInputs = (metafile) => Object.entries(metafile.outputs).find(([path]) => path.endsWith(".js"))?.[1].inputs ?? {};

/**
 * Per-module breakdown of one bundle: bytes in the output (esbuild's metafile), gzip of the
 * module's bytes alone, and the gzip bytes the bundle would lose without them.
 * @param {string} code @param {object} map @param {Record<string, { bytesInOutput: number }>} metaInputs
 */
export function breakdown(code, map, metaInputs) {
  const parts = ranges(code, map);
  if (parts.map((p) => p.text).join("") !== code) throw new Error("source-map attribution lost bytes");
  const pieces = new Map();
  for (const p of parts) pieces.set(p.src, (pieces.get(p.src) ?? "") + p.text);
  const total = gzipBytes(code);
  const inputs = Object.entries(metaInputs);
  const rows = [];
  for (const [source, text] of pieces) {
    // A package's own source map can name its original source (openapi-fetch: src/index.js for
    // dist/index.mjs): then the package's one input in the metafile is the match.
    const pkg = packageOf(source);
    const samePkg = pkg ? inputs.filter(([k]) => packageOf(k) === pkg) : [];
    const [metaName, meta] =
      inputs.find(([k]) => shortName(k) === shortName(source)) ?? (samePkg.length === 1 ? samePkg[0] : [source, undefined]);
    const name = shortName(metaName);
    // Remove this module's ranges from the bundle, keeping the others in order, and gzip the rest.
    let rest = "";
    for (const p of parts) if (p.src !== source) rest += p.text;
    rows.push({
      module: name,
      bytesInOutput: meta?.bytesInOutput ?? Buffer.byteLength(text),
      mappedBytes: Buffer.byteLength(text),
      gzipAlone: gzipBytes(text),
      gzipSaved: total - gzipBytes(rest),
    });
  }
  // Inputs that contributed nothing to the output (types only, or fully tree-shaken) are left out.
  return rows.sort((a, b) => b.bytesInOutput - a.bytesInOutput);
}
