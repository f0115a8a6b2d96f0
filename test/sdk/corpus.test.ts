// Drift guard, part 2: the same fixture corpus the contract test checks against openapi.yaml
// (through ajv) runs through the SDK's valibot schemas. Both must give every case the same verdict.
import { describe, expect, it } from "vitest";
import { createJelou, messages, validateMessage, JelouValidationError } from "../../src/index.js";
import { corpus, TYPE_NAMES, title, unionOf, validator, validatorAt } from "../support/spec.js";
import { ok, stubFetch } from "./stub-fetch.js";

const flowUser = "593987654321";

describe.each(TYPE_NAMES)("%s", (type) => {
  it.each(corpus.get(type)!.map((c) => [title(c), c] as const))("%s", async (_t, c) => {
    const ajvVerdict = validator(unionOf(type))(c.payload);
    // sdkOnly: the spec's portable pattern accepts it, the SDK's x-sdk-pattern must refuse it.
    expect(ajvVerdict, "the corpus and the spec disagree (see test/contract)").toBe(c.valid || c.sdkOnly === true);

    if (type === "flow") {
      const { fetch, seen } = stubFetch(new Response("{}"));
      const sent = createJelou({ clientId: "i", clientSecret: "s", fetch }).sendFlow("BOT", flowUser, c.payload as never);
      if (c.valid) await expect(sent).resolves.toEqual({});
      else {
        const err = await sent.catch((e) => e);
        expect(err).toBeInstanceOf(JelouValidationError);
        expect(err.issues.map((i: { path: string }) => i.path)).toContain(c.path);
      }
      expect(seen).toHaveLength(c.valid ? 1 : 0);
      return;
    }

    const r = validateMessage(c.payload);
    expect(r.success, JSON.stringify(r.success ? null : r.issues)).toBe(c.valid);
    if (!r.success) {
      expect(r.issues.map((i) => i.path)).toContain(c.path);
      for (const i of r.issues) expect(i.message).toMatch(/\S/);
    }

    // send() reaches the wire exactly for the valid ones, with the payload untouched.
    const { fetch, seen } = stubFetch(ok());
    const botId = (c.payload as { botId?: string }).botId ?? "BOT";
    const sent = createJelou({ clientId: "i", clientSecret: "s", fetch }).send(botId, c.payload as never);
    if (c.valid) await sent;
    else await expect(sent).rejects.toBeInstanceOf(JelouValidationError);
    expect(seen.map((s) => JSON.parse(s.body))).toEqual(c.valid ? [c.payload] : []);
  });
});

describe("path parameters: the SDK refuses exactly the ids the spec refuses", () => {
  const ids = ["BOT_ID", "a/b", "a b", "%2e", "...", ".a", "a.", "ñandú", "🤖", "0", ".", "..", "", "\ud800"];
  const sdkAccepts = async (send: (fetch: (r: Request) => Promise<Response>) => Promise<unknown>) => {
    const { fetch, seen } = stubFetch(new Response('{"success":true,"messageId":"m"}'));
    const error = await send(fetch).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (error !== undefined) expect(error).toBeInstanceOf(JelouValidationError);
    expect(seen).toHaveLength(error === undefined ? 1 : 0);
    return error === undefined;
  };
  const text = { type: "text", userId: "593987654321", text: "hi" } as const;

  it.each(ids.map((id) => [JSON.stringify(id), id]))("botId %s", async (_t, id) => {
    // A lone surrogate is a valid JSON Schema string but cannot be put in a URL: the SDK refuses it.
    const wellFormed = !/\p{Surrogate}/u.test(id);
    const spec = validatorAt("#/components/parameters/BotIdPath/schema")(id) && wellFormed;
    expect(await sdkAccepts((fetch) => createJelou({ clientId: "i", clientSecret: "s", fetch }).send(id, text))).toBe(spec);
  });

  it.each(["593987654321", "+593987654321", "0593987654321", "5939", "abc", "", ".."].map((id) => [id]))("flow userId %j", async (id) => {
    const spec = validator("FlowUserId")(id);
    const flow = { text: "t", parameters: { flow_name: "f", flow_cta: "Open" } };
    expect(await sdkAccepts((fetch) => createJelou({ clientId: "i", clientSecret: "s", fetch }).sendFlow("BOT", id, flow))).toBe(spec);
  });
});

describe("builders", () => {
  const builderOf: Record<string, (input: never) => unknown> = {
    text: messages.text,
    list: messages.list,
    quick_reply: messages.quickReply,
    image: messages.image,
    audio: messages.audio,
    video: messages.video,
    file: messages.file,
    sticker: messages.sticker,
    location: messages.location,
    contacts: messages.contacts,
    location_request: messages.locationRequest,
    cta_url: messages.urlButton,
    voice_call: messages.callButton,
    carousel: messages.carousel,
  };
  it.each(Object.keys(builderOf))("%s: returns exactly the valid payloads and throws on the invalid ones", (type) => {
    for (const c of corpus.get(type as never)!) {
      const { type: _drop, ...input } = c.payload as Record<string, unknown>;
      // A builder sets `type` itself; a case about a wrong or missing `type` says nothing about it.
      if (c.path === "type") continue;
      const build = () => builderOf[type]!(input as never);
      if (c.valid) expect(build(), c.name).toEqual(c.payload);
      else expect(build, c.name).toThrow(JelouValidationError);
    }
  });

  it("flow: validates the flow body", () => {
    for (const c of corpus.get("flow")!) {
      if (c.valid) expect(messages.flow(c.payload as never)).toEqual(c.payload);
      else expect(() => messages.flow(c.payload as never)).toThrow(JelouValidationError);
    }
  });

  it("error messages name the limit and what was given", () => {
    const e = (() => {
      try {
        messages.list({ userId: "u", text: "t", options: [{ title: "x".repeat(25) }] });
      } catch (err) {
        return err as JelouValidationError;
      }
    })();
    expect(e?.issues).toEqual([{ path: "options.0.title", message: "must be at most 24 characters, got 25" }]);
    expect(e?.message).toBe("options.0.title: must be at most 24 characters, got 25");
  });
});
