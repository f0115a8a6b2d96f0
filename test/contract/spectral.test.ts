// The contract is for everyone who reads it: Spectral's `spectral:oas` ruleset (.spectral.yaml)
// must find no error in openapi.yaml. Spectral checks examples against the schemas with its own
// regex reading (ECMA-262 without the `u` flag), which is why patterns must be portable.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../support/spec.js";

describe("openapi.yaml", () => {
  it("passes spectral lint (spectral:oas) with no error", { timeout: 120_000 }, () => {
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/spectral"),
      ["lint", "openapi.yaml", "--ruleset", ".spectral.yaml", "--fail-severity", "error", "--format", "text"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    const output = `${r.stdout ?? ""}\n${r.stderr ?? ""}\n${r.error ?? ""}`;
    expect(r.error, output).toBeUndefined();
    expect(r.status, output).toBe(0);
  });
});
