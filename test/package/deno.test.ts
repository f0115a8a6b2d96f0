// Deno and JSR: jsr.json publishes the TypeScript sources (src/), so Deno users get the real types
// with no `@ts-types` hint. `deno publish --dry-run` must pass, and README-style code importing
// the package by its JSR name must type-check. Offline: npm packages come from node_modules/,
// and a proxy on a closed port makes any network attempt fail instead of passing by luck.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { entries } from "../../scripts/build.mjs";
import { denoBin, ensureDeno } from "../../scripts/tools.mjs";
import { repoRoot } from "../support/bundle";

const jsr = JSON.parse(readFileSync(join(repoRoot, "jsr.json"), "utf8"));
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
// npm test installs it up front; this covers running vitest directly.
const deno = existsSync(denoBin) ? denoBin : ensureDeno();
const denoDir = mkdtempSync(join(tmpdir(), "jelou-deno-"));
// Snippets live inside the repo (git-ignored .scratch/) so `--config jsr.json` and node_modules/ apply.
const scratch = join(repoRoot, ".scratch", `deno-check-${process.pid}`);
afterAll(() => {
  rmSync(denoDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const closed = "http://127.0.0.1:9";
const env = {
  ...process.env,
  DENO_DIR: denoDir,
  HTTP_PROXY: closed,
  HTTPS_PROXY: closed,
  NPM_CONFIG_REGISTRY: closed,
  JSR_URL: closed,
  NO_COLOR: "1",
  DENO_NO_UPDATE_CHECK: "1",
};
const runDeno = (args: string[]) => spawnSync(deno!, args, { cwd: repoRoot, encoding: "utf8", timeout: 150_000, env });

/** Type-checks `code` as a Deno user's module that imports the package by its JSR name. */
function check(code: string) {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `snippet-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  return runDeno(["check", "--config", "jsr.json", "--node-modules-dir=manual", relative(repoRoot, file)]);
}

describe("jsr.json", () => {
  it("names the package, takes version and license from package.json, and exports every entry's source", () => {
    expect(jsr.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(jsr.version).toBe(pkg.version);
    expect(jsr.license).toBe(pkg.license);
    // The same entries as package.json, each to the TypeScript file dist/<name>.js is built from.
    const want = Object.fromEntries(
      Object.entries(entries as Record<string, string>).map(([name, src]) => [name === "index" ? "." : `./${name}`, `./${src}`]),
    );
    expect(jsr.exports).toEqual(want);
    expect(Object.keys(jsr.exports).sort()).toEqual(
      Object.keys(pkg.exports)
        .filter((k) => k !== "./package.json")
        .sort(),
    );
    // Bundled into dist/ for npm; for JSR, the npm packages at the versions the build uses.
    for (const dep of ["valibot", "openapi-fetch"]) expect(jsr.imports[dep]).toBe(`npm:${dep}@${pkg.devDependencies[dep]}`);
  });
});

const missing = deno ? undefined : `deno binary not found at ${denoBin} and could not be installed`;
if (missing) console.warn(`\n*** SKIPPING Deno/JSR package tests: ${missing} (this would fail under CI=true) ***\n`);
const denoIt = missing && process.env.CI !== "true" ? it.skip : it;

describe("Deno and JSR", () => {
  denoIt(
    "`deno publish --dry-run` passes, publishing src/ and nothing of the tests",
    () => {
      // --allow-slow-types: the valibot schemas' types are inferred, which JSR's fast-check cannot read.
      const r = runDeno([
        "publish",
        "--dry-run",
        "--allow-dirty",
        "--allow-slow-types",
        "--config",
        "jsr.json",
        "--node-modules-dir=manual",
      ]);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(0);
      expect(out).toContain("Success Dry run complete");
      expect(out).toMatch(/src\/index\.ts/);
      expect(out).not.toMatch(/\/(test|scripts|worker-example)\//);
    },
    180_000,
  );

  denoIt(
    "README-style code type-checks against the package by name, with no @ts-types hint; a type error fails",
    () => {
      const snippet = `import { createJelou, JelouError, messages } from "${jsr.name}";
import { JelouTokenError, mintSendToken } from "${jsr.name}/token";

const jelou = createJelou({ clientId: "CLIENT_ID", clientSecret: "CLIENT_SECRET" });
export async function greet(userId: string): Promise<string> {
  try {
    const { messageId } = await jelou.send("BOT_ID", messages.text({ userId, text: "Hola 👋" }));
    return messageId;
  } catch (e) {
    if (e instanceof JelouError && !e.maybeSent) return "not sent";
    throw e;
  }
}
export const token: Promise<string> = mintSendToken("a-signing-key-of-at-least-32-bytes!!", { iss: "backend", aud: "jelou-proxy", bot: "BOT_ID", sub: "593987654321", types: ["text"], max: 1 });
export const isJelou: boolean = new JelouTokenError("claims", "x") instanceof JelouError;
`;
      const ok = check(snippet);
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      // The check is real: a wrong type in the same code is reported.
      const bad = check(snippet.replace("Promise<string> = mintSendToken", "Promise<number> = mintSendToken"));
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toMatch(/TS2322/);
    },
    180_000,
  );
});
