// Receiving, end to end in headless Chromium: a message sent from the playground gets a bubble whose
// ticks move sent → delivered → read as the mock Jelou's signed delivery notifications go through
// the Worker's receiver, its queue and its consumer (workerd) to the app backend; the incoming
// panel lists those events, and a PMA message event posted on demand to the mock shows up there
// too. The page never holds the webhook secret, the forward token or any credential.
import { afterAll, beforeAll, describe, expect } from "vitest";
import { startStack } from "../../scripts/stack.mjs";
import { chromiumTest, expectNoSecrets, recordTraffic, trafficText, watchErrors } from "./support";

let stack: Awaited<ReturnType<typeof startStack>>;
let mock: NonNullable<typeof stack.mock>;
let workerOutput = "";
beforeAll(async () => {
  stack = await startStack({ onProxyOutput: (text: string) => void (workerOutput += text) });
  if (!stack.mock) throw new Error("startStack() without JELOU_BASE_URL must run the mock Jelou");
  mock = stack.mock;
  // Longer than the page's 400 ms poll, so each step is seen on its own.
  mock.webhooks.configure({ stepMs: 900 });
});
afterAll(async () => {
  await stack?.close();
});

const TEXT = "Hola, ¿puedo pagar en línea? 🙏 ñandú";

describe("e2e: receiving webhooks in the playground", () => {
  chromiumTest(
    "ticks move sent → delivered → read through the Worker and its queue; the incoming panel lists the events, and a PMA message",
    async (browser) => {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      const errors = watchErrors(page);
      const traffic = recordTraffic(page);
      await page.goto(stack.url);
      await page.waitForSelector("body[data-ready]");
      await page.waitForSelector("#sent-list", { state: "attached" });

      // Every status a sent bubble takes, in order, as the page shows it.
      await page.evaluate(() => {
        const seen: string[] = ((window as any).__statuses = []);
        const record = (el: Element) => {
          const s = el.getAttribute("data-status");
          if (s && seen.at(-1) !== s) seen.push(s);
        };
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === "attributes") record(r.target as Element);
            for (const n of r.addedNodes) if (n instanceof Element && n.matches("li[data-status]")) record(n);
          }
        }).observe(document.querySelector("#sent-list")!, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["data-status"],
        });
      });

      // ---- send from the playground (its default message) through the proxy to the mock
      await page.click("#send");
      await page.waitForSelector("#result[data-status=ok], #result[data-status=error]");
      expect(await page.getAttribute("#result", "data-status")).toBe("ok");
      const bubble = page.locator("#sent-list li[data-message-id]").first();
      const messageId = (await bubble.getAttribute("data-message-id"))!;
      expect(messageId).toBeTruthy();

      await expect.poll(() => bubble.getAttribute("data-status"), { timeout: 15_000, interval: 100 }).toBe("read");
      expect(await page.evaluate(() => (window as any).__statuses)).toEqual(["sent", "delivered", "read"]);
      expect(await bubble.locator(".wa-ticks").getAttribute("class")).toBe("wa-ticks read");

      // The three notifications reached the backend once each, through the Worker's consumer.
      const forMessage = () => stack.events.filter((e: any) => e.event?.data?.messageId === messageId).map((e: any) => e.event.type);
      expect(forMessage()).toEqual(["delivered_channel", "delivered_user", "read"]);
      const incoming = page.locator("#incoming-list li");
      await expect
        .poll(async () =>
          (await incoming.evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.kind} ${e.textContent}`)))
            .filter((t) => t.includes(messageId))
            .map((t) => t.split(" ")[0])
            .sort(),
        )
        .toEqual(["delivered_channel", "delivered_user", "read"]);
      // Signed by the mock, verified by the Worker: three 200s from the receiver.
      const signed = mock.webhooks.deliveries.filter((d: any) => d.body.includes(messageId));
      expect(signed.map((d: any) => d.status)).toEqual([200, 200, 200]);

      // ---- a PMA message event, posted on demand to the mock, appears in the incoming panel
      const r = await fetch(`${mock.url}/__mock/webhooks/pma-message`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: TEXT, name: "María José" }),
      });
      expect(await r.json()).toEqual({ delivered: 200 });
      const pma = page.locator('#incoming-list li[data-kind="pma message"]');
      await expect.poll(() => pma.allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining(`María José: ${TEXT}`)]);
      // …and the page's own button does the same through the app backend (POST /api/incoming).
      await page.click("#simulate-incoming");
      await expect.poll(() => pma.count(), { timeout: 10_000 }).toBe(2);

      // ---- nothing secret in the page or its traffic; the page never calls the receiver itself
      const html = await page.content();
      errors.check();
      await page.close(); // the page polls /api/events: stop it, so the recording comes to an end
      const log = await traffic.done();
      expectNoSecrets(stack.secrets, log, html);
      for (const [name, secret] of Object.entries({
        webhookSecret: stack.secrets.webhookSecret,
        forwardToken: stack.secrets.forwardToken,
      })) {
        expect(trafficText(log).includes(secret), `${name} appeared in the page's traffic`).toBe(false);
        expect(html.includes(secret), `${name} appeared in the page`).toBe(false);
      }
      expect(log.filter((e) => e.url.includes("/v1/webhooks/"))).toEqual([]);
      expect(log.some((e) => e.url.includes("/api/events"))).toBe(true);
      // …nor in the Worker's log: no secret, no message id, no content.
      for (const s of [stack.secrets.webhookSecret, stack.secrets.forwardToken, messageId, "ñandú", "María"])
        expect(workerOutput.includes(s), `${s} in the Worker's output`).toBe(false);
      expect(workerOutput).toContain("jelou-webhooks read handled attempt 1");
    },
  );
});
