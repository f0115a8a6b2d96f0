// Single-limit mutations: start from a generated valid payload, break exactly one documented
// limit at a random place, and check that validateMessage reports THAT place, ajv agrees it is
// invalid, and `send` throws JelouValidationError without ever calling fetch.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { JelouValidationError, validateMessage } from "../../src/index.js";
import { ajvErrors, gen, type Json } from "./arbitrary-from-schema";
import { LIMIT_KINDS, limitMutation, type Mutation } from "./mutations";
import { FLOW, MESSAGE, MESSAGE_SCHEMAS, TIMEOUT, ajvAccepts, isDotSegment, runs, show, stubClient } from "./support";

const seen = new Map<string, number>();
const count = (m: Mutation) => seen.set(m.kind, (seen.get(m.kind) ?? 0) + 1);

const mutated = (root: string, valid: fc.Arbitrary<Json>) =>
  valid.chain((payload) => limitMutation(gen, root, payload).map((m) => ({ original: payload, m })));

function explain(m: Mutation, extra: string): string {
  return `${m.kind} (${m.what}); expected an issue at ${JSON.stringify(m.path)}\n${extra}\npayload: ${show(m.payload)}`;
}

async function expectRejectedBySend(send: () => Promise<unknown>, calls: unknown[], m: Mutation, checkPath: boolean) {
  let error: unknown;
  try {
    await send();
  } catch (e) {
    error = e;
  }
  if (!(error instanceof JelouValidationError)) throw new Error(explain(m, `send did not throw JelouValidationError but ${error}`));
  if (calls.length !== 0) throw new Error(explain(m, `fetch was called ${calls.length} time(s)`));
  if (checkPath && !error.issues.some((i) => i.path === m.path)) throw new Error(explain(m, `send's issues: ${show(error.issues)}`));
}

describe("one broken limit is reported at its path and nothing is sent", () => {
  const message = gen.validatorAt(MESSAGE);

  for (const name of MESSAGE_SCHEMAS) {
    it(
      name,
      async () => {
        await fc.assert(
          fc.asyncProperty(mutated(MESSAGE, gen.component(name)), async ({ original, m }) => {
            count(m);
            if (ajvAccepts(message, m.payload))
              throw new Error(explain(m, "ajv ACCEPTS it: the mutation did not break the spec (mutation bug)"));
            const r = validateMessage(m.payload);
            if (r.success) throw new Error(explain(m, `validateMessage ACCEPTS it; ajv says: ${ajvErrors(message.errors)}`));
            if (!r.issues.some((i) => i.path === m.path)) throw new Error(explain(m, `validateMessage's issues: ${show(r.issues)}`));
            // Send from the original body's bot (a mutated body botId must be caught by validation).
            const botId: string = typeof original.botId === "string" ? original.botId : "BOT_ID";
            const { client, calls } = stubClient();
            await expectRejectedBySend(() => client.send(botId, m.payload), calls, m, !isDotSegment(botId));
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
      const flow = gen.validatorAt(FLOW);
      await fc.assert(
        fc.asyncProperty(mutated(FLOW, gen.component("FlowMessage")), async ({ m }) => {
          count(m);
          if (ajvAccepts(flow, m.payload))
            throw new Error(explain(m, "ajv ACCEPTS it: the mutation did not break the spec (mutation bug)"));
          const { client, calls } = stubClient(() => Response.json({}));
          await expectRejectedBySend(() => client.sendFlow("BOT_ID", "593987654321", m.payload), calls, m, true);
        }),
        { numRuns: runs() },
      );
    },
    TIMEOUT,
  );

  it(
    "CarouselMessage with mixed header kinds: issue at the first card whose header is not an image",
    async () => {
      // The contract's if/then, which no single-keyword mutation reaches: flip one card's header.
      const carousel = gen.component("CarouselMessage").chain((c: Json) =>
        fc.nat(c.parameters.cards.length).map((i) => {
          const cards = structuredClone(c.parameters.cards);
          const kind = cards[0].header.type;
          const other = kind === "image" ? "video" : "image";
          const flip = (card: Json) => ({ ...card, header: { type: other, [other]: { link: card.header[kind].link } } });
          // Flip card i; with a single card, add a flipped copy so there are two kinds.
          if (i < cards.length) cards[i] = flip(cards[i]);
          else if (cards.length < 10) cards.push(flip(cards[0]));
          else cards[cards.length - 1] = flip(cards[cards.length - 1]);
          return { ...c, parameters: { ...c.parameters, cards } };
        }),
      );
      await fc.assert(
        fc.asyncProperty(carousel, async (payload: Json) => {
          const cards: Json[] = payload.parameters.cards;
          const kinds = new Set(cards.map((c) => c.header.type));
          fc.pre(kinds.size === 2); // flipping the only card of a 1-card carousel... never happens, but say so
          const first = cards.findIndex((c) => c.header.type !== "image");
          const m: Mutation = {
            kind: "mixed-headers",
            path: `parameters.cards.${first}.header.type`,
            payload,
            what: "headers mix image and video",
          };
          if (ajvAccepts(message, payload)) throw new Error(explain(m, "ajv ACCEPTS it"));
          const r = validateMessage(payload);
          if (r.success || !r.issues.some((i) => i.path === m.path)) throw new Error(explain(m, `validateMessage: ${show(r)}`));
          const { client, calls } = stubClient();
          await expectRejectedBySend(
            () => client.send(typeof payload.botId === "string" ? payload.botId : "BOT_ID", payload),
            calls,
            m,
            false,
          );
        }),
        { numRuns: Math.ceil(runs() / 4) },
      );
    },
    TIMEOUT,
  );

  it(
    "CarouselMessage: a URL card without its `type` is reported at `type` (not as a quick-reply card)",
    async () => {
      // `type` is what tells a URL card from a quick-reply card, so the generic mutation leaves it
      // alone (see presenceKeys); the SDK recognises a URL card by its action `name` too.
      const withUrlCard = gen
        .component("CarouselMessage")
        .map((c: Json) => ({ c, urls: c.parameters.cards.flatMap((card: Json, i: number) => (card.type === "cta_url" ? [i] : [])) }))
        .filter(({ urls }) => urls.length > 0)
        .chain(({ c, urls }) => fc.constantFrom(...(urls as number[])).map((i) => ({ c, i })));
      await fc.assert(
        fc.asyncProperty(withUrlCard, async ({ c, i }) => {
          const payload = structuredClone(c);
          delete payload.parameters.cards[i].type;
          const m: Mutation = { kind: "missing-required", path: `parameters.cards.${i}.type`, payload, what: `removed cards[${i}].type` };
          if (ajvAccepts(message, payload)) throw new Error(explain(m, "ajv ACCEPTS it"));
          const r = validateMessage(payload);
          if (r.success || !r.issues.some((x) => x.path === m.path)) throw new Error(explain(m, `validateMessage: ${show(r)}`));
        }),
        { numRuns: Math.ceil(runs() / 4) },
      );
    },
    TIMEOUT,
  );

  it("every kind of mutation was exercised", (ctx) => {
    // Runs last (tests of a file run in order). A kind that never applied means the walk or the
    // spec changed. Skipped when the properties above were filtered out.
    if (seen.size === 0) return ctx.skip();
    if (process.env.PROPERTIES_VERBOSE) console.log("mutations per kind:", Object.fromEntries(seen));
    const missing = LIMIT_KINDS.filter((k) => !seen.get(k));
    expect(missing, `mutation kinds never exercised: ${missing.join(", ")}`).toEqual([]);
  });
});

describe("fixed SDK bugs (regressions)", () => {
  it("a botId that cannot be URL-encoded (lone surrogate) is refused as invalid, not reported as a network error that may have sent", async () => {
    // It used to get past validation; encodeURIComponent then threw inside openapi-fetch after
    // `inFlight = true`, so send threw JelouNetworkError("request to Jelou failed: URI malformed")
    // with maybeSent: true, although fetch was never called. Same for sendFlow's userId.
    const { client, calls } = stubClient();
    const error = await client.send("\ud800", { type: "text", userId: "593987654321", text: "Hi" }).catch((e: unknown) => e);
    expect(calls).toHaveLength(0);
    expect(error).toBeInstanceOf(JelouValidationError);
  });
});
