// Greedy shrinking of a JSON counterexample: fast-check cannot shrink through `chain`, and a
// 5,000-character payload says little. Repeatedly tries a smaller variant (a key dropped, an item
// dropped, a string or number simplified) and keeps it while `stillFails` holds.
import type { Json } from "./arbitrary-from-schema";
import type { PathItem } from "./mutations";

function* smaller(root: Json): Generator<Json> {
  const at = (path: PathItem[], f: (container: Json, key: PathItem) => void): Json => {
    const copy = structuredClone(root);
    let x = copy;
    for (const k of path.slice(0, -1)) x = x[k];
    f(x, path[path.length - 1]!);
    return copy;
  };
  function* walk(value: Json, path: PathItem[]): Generator<Json> {
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        yield path.length ? at(path, (c, k) => c[k].splice(i, 1)) : root.filter((_: Json, j: number) => j !== i);
      for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
    } else if (value && typeof value === "object") {
      for (const k of Object.keys(value)) yield path.length ? at(path, (c, p) => delete c[p][k]) : (({ [k]: _, ...rest }) => rest)(root);
      for (const k of Object.keys(value)) yield* walk(value[k], [...path, k]);
    } else if (path.length) {
      const simpler: Json[] =
        typeof value === "string"
          ? [...new Set(["x", [...value][0] ?? "", [...value].slice(0, Math.ceil([...value].length / 2)).join("")])].filter(
              (s) => s.length < value.length || (s === "x" && value !== "x" && s.length <= value.length),
            )
          : typeof value === "number"
            ? [0, 1, Math.trunc(value)].filter((n) => n !== value && Math.abs(n) <= Math.abs(value))
            : [];
      for (const s of simpler) yield at(path, (c, k) => (c[k] = s));
    }
  }
  yield* walk(root, []);
}

/**
 * The smallest variant of `x` found for which `stillFails` holds, within `budgetMs` (it runs
 * synchronously, so it must stop by itself: a test timeout cannot interrupt it).
 */
export function minimize(x: Json, stillFails: (y: Json) => boolean, budgetMs = 5_000): Json {
  const deadline = Date.now() + budgetMs;
  let current = x;
  for (let progress = true; progress && Date.now() < deadline;) {
    progress = false;
    for (const candidate of smaller(current)) {
      if (Date.now() > deadline) break;
      if (stillFails(candidate)) {
        current = candidate;
        progress = true;
        break;
      }
    }
  }
  return current;
}
