// Bench-only Worker (never deployed): the send variants of scripts/bench/variants.mjs,
// validateMessage and a bulk send, timed inside workerd. scripts/bench/runtimes.mjs bundles it
// like bench/runtime-send.ts and asks for one timed block per request:
//   GET /block?v=<variant>&n=N   N sends of one variant
//   GET /validate?n=N            N validateMessage calls of the 10-option list
//   GET /bulk?n=1000             one invocation: a client made, then N jelou.send awaited in turn
// Each answers { ms } for its loop.
//
// Timing: a deployed Worker's clock (Date.now, performance.now) does not move while its code
// runs; it is set when I/O completes (a Spectre mitigation). Local workerd does move it during
// computation, in whole milliseconds, but the bench must not depend on that. The stub fetch is
// in-process, so a loop of sends does no I/O at all: each loop therefore sits between two awaited
// fetches to a loopback endpoint (TICK_URL, served by the Node process that runs Miniflare); t0 is
// read after the first, t1 after the second. t1 − t0 is the loop plus one loopback round trip,
// which is measured right after (a third fetch, t2) and subtracted. (`scheduler.wait(0)` is not
// enough: in production it need not advance the clock the way completed network I/O does.) The
// loop only calls the stub, so it is CPU-bound: its duration is the isolate's CPU for it, as long
// as no other process takes the core meanwhile — which is why scripts/bench/runtimes.mjs also
// reads workerd's thread CPU time from /proc around each request and prefers that figure.
import * as sdk from "bench-sdk";
import * as control from "bench-sdk-control";
import createClient from "openapi-fetch";
import { WhatsAppAPI } from "whatsapp-api-js";
import * as waMessages from "whatsapp-api-js/messages";
import { BOT, CLIENT_ID, CLIENT_SECRET, list10, stubFetch } from "../scripts/bench/fixtures.mjs";
import { LABELS, checkAnswer, makeVariants } from "../scripts/bench/variants.mjs";

type Env = { TICK_URL: string };
type Op = () => unknown;

let ops: Record<string, Op> | undefined;
const validate = () => sdk.validateMessage(list10);

async function tick(env: Env): Promise<number> {
  await (await fetch(env.TICK_URL)).arrayBuffer();
  return Date.now();
}

/** ms of `loop`, measured across awaited loopback I/O (see the comment at the top). */
async function timed(env: Env, loop: () => Promise<void> | void): Promise<{ ms: number; tickMs: number }> {
  const t0 = await tick(env);
  await loop();
  const t1 = await tick(env);
  const t2 = await tick(env);
  return { ms: t1 - t0 - (t2 - t1), tickMs: t2 - t1 };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const n = Math.min(Number(url.searchParams.get("n") ?? 0), 1_000_000);
    if (!ops) {
      ops = makeVariants({ sdk, control, createClient, WhatsAppAPI, waMessages });
      for (const name of Object.keys(LABELS)) checkAnswer(name, await ops[name]!());
      if (!validate().success) throw new Error("the 10-option list does not validate");
    }
    if (url.pathname === "/block") {
      const op = ops[url.searchParams.get("v") ?? ""];
      if (!op) return new Response("unknown variant", { status: 400 });
      return Response.json(
        await timed(env, async () => {
          for (let i = 0; i < n; i++) await op();
        }),
      );
    }
    if (url.pathname === "/validate")
      return Response.json(
        await timed(env, () => {
          for (let i = 0; i < n; i++) validate();
        }),
      );
    if (url.pathname === "/bulk") {
      let sent = 0;
      const r = await timed(env, async () => {
        const jelou = sdk.createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetch });
        for (let i = 0; i < n; i++) if ((await jelou.send(BOT, list10)).messageId === "m") sent++;
      });
      return Response.json({ ...r, sent });
    }
    return new Response("not found", { status: 404 });
  },
};
