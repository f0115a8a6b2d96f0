// A child `node` process imports dist/index.js directly, so this is the published bundle on
// Node's own fetch (undici), not vitest's transformed copy of src/.
import { describe } from "vitest";
import { repoRoot } from "../support/bundle";
import { runCli, runtimeTest } from "./harness";

describe("runtime: Node", () => {
  runtimeTest("Node", undefined, (input) => runCli(process.execPath, ["test/runtime/run-cli.js", JSON.stringify(input)], repoRoot));
});
