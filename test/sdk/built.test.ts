// A message a builder made is validated once, when it is made, and frozen so it cannot change after:
// `send` does not validate it again. Hand-written payloads and changed copies are still validated.
import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ validate: 0 }));
vi.mock("../../src/validate.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/validate.js")>();
  return { ...real, validateMessage: (m: unknown) => (calls.validate++, real.validateMessage(m)) };
});

const { createJelou, messages, JelouValidationError } = await import("../../src/index.js");
const { json, stubFetch } = await import("./stub-fetch.js");

const creds = { clientId: "id", clientSecret: "secret", baseUrl: "https://api.test" };
const ok = () => json(200, { success: true, messageId: "m1" });

describe("builder output", () => {
  it("is frozen all the way down", () => {
    const m = messages.list({ userId: "593987654321", text: "Pick", options: [{ title: "A" }] });
    expect(Object.isFrozen(m) && Object.isFrozen(m.options) && Object.isFrozen(m.options[0])).toBe(true);
    expect(() => {
      (m.options[0] as { title: string }).title = "x".repeat(100);
    }).toThrow(TypeError);
  });

  it("is not validated again by send; a hand-written payload is", async () => {
    const { fetch, seen } = stubFetch(ok());
    const jelou = createJelou({ ...creds, fetch });
    const built = messages.text({ userId: "593987654321", text: "hi" });
    calls.validate = 0;
    await jelou.send("BOT", built);
    expect(calls.validate).toBe(0);
    await jelou.send("BOT", { type: "text", userId: "593987654321", text: "hi" });
    expect(calls.validate).toBe(1);
    expect(seen.map((s) => JSON.parse(s.body))).toEqual([built, built]);
  });

  it("a changed copy is validated and refused when it breaks a limit; nothing is sent", async () => {
    const { fetch, seen } = stubFetch(ok());
    const built = messages.list({ userId: "593987654321", text: "Pick", options: [{ title: "A" }] });
    const copy = { ...built, options: [{ title: "x".repeat(25) }] };
    await expect(createJelou({ ...creds, fetch }).send("BOT", copy)).rejects.toThrow(JelouValidationError);
    expect(seen).toHaveLength(0);
  });

  it("still refuses a body botId that differs from the path's", async () => {
    const { fetch, seen } = stubFetch(ok());
    const built = messages.text({ userId: "593987654321", text: "hi", botId: "OTHER" });
    await expect(createJelou({ ...creds, fetch }).send("BOT", built)).rejects.toThrow(/botId: must equal/);
    expect(seen).toHaveLength(0);
  });
});
