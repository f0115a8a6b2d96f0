// Shared shape of the four runtime tests: each supplies only "how to run the scenario in my
// runtime"; starting the mock, checking results and arrivals, and the skip policy live here.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { it, inject } from "vitest";
import { ensureBuilt, repoRoot } from "../support/bundle";
import { startMockJelou } from "../support/mock-jelou";
import { assertArrivals, assertResults, cases, flow, scenarioInput, type Outcome } from "./expected";

declare module "vitest" {
  interface ProvidedContext {
    bundleError: string | null;
  }
}

export const RUNTIME_TIMEOUT = 120_000;

/**
 * Every ES module in dist/ (the entries and the dist/chunks/ files they import), as paths relative
 * to the repo root: a runtime that needs its module list up front (workerd) or serves files by
 * name (the Chromium page) gets all of them, read fresh after a rebuild.
 */
export function distModules(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  return walk(join(repoRoot, "dist"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => relative(repoRoot, f));
}
type Input = ReturnType<typeof scenarioInput>;

function requireBundle(): void {
  const provided = inject("bundleError");
  // undefined: no global setup ran (custom config), so check and build here instead.
  const error = provided === undefined ? ensureBuilt() : provided;
  if (error) throw new Error(error);
}

/**
 * One test per runtime. A missing runtime skips loudly on a dev machine but fails under
 * CI=true, where every runtime is expected to be installed.
 */
export function runtimeTest(runtime: string, missing: string | undefined, run: (input: Input) => Promise<Outcome[]>) {
  const title = `the built bundle sends every contract example correctly from ${runtime}`;
  if (missing && process.env.CI !== "true") {
    console.warn(`\n*** SKIPPING ${runtime} runtime test: ${missing} (this would fail under CI=true) ***\n`);
    it.skip(title);
    return;
  }
  it(
    title,
    async () => {
      if (missing) throw new Error(`${runtime} is unavailable under CI=true: ${missing}`);
      requireBundle();
      const mock = await startMockJelou();
      try {
        const started = Date.now();
        const results = await run(scenarioInput(mock.url));
        console.log(`${runtime}: scenario ran in ${Date.now() - started} ms`);
        assertResults(results, cases);
        assertArrivals(mock.requests, cases, flow);
      } finally {
        await mock.close();
      }
    },
    RUNTIME_TIMEOUT,
  );
}

/** Runs a CLI runtime on test/runtime/run-cli.js and returns the RESULTS line it prints. */
export function runCli(bin: string, args: string[], cwd: string): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { cwd, timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const line = stdout.split("\n").find((l) => l.startsWith("RESULTS "));
      if (err || !line) {
        const shown = [bin, ...args.slice(0, -1), "<input json>"].join(" "); // the input is long
        reject(new Error(`${shown} failed: ${err?.message ?? "no RESULTS line"}\n${stdout}\n${stderr}`));
        return;
      }
      resolve(JSON.parse(line.slice("RESULTS ".length)));
    });
  });
}
