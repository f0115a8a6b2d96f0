// Valid payloads, generated from openapi.yaml: ajv accepts them (which tests the generator), the
// SDK's validateMessage accepts them, and `send` puts exactly them on the wire, once, at the right path.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateMessage } from "../../src/index.js";
import { ajvErrors, gen, type Json } from "./arbitrary-from-schema";
import {
  BASE_URL,
  FLOW,
  FLOW_USER_ID_PTR,
  MESSAGE,
  MESSAGE_SCHEMAS,
  TIMEOUT,
  ajvAccepts,
  botIdArb,
  isDotSegment,
  runs,
  show,
  stubClient,
} from "./support";

describe("valid payloads are accepted and sent unchanged", () => {
  const message = gen.validatorAt(MESSAGE);

  for (const name of MESSAGE_SCHEMAS) {
    it(
      name,
      async () => {
        const own = gen.validatorAt(`#/components/schemas/${name}`);
        await fc.assert(
          fc.asyncProperty(gen.component(name), botIdArb, async (payload: Json, pathBotId) => {
            // The oracle: anything the generator calls valid, ajv must accept, as this type and as a Message.
            if (!ajvAccepts(own, payload))
              throw new Error(`generator bug: ajv rejects this ${name}: ${ajvErrors(own.errors)}\n${show(payload)}`);
            if (!ajvAccepts(message, payload))
              throw new Error(`generator bug: ajv rejects this Message: ${ajvErrors(message.errors)}\n${show(payload)}`);
            const snapshot = structuredClone(payload);

            const r = validateMessage(payload);
            if (!r.success) throw new Error(`validateMessage rejects a valid ${name}: ${show(r.issues)}\npayload: ${show(payload)}`);
            expect(r.output).toEqual(payload);

            // The body's botId, when present, must equal the path's: send from that bot.
            const botId: string = payload.botId ?? pathBotId;
            const { client, calls } = stubClient();
            if (isDotSegment(botId)) {
              // Spec-valid (minLength 1) but not addressable: URL parsing would resolve the segment away.
              await expect(client.send(botId, payload)).rejects.toMatchObject({
                name: "JelouValidationError",
                issues: [{ path: "botId" }],
              });
              expect(calls).toHaveLength(0);
              return;
            }
            await expect(client.send(botId, payload)).resolves.toEqual({ success: true, messageId: "msg_1" });
            expect(calls).toHaveLength(1);
            const [call] = calls;
            expect(call!.method).toBe("POST");
            expect(call!.url).toBe(`${BASE_URL}/v1/bots/${encodeURIComponent(botId)}/messages`);
            expect(call!.contentType).toBe("application/json");
            expect(JSON.parse(call!.body)).toEqual(snapshot);
            expect(payload).toEqual(snapshot); // nothing was changed in place either
          }),
          { numRuns: runs() },
        );
      },
      TIMEOUT,
    );
  }

  it(
    "FlowMessage through sendFlow",
    async () => {
      const own = gen.validatorAt(FLOW);
      const userIds = fc.oneof(fc.constant("593987654321"), gen.arbitraryAt(FLOW_USER_ID_PTR));
      await fc.assert(
        fc.asyncProperty(gen.component("FlowMessage"), botIdArb, userIds, async (flow: Json, botId, userId) => {
          if (!ajvAccepts(own, flow))
            throw new Error(`generator bug: ajv rejects this FlowMessage: ${ajvErrors(own.errors)}\n${show(flow)}`);
          const snapshot = structuredClone(flow);
          const { client, calls } = stubClient(() => Response.json({}));
          await expect(client.sendFlow(botId, userId, flow)).resolves.toEqual({});
          expect(calls).toHaveLength(1);
          const [call] = calls;
          expect(call!.method).toBe("POST");
          expect(call!.url).toBe(`${BASE_URL}/v1/bots/${encodeURIComponent(botId)}/users/${userId}/flow_message`);
          expect(call!.contentType).toBe("application/json");
          expect(JSON.parse(call!.body)).toEqual(snapshot);
          expect(flow).toEqual(snapshot);
        }),
        { numRuns: runs() },
      );
    },
    TIMEOUT,
  );
});

describe("fixed SDK bugs (regressions)", () => {
  it("what is validated is what is sent: a field given by a getter is validated and sent", async () => {
    // TypeScript accepts this as a TextMessage. validateMessage reads `text` (valibot uses `in`);
    // the SDK used to send the object itself, and JSON.stringify skips getters, so the body on the
    // wire was {"type":"text","userId":"593987654321"}: no text.
    class Hello {
      type = "text" as const;
      userId = "593987654321";
      get text() {
        return "Hello";
      }
    }
    const { client, calls } = stubClient();
    await client.send("BOT_ID", new Hello()).catch(() => {});
    // Fixed means: refused (nothing sent), or sent with its text.
    expect(calls.length === 0 || JSON.parse(calls[0]!.body).text === "Hello").toBe(true);
  });
});
