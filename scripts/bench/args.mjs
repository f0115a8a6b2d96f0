// Command-line options shared by `npm run size` and `npm run bench`.
import { join } from "node:path";
import { repoRoot } from "../fresh-bundle.mjs";

const argv = process.argv.slice(2);

/** True when `--name` was given. */
export const flag = (name) => argv.includes(`--${name}`);

/** The value after `--name`, or `fallback`. */
export const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < argv.length ? argv[at + 1] : fallback;
};

/** bench/budgets.json, or the file given with --budgets (tests use it to prove a script fails past a budget). */
export const budgetsFile = () => option("budgets", join(repoRoot, "bench/budgets.json"));
