// Deno with the narrowest permissions the SDK should need: network to the mock and reading the
// repo. No --allow-env: the bundle must not touch process.env or Deno.env at import or send time.
import { existsSync } from "node:fs";
import { describe } from "vitest";
import { denoBin, ensureDeno } from "../../scripts/tools.mjs";
import { repoRoot } from "../support/bundle";
import { runCli, runtimeTest } from "./harness";

// npm test installs it up front; this covers running vitest directly.
const deno = existsSync(denoBin) ? denoBin : ensureDeno();

describe("runtime: Deno", () => {
  runtimeTest("Deno", deno ? undefined : `deno binary not found at ${denoBin} and could not be installed`, (input) =>
    runCli(
      deno!,
      [
        "run",
        "--no-prompt", // a missing permission must fail, not wait on a prompt
        "--no-config", // ignore package.json/deno.json discovery: the bundle has no imports
        "--allow-net=127.0.0.1",
        `--allow-read=${repoRoot}`,
        "test/runtime/run-cli.js",
        JSON.stringify(input),
      ],
      repoRoot,
    ),
  );
});
