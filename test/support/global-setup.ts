// Runs once in the main vitest process, before any worker, so parallel test files never build
// concurrently. A failed build is handed to the runtime tests rather than aborting the whole run.
import type { TestProject } from "vitest/node";
import { ensureBuilt } from "./bundle";

export default function setup(project: TestProject) {
  project.provide("bundleError", ensureBuilt() ?? null);
}
