#!/usr/bin/env node
// `npm test`: fetch the test-only runtimes that must stay out of the lockfile, run every vitest
// project, then print one plain closing line ("tests: N passed, N failed, N skipped") that CI reads.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { ensureDeno } from "./tools.mjs";

ensureDeno();

const report = "test-results/vitest.json";
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);

let summary = "tests: 0 passed, 0 failed";
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  // A file that fails before any test runs (an import that throws) has no failed test of its own:
  // count it as one, so the closing line never says "0 failed" for a red run.
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed` + (skipped ? `, ${skipped} skipped` : "");
} catch {
  // No report means vitest itself failed to start; its exit code below says so.
}
console.log(`\n${summary}`);
process.exit(run.status ?? 1);
