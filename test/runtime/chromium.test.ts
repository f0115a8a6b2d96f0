// Chromium, headless, through playwright-core and the Debian browser binary. The page is served
// from its own 127.0.0.1 origin, so every call to the mock is cross-origin: preflight, CORS and
// the browser's fetch are all part of what is tested.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe } from "vitest";
import { chromiumArgs, chromiumBin } from "../../scripts/tools.mjs";
import { repoRoot } from "../support/bundle";
import type { Outcome } from "./expected";
import { distModules, runtimeTest } from "./harness";

// Only these files are served: dist/'s modules (dist/index.js imports dist/chunks/*.js) and the
// scenario; listed and read per request so a rebuilt dist/ is what the page gets.
const fileFor = (url: string): string | undefined => {
  if (url === "/scenario.js") return join(repoRoot, "test/runtime/scenario.js");
  const inDist = distModules().find((f) => `/${f}` === url);
  return inDist && join(repoRoot, inDist);
};
// Loaded the way a user's page would, as module scripts. (page.evaluate cannot import(): vitest
// rewrites import() inside the callback before Playwright serialises it.)
const page = `<!doctype html><meta charset="utf-8"><title>jelou-sdk runtime test</title>
<script type="module">
  import * as sdk from "/dist/index.js";
  import { runScenario } from "/scenario.js";
  window.jelouRun = (input) => runScenario(sdk, input);
</script>`;

async function startStaticServer() {
  const server = createServer((req, res) => {
    const file = fileFor(req.url ?? "");
    if (req.url === "/") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
    else if (file) res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" }).end(readFileSync(file));
    else res.writeHead(req.url === "/favicon.ico" ? 204 : 404).end(); // keep the console clean
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const missing = existsSync(chromiumBin) ? undefined : `no Chromium at ${chromiumBin} (set CHROMIUM_PATH)`;

describe("runtime: Chromium", () => {
  runtimeTest("Chromium", missing, async (input) => {
    const { chromium } = await import("playwright-core");
    // launch() gives each run a fresh temporary profile, deleted on close.
    const browser = await chromium.launch({
      executablePath: chromiumBin,
      args: chromiumArgs,
      timeout: 60_000,
    });
    const site = await startStaticServer();
    try {
      const tab = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      tab.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      tab.on("pageerror", (e) => void errors.push(String(e)));
      await tab.goto(site.url); // resolves after "load", i.e. after the module scripts ran
      if (!(await tab.evaluate(() => "jelouRun" in window))) {
        throw new Error(`the page could not load the bundle:\n${errors.join("\n")}`);
      }
      const results = await tab.evaluate((i) => (window as any).jelouRun(i), input);
      // CORS failures surface only as a generic TypeError in the page; the console says why.
      if (errors.length) console.warn(`Chromium console errors:\n${errors.join("\n")}`);
      return results as Outcome[];
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
