// Shared by the end-to-end tests: Chromium launched like test/runtime (playwright-core, the Debian
// binary, same flags, same skip policy), a recorder of everything the page sends and receives,
// and a PNG pixel check done by Chromium itself (no image library in the tree).
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { chromiumArgs, chromiumBin } from "../../scripts/tools.mjs";
import { ensureBuilt } from "../support/bundle";

export const E2E_TIMEOUT = 120_000;
const missing = existsSync(chromiumBin) ? undefined : `no Chromium at ${chromiumBin} (set CHROMIUM_PATH)`;

/** A Chromium test: skips loudly without Chromium on a dev machine, fails under CI=true. */
export function chromiumTest(title: string, run: (browser: Browser) => Promise<void>) {
  if (missing && process.env.CI !== "true") {
    console.warn(`\n*** SKIPPING "${title}": ${missing} (this would fail under CI=true) ***\n`);
    it.skip(title);
    return;
  }
  it(
    title,
    async () => {
      if (missing) throw new Error(`Chromium is unavailable under CI=true: ${missing}`);
      const error = ensureBuilt(); // global setup built it already: normally a cheap freshness check
      if (error) throw new Error(error);
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: chromiumBin,
        args: chromiumArgs,
        timeout: 60_000,
      });
      try {
        await run(browser);
      } finally {
        await browser.close();
      }
    },
    E2E_TIMEOUT,
  );
}

/** Collects console errors and uncaught exceptions; `check()` throws if there were any it does not `allow`. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(`console: ${m.text()}`)));
  page.on("pageerror", (e) => void errors.push(`pageerror: ${e}`));
  return {
    errors,
    check(allow?: RegExp) {
      const unexpected = errors.filter((e) => !allow?.test(e));
      if (unexpected.length) throw new Error(`the page reported errors:\n${unexpected.join("\n")}`);
    },
  };
}

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  postData: string | null;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
}

/**
 * Records every request the page makes and every response it gets: headers as sent on the wire
 * (allHeaders), post bodies and response bodies. `done()` waits for the pending reads.
 */
export function recordTraffic(page: Page) {
  const log: Exchange[] = [];
  const pending: Promise<unknown>[] = [];
  const byRequest = new Map<object, Exchange>();
  page.on("request", (req) => {
    const entry: Exchange = { method: req.method(), url: req.url(), requestHeaders: {}, postData: req.postData() };
    log.push(entry);
    byRequest.set(req, entry);
    pending.push(
      req.allHeaders().then(
        (h) => void (entry.requestHeaders = h),
        () => {},
      ),
    );
  });
  page.on("response", (res) => {
    const entry = byRequest.get(res.request());
    if (!entry) return;
    entry.status = res.status();
    pending.push(
      res.allHeaders().then(
        (h) => void (entry.responseHeaders = h),
        () => {},
      ),
    );
    pending.push(
      res.body().then(
        (b) => void (entry.responseBody = b.toString("utf8")),
        () => {},
      ),
    );
  });
  return {
    log,
    async done(): Promise<Exchange[]> {
      for (let n = 0; n !== pending.length;) {
        n = pending.length;
        await Promise.allSettled(pending);
      }
      return log;
    },
  };
}

/** Every byte of the recorded traffic as one searchable string. */
export const trafficText = (log: Exchange[]) => log.map((e) => JSON.stringify(e)).join("\n");

/**
 * Fails if any credential of the stack (the client secret, the Basic string's base64, the token
 * signing key) appears in the page's recorded traffic or in its final HTML.
 */
export function expectNoSecrets(
  secrets: { clientSecret: string; basicAuthorization: string; signingKey: string },
  log: Exchange[],
  html: string,
) {
  const text = trafficText(log);
  for (const [name, secret] of Object.entries({
    clientSecret: secrets.clientSecret,
    basicBase64: secrets.basicAuthorization.slice("Basic ".length),
    signingKey: secrets.signingKey,
  })) {
    expect(text.includes(secret), `${name} appeared in the page's traffic`).toBe(false);
    expect(html.includes(secret), `${name} appeared in the page`).toBe(false);
  }
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Decodes a PNG in Chromium and measures `region` of it (default: all): distinct colours, and how
 * many pixels are near (±6 per channel) each of `targets`.
 */
export async function pixelStats(
  browser: Browser,
  png: Buffer,
  region?: Region,
  targets: Record<string, readonly [number, number, number]> = {},
) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, region, targets }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const r = region ?? { x: 0, y: 0, width: img.width, height: img.height };
        const d = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)).data;
        const colours = new Set<number>();
        const near: Record<string, number> = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
        for (let i = 0; i < d.length; i += 4) {
          colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
          for (const [k, [red, g, b]] of Object.entries(targets))
            if (Math.abs(d[i]! - red) <= 6 && Math.abs(d[i + 1]! - g) <= 6 && Math.abs(d[i + 2]! - b) <= 6) near[k]!++;
        }
        return { width: img.width, height: img.height, distinct: colours.size, near };
      },
      { b64: png.toString("base64"), region, targets },
    );
  } finally {
    await page.close();
  }
}

/** PNG signature and IHDR size, read directly from the bytes. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString("latin1", 12, 16) !== "IHDR") throw new Error("not a PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
