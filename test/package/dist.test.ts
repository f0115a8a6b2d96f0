// What a user of the published package meets in dist/: readable code with source maps, class
// names that survive, one JelouError class shared by every entry, and an uncaught error that
// prints a line of code rather than the whole bundle. Checked in a child `node`, as users run it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { entries } from "../../scripts/build.mjs";
import { ensureBuilt, repoRoot } from "../support/bundle";
import { distModules } from "../runtime/harness";

beforeAll(() => {
  const provided = inject("bundleError");
  const error = provided === undefined ? ensureBuilt() : provided;
  if (error) throw new Error(error);
});

const names = Object.keys(entries);
/** Runs an ES module in a child node from the repo root; returns its exit code and output. */
const node = (code: string) =>
  spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: repoRoot, encoding: "utf8", timeout: 30_000 });

describe("dist/ is readable", () => {
  it.each(distModules())("%s is not one minified line and links a source map of src/", (file) => {
    const js = readFileSync(join(repoRoot, file), "utf8");
    const lines = js.split("\n");
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
    const mapName = /\/\/# sourceMappingURL=(\S+)\n?$/.exec(js)?.[1];
    expect(mapName).toBe(`${file.split("/").pop()}.map`);
    const map = JSON.parse(readFileSync(join(repoRoot, `${file}.map`), "utf8"));
    expect(map.sources.some((s: string) => /(^|\/)src\/.+\.ts$/.test(s))).toBe(true);
    // The package ships dist/ only: the map carries the sources themselves.
    expect(map.sourcesContent).toHaveLength(map.sources.length);
  });

  it("every entry of scripts/build.mjs is built, with its declarations", () => {
    for (const n of names)
      for (const ext of [".js", ".js.map", ".d.ts"]) expect(existsSync(join(repoRoot, `dist/${n}${ext}`)), `dist/${n}${ext}`).toBe(true);
  });

  it("exported classes keep their names, and an error prints as its class", () => {
    const r = node(`
      const out = {};
      for (const n of ${JSON.stringify(names)}) {
        const m = await import("./dist/" + n + ".js");
        for (const [k, v] of Object.entries(m)) if (typeof v === "function" && /^[A-Z]/.test(k)) out[n + "." + k] = v.name;
      }
      const { JelouValidationError } = await import("./dist/index.js");
      out.printed = String(new JelouValidationError([{ path: "text", message: "must not be empty" }]));
      console.log(JSON.stringify(out));`);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.printed).toBe("JelouValidationError: text: must not be empty");
    const classes = Object.entries(out).filter(([k]) => k !== "printed");
    expect(classes.length).toBeGreaterThanOrEqual(6);
    for (const [k, name] of classes) expect(name, k).toBe(k.split(".")[1]);
  });

  it("an uncaught error prints the error and one line of code, not kilobytes of bundle", () => {
    const r = node(`
      const { createJelou } = await import("./dist/index.js");
      const jelou = createJelou({ clientId: "id", clientSecret: "secret", baseUrl: "http://127.0.0.1:9" });
      await jelou.send("BOT_ID", { type: "text", userId: "593987654321", text: "" });`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^JelouValidationError: text: must not be empty$/m);
    // A minified dist printed its whole first line here: ~14 KB.
    expect(r.stderr.length, r.stderr).toBeLessThan(2000);
  });
});

describe("one error class across entries", () => {
  it("every error class of every entry is JelouError of the main entry, and the same class wherever it is exported", () => {
    const r = node(`
      const main = await import("./dist/index.js");
      const seen = {}, out = { notJelou: [], copies: [], checked: 0 };
      for (const n of ${JSON.stringify(names)}) {
        const m = await import("./dist/" + n + ".js");
        for (const [k, v] of Object.entries(m)) {
          if (typeof v !== "function" || !/^Jelou\\w*Error$/.test(k)) continue;
          out.checked++;
          if (v !== main.JelouError && !(v.prototype instanceof main.JelouError)) out.notJelou.push(n + "." + k);
          if (seen[k] && seen[k] !== v) out.copies.push(n + "." + k);
          seen[k] = v;
        }
      }
      const { JelouTokenError } = await import("./dist/token.js");
      out.token = new JelouTokenError("claims", "x") instanceof main.JelouError;
      out.messages = new (await import("./dist/messages.js")).JelouValidationError([]) instanceof main.JelouValidationError;
      out.templates = new (await import("./dist/templates.js")).JelouApiError(500, {}, false) instanceof main.JelouApiError;
      console.log(JSON.stringify(out));`);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ notJelou: [], copies: [], token: true, messages: true, templates: true });
    expect(out.checked).toBeGreaterThanOrEqual(names.length * 2);
  });
});
