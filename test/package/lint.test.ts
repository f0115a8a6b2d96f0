// The tarball `npm pack` makes, as npm would publish it, linted by publint (package.json fields,
// exports, files) and by Are The Types Wrong (each export's types resolve under node16 and
// bundler resolution; ESM-only, so the esm-only profile). Both run offline on the local tarball.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureBuilt, repoRoot } from "../support/bundle";

const dir = mkdtempSync(join(tmpdir(), "jelou-pack-"));
let tarball = "";
// Anything that tries the network fails at once instead of passing by luck.
const offline = {
  ...process.env,
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
  npm_config_offline: "true",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
};
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", timeout: 90_000, env: offline });

beforeAll(() => {
  const provided = inject("bundleError");
  const error = provided === undefined ? ensureBuilt() : provided;
  if (error) throw new Error(error);
  const r = spawnSync("npm", ["pack", "--pack-destination", dir, "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60_000,
    env: offline,
  });
  if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stdout}\n${r.stderr}`);
  tarball = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz"))!,
  );
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("package lint", () => {
  it("the tarball holds dist/ with its chunks, source maps and declarations, and no src/ or tests", () => {
    const r = spawnSync("tar", ["tzf", tarball], { encoding: "utf8" });
    const files = r.stdout
      .split("\n")
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ""));
    expect(files).toEqual(
      expect.arrayContaining(["package.json", "dist/index.js", "dist/index.js.map", "dist/index.d.ts", "dist/token.js"]),
    );
    expect(files.some((f) => /^dist\/chunks\/errors\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /^(src|test|scripts|worker-example|playground)\//.test(f))).toEqual([]);
  });

  it("publint --strict finds nothing", () => {
    const r = run(["node_modules/publint/src/cli.js", "run", tarball, "--strict", "--level", "suggestion"]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("All good!");
  }, 90_000);

  it("attw (esm-only profile) finds no problem in any entry", () => {
    const r = run([
      "node_modules/@arethetypeswrong/cli/dist/index.js",
      tarball,
      "--profile",
      "esm-only",
      "--no-definitely-typed",
      "--format",
      "json",
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    // The JSON lists every problem; the esm-only profile ignores node10 and CJS-importing-ESM.
    const ignored = ["node10", "node16-cjs"];
    const problems = Object.values<{ resolutionKind?: string }[]>(json.problems ?? {}).flat();
    expect(problems.filter((p) => !ignored.includes(p.resolutionKind ?? ""))).toEqual([]);
    expect(Object.keys(json.analysis.entrypoints)).toEqual(expect.arrayContaining([".", "./messages", "./templates", "./token"]));
  }, 90_000);
});
