// The formatter's verdict is part of the suite: code that `npm run format` would change fails here.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/spec.js";

describe("formatting", () => {
  it("prettier --check finds nothing to change (npm run format fixes it)", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/prettier/bin/prettier.cjs"), "--check", "."], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  }, 60_000);
});
