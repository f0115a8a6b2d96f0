// The playground in headless Chromium: live limit counters (code points), issues with their paths,
// the exact JSON, the WhatsApp-like preview (list button and sheet, carousel cards), a send through
// the proxy, and screenshots in test-results/ checked for a rendered preview. The Template tab:
// live validation with the SDK, a send to two numbers through the app backend's
// /api/templates/send (never the proxy, never a credential in the page), at 1280 and 390 px.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { repoRoot } from "../../scripts/fresh-bundle.mjs";
import { readLimits, startStack } from "../../scripts/stack.mjs";
import { spec } from "../support/spec";
import { chromiumTest, expectNoSecrets, pixelStats, pngSize, recordTraffic, watchErrors } from "./support";

const outDir = join(repoRoot, "test-results");
const limits = readLimits();
const TITLE_MAX = limits.LIST_OPTION_TITLE_MAX_LENGTH?.value as number;
const PARAM_MAX = limits.TEMPLATE_SEND_REQUEST_PARAMETERS_MAX_LENGTH?.value as number;
// What the SDK says of a phone number that breaks `PhoneNumber`'s pattern (its `x-pattern-message`).
const PHONE_ISSUE = `must be ${spec.components.schemas.PhoneNumber["x-pattern-message"]}`;

let stack: Awaited<ReturnType<typeof startStack>>;
let mock: NonNullable<typeof stack.mock>; // the tests never point the stack at the real API
beforeAll(async () => {
  stack = await startStack({ onProxyOutput: () => {} });
  if (!stack.mock) throw new Error("startStack() without JELOU_BASE_URL must run the mock Jelou");
  mock = stack.mock;
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await stack?.close();
});

const counter = (page: Page, path: string) => page.locator(`[data-counter-for="${path}"]`);
const json = async (page: Page) => JSON.parse((await page.textContent("#json")) ?? "");

type RGB = readonly [number, number, number];
type Colours = Record<string, { rgb: RGB; min: number }>;
// WhatsApp-ish colours the preview must show, with how many pixels at least: header green, chat
// beige, bubble white (areas), and the blue of a button label (text only, so fewer pixels).
const CHAT: Colours = {
  header: { rgb: [0, 128, 105], min: 5000 },
  chat: { rgb: [239, 234, 226], min: 20_000 },
  bubble: { rgb: [255, 255, 255], min: 3000 },
  "button label": { rgb: [2, 126, 181], min: 30 },
};
// With the list sheet open: the chat behind a 40 % black backdrop, and the white sheet.
const SHEET: Colours = {
  "dimmed header": { rgb: [0, 77, 63], min: 5000 },
  "dimmed chat": { rgb: [143, 140, 136], min: 10_000 },
  sheet: { rgb: [255, 255, 255], min: 20_000 },
};

/** Saves a full-page screenshot and checks that it is a real PNG whose preview region is drawn in `colours`. */
async function screenshot(browser: Browser, page: Page, name: string, colours: Colours, phoneSelector = "#preview .phone") {
  const file = join(outDir, `playground-${name}.png`);
  await page.evaluate(() => scrollTo(0, 0)); // the preview panel is sticky: shoot it in place
  const png = await page.screenshot({ path: file, fullPage: true });
  const size = pngSize(png);
  expect(size.width).toBe(page.viewportSize()!.width);
  expect(png.length).toBeGreaterThan(30_000);

  // The phone's region of that very file, in page coordinates, against a blank strip of the header.
  const phone = await page.locator(phoneSelector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  });
  const stats = await pixelStats(browser, png, phone, Object.fromEntries(Object.entries(colours).map(([k, c]) => [k, c.rgb])));
  const blank = await pixelStats(browser, png, { x: size.width - 60, y: 2, width: 50, height: 8 });
  expect(blank.distinct).toBeLessThanOrEqual(2);
  expect(stats.distinct).toBeGreaterThan(200); // text, icons, gradients: a drawn phone, not a flat box
  for (const [name, n] of Object.entries(stats.near)) expect(n, `pixels of the ${name} colour`).toBeGreaterThanOrEqual(colours[name]!.min);
  return { file, bytes: png.length, ...stats };
}

describe("e2e: the playground", () => {
  chromiumTest("edits a list and a carousel with live counters, JSON, preview and a send; screenshots show the chat", async (browser) => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const errors = watchErrors(page);
    await page.goto(stack.url);
    await page.waitForSelector("body[data-ready]");

    // ---- list: counters count code points against the limit from /api/limits
    await page.click('[data-type="list"]');
    await expect.poll(() => page.getAttribute('[data-type="list"]', "aria-pressed")).toBe("true");
    const title0 = '[data-path="options.0.title"]';
    await page.fill(title0, "🍕".repeat(TITLE_MAX)); // 24 code points, 48 UTF-16 units
    expect(await counter(page, "options.0.title").textContent()).toBe(`${TITLE_MAX}/${TITLE_MAX}`);
    expect(await counter(page, "options.0.title").getAttribute("class")).not.toContain("over");
    expect(await page.textContent("#valid")).toBe("valid");

    await page.fill(title0, "x".repeat(TITLE_MAX + 1));
    expect(await counter(page, "options.0.title").textContent()).toBe(`${TITLE_MAX + 1}/${TITLE_MAX}`);
    expect(await counter(page, "options.0.title").getAttribute("class")).toContain("over");
    expect(await page.getAttribute(title0, "aria-invalid")).toBe("true");
    expect(await page.textContent("#valid")).toBe("1 issue");
    expect(await page.locator("#issues li").allTextContents()).toEqual([
      `options.0.title must be at most ${TITLE_MAX} characters, got ${TITLE_MAX + 1}`,
    ]);

    // ---- back to valid, one more option; the JSON panel is exactly the payload
    await page.fill(title0, "Extra large pizza");
    expect(await counter(page, "options.0.title").textContent()).toBe(`17/${TITLE_MAX}`);
    expect(await page.getAttribute(title0, "aria-invalid")).toBeNull();
    await page.click('[data-add="options"]');
    await page.fill('[data-path="options.2.title"]', "Family size");
    await page.fill('[data-path="options.2.description"]', "Serves four");
    const list = {
      type: "text",
      userId: "593987654321",
      title: "Menu",
      text: "Please select an option",
      buttonText: { text: "See options" },
      options: [
        { id: "s", title: "Extra large pizza", description: "For one person" },
        { id: "l", title: "Large", description: "Serves two" },
        { title: "Family size", description: "Serves four" },
      ],
    };
    expect(await json(page)).toEqual(list);
    expect(await page.textContent("#valid")).toBe("valid");

    // ---- preview: the list button opens the sheet with the options; edits show in the open sheet
    expect(await page.textContent(".wa-list-button")).toBe("See options");
    expect(await page.locator(".wa-sheet").count()).toBe(0);
    const listShot = await screenshot(browser, page, "list", CHAT);
    await page.click(".wa-list-button");
    await page.waitForSelector(".wa-sheet");
    expect(await page.locator(".wa-sheet-head").textContent()).toBe("See options");
    expect(await page.locator(".wa-option-title").allTextContents()).toEqual(["Extra large pizza", "Large", "Family size"]);
    await page.fill('[data-path="options.1.description"]', "Serves two or three");
    expect(await page.locator(".wa-option .wa-meta").nth(1).textContent()).toBe("Serves two or three");
    list.options[1]!.description = "Serves two or three";
    const sheetShot = await screenshot(browser, page, "list-sheet", SHEET);

    // ---- send it: what the mock Jelou received is exactly the JSON panel
    mock.reset();
    await page.click("#send");
    await page.waitForSelector("#result[data-status=ok], #result[data-status=error]");
    expect(await page.getAttribute("#result", "data-status")).toBe("ok");
    await expect.poll(() => page.textContent("#result")).toContain("mock Jelou received POST /v1/bots/BOT_ID/messages (Basic ok)");
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]?.json).toEqual(list);

    // ---- carousel: cards render side by side and scroll
    await page.click('[data-type="CAROUSEL"]');
    await page.waitForSelector(".wa-carousel");
    expect(await page.locator(".wa-card").count()).toBe(2);
    await page.click('[data-add="parameters.cards"]');
    expect(await page.locator(".wa-card").count()).toBe(3);
    expect(await page.locator(".wa-card .wa-text").allTextContents()).toEqual(["Deal #1", "Deal #2", "Deal #3"]);
    await page.selectOption('[data-path="parameters.cards.1.type"]', ""); // card 2 → quick replies
    await page.fill('[data-path="parameters.cards.1.action.buttons.0.quick_reply.title"]', "Interested!");
    expect(await page.locator(".wa-card").nth(1).locator(".wa-action").allTextContents()).toEqual(["Interested!"]);
    const strip = await page
      .locator(".wa-carousel")
      .evaluate((el) => ({ overflow: getComputedStyle(el).overflowX, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(strip.overflow).toBe("auto");
    expect(strip.scroll).toBeGreaterThan(strip.client * 1.5);
    // It scrolls sideways (scroll-snap lands on card 2, the quick-reply one, for the screenshot).
    const left = await page.locator(".wa-carousel").evaluate(async (el) => {
      el.scrollLeft = 200;
      await new Promise((r) => setTimeout(r, 300));
      return el.scrollLeft;
    });
    expect(left).toBeGreaterThan(0);
    const carousel = await json(page);
    expect(carousel.parameters.cards.map((c: any) => c.card_index)).toEqual([0, 1, 2]);
    expect(carousel.parameters.cards[1]).toEqual({
      card_index: 1,
      header: { type: "image", image: { link: "https://example.com/image2.png" } },
      body: { text: "Deal #2" },
      action: { buttons: [{ type: "quick_reply", quick_reply: { title: "Interested!", id: "deal2" } }] },
    });
    expect(await page.textContent("#valid")).toBe("valid");
    const carouselShot = await screenshot(browser, page, "carousel", CHAT);

    for (const s of [listShot, sheetShot, carouselShot])
      console.log(`screenshot ${s.file}: ${s.bytes} B, ${s.distinct} colours in the phone`);
    errors.check();
  });

  chromiumTest(
    "the Template tab validates as you type, sends to two numbers through the app backend, and fits 1280 and 390 px",
    async (browser) => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      const errors = watchErrors(page);
      const traffic = recordTraffic(page);
      await page.goto(stack.url);
      await page.waitForSelector("body[data-ready]");
      await page.click('[data-tab="template"]');
      await page.waitForSelector("#template-tab:not([hidden])");
      expect(await page.isVisible("#messages-tab")).toBe(false);
      expect(await page.isVisible("#userId")).toBe(false); // recipients are the destinations here
      expect(new URL(page.url()).hash).toBe("#template");

      const tab = (path: string) => `#template-tab [data-path="${path}"]`;
      const issues = () => page.locator("#template-issues li").allTextContents();
      const slot = (path: string) => page.locator(tab(path)).locator("xpath=..").locator(":scope > .field-issue").textContent();
      const sendButton = page.locator("#template-send");
      expect(await page.textContent("#template-valid")).toBe("valid");
      expect(await sendButton.isEnabled()).toBe(true);

      // ---- a destination with "+": the issue names its path, next to the field and in the list; no send
      await page.fill(tab("destinations.0"), "+593987654321");
      const plus = PHONE_ISSUE;
      expect(await issues()).toEqual([`destinations.0 ${plus}`]);
      expect(await page.getAttribute(tab("destinations.0"), "aria-invalid")).toBe("true");
      expect(await slot("destinations.0")).toBe(plus);
      expect(await page.textContent("#template-valid")).toBe("1 issue");
      expect(await sendButton.isDisabled()).toBe(true);

      // ---- fixed: no stale error anywhere
      await page.fill(tab("destinations.0"), "593987654321");
      expect(await issues()).toEqual([]);
      expect(await page.getAttribute(tab("destinations.0"), "aria-invalid")).toBeNull();
      expect(await slot("destinations.0")).toBe("");
      expect(await page.locator("#template-tab [aria-invalid]").count()).toBe(0);
      expect(await sendButton.isEnabled()).toBe(true);

      // ---- a second number; a parameter over its limit, counted live, then fixed
      await page.click('[data-add="destinations"]');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe("destinations.1");
      expect(await issues()).toEqual([`destinations.1 ${PHONE_ISSUE}`]); // empty is not a number
      await page.keyboard.type("593912345678");
      await page.fill(tab("parameters.1"), "x".repeat(PARAM_MAX + 1));
      expect(await issues()).toEqual([`parameters.1 must be at most ${PARAM_MAX} characters, got ${PARAM_MAX + 1}`]);
      expect(await page.textContent('#template-tab [data-counter-for="parameters.1"]')).toBe(`${PARAM_MAX + 1}/${PARAM_MAX}`);
      expect(await sendButton.isDisabled()).toBe(true);
      await page.fill(tab("parameters.1"), "A-17");
      expect(await issues()).toEqual([]);

      // ---- a media type needs its URL
      await page.selectOption(tab("type"), "image");
      expect(await issues()).toEqual(["mediaUrl is required when type is image"]);
      expect(await page.getAttribute(tab("mediaUrl"), "aria-invalid")).toBe("true");
      await page.selectOption(tab("type"), "text");
      expect(await issues()).toEqual([]);
      expect(await page.locator(tab("mediaUrl")).count()).toBe(0);

      const hsm = {
        elementName: "order_update",
        destinations: ["593987654321", "593912345678"],
        type: "text",
        language: "es",
        parameters: ["Ana", "A-17"],
      };
      expect(JSON.parse((await page.textContent("#template-json")) ?? "")).toEqual(hsm);
      expect(await page.locator("#template-recipients .chip").allTextContents()).toEqual(hsm.destinations);
      expect(await page.textContent("#template-preview .wa-text")).toBe("Hola Ana, tu pedido A-17 está en camino.");

      // ---- the backend refuses what the SDK refuses (the disabled button is not the only guard)
      mock.reset();
      const refused = await page.evaluate(
        async (body) => {
          const r = await fetch("/api/templates/send", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(body),
          });
          return { status: r.status, json: await r.json() };
        },
        { botId: "BOT_ID", hsm: { ...hsm, destinations: ["+593987654321"] } },
      );
      expect(refused.status).toBe(422);
      expect(refused.json).toMatchObject({
        ok: false,
        error: { name: "JelouValidationError", issues: [{ path: "destinations.0", message: plus }] },
      });
      expect(mock.requests).toHaveLength(0);

      // ---- send: exactly one POST /v2/whatsapp/BOT_ID/hsm with both numbers, Basic at Jelou, on contract
      await sendButton.click();
      await page.waitForSelector("#template-result[data-status=ok], #template-result[data-status=error]");
      expect(await page.getAttribute("#template-result", "data-status"), (await page.textContent("#template-result")) ?? "").toBe("ok");
      await expect
        .poll(() => page.textContent("#template-result"))
        .toContain("mock Jelou received POST /v2/whatsapp/BOT_ID/hsm (Basic ok)");
      expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v2/whatsapp/BOT_ID/hsm"]);
      expect(mock.requests[0]!.json).toEqual(hsm);
      expect(mock.requests[0]!.headers.authorization).toBe(stack.secrets.basicAuthorization);
      expect(mock.requests.filter((r) => r.contractErrors || r.authErrors)).toEqual([]);
      expect(await page.textContent("#template-result")).toContain('sent: [{"id":');

      // ---- screenshots: 1280 px (three columns) and 390 px (one column, nothing wider than the screen)
      const { "button label": _, ...chat } = CHAT; // a text template has no button
      const wide = await screenshot(browser, page, "template-1280", chat, "#template-preview .phone");
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const columns = await page.locator("#template-tab main").evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
      expect(columns).toBe(1);
      const narrow = await screenshot(browser, page, "template-390", chat, "#template-preview .phone");
      for (const s of [wide, narrow]) console.log(`screenshot ${s.file}: ${s.bytes} B, ${s.distinct} colours in the phone`);

      // ---- the page's traffic: the template went to the app backend only, and no credential anywhere
      const log = await traffic.done();
      expect(log.filter((e) => e.url.endsWith("/api/templates/send")).map((e) => e.status)).toEqual([422, 200]);
      expect(log.filter((e) => e.url.startsWith(stack.proxyUrl))).toEqual([]);
      expectNoSecrets(stack.secrets, log, await page.content());
      errors.check(/status of 422/); // Chromium logs the refused request made above on purpose
    },
  );

  chromiumTest("every message type renders a preview and validates its starting draft", async (browser) => {
    const page = await (await browser.newContext()).newPage();
    const errors = watchErrors(page);
    await page.goto(stack.url);
    await page.waitForSelector("body[data-ready]");
    const types = await page.locator("#types button").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.type!));
    expect(types).toHaveLength(15); // the 14 message types and the flow button
    const expected = {
      quick_reply: ".wa-reply-button",
      voice_call: ".wa-call-button",
      cta_url: ".wa-url-button",
      flow: ".wa-flow-button",
      image: ".wa-image",
      video: ".wa-video",
      file: ".wa-doc",
      sticker: ".wa-sticker",
      location: ".wa-map",
      contacts: ".wa-contact",
      audio: ".wa-audio",
    };
    for (const t of types) {
      await page.click(`[data-type="${t}"]`);
      expect(await page.textContent("#valid"), t).toBe("valid");
      const selector = expected[t as keyof typeof expected] ?? ".wa-bubble";
      expect(await page.locator(`#preview ${selector}`).count(), `${t}: ${selector}`).toBeGreaterThan(0);
    }
    errors.check();
  });
});
