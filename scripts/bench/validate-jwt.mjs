// Validation throughput per message type and JWT mint/verify cost, with the built bundles
// (dist/index.js, dist/token.js). `node scripts/bench/validate-jwt.mjs` prints one JSON line.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { repoRoot } from "../fresh-bundle.mjs";
import { AUDIENCE, BOT, SIGNING_KEY, USER, documentedExamples, list10 } from "./payloads.mjs";
import { timePerOp } from "./stats.mjs";

// --quick: few, short rounds (the script tests use it).
const quick = process.argv.includes("--quick");
const rounds = quick ? 3 : undefined;
const load = (f) => import(pathToFileURL(join(repoRoot, "dist", f)).href);

export async function validation() {
  const { validateMessage, messages } = await load("index.js");
  const cases = Object.entries(documentedExamples()).map(([name, payload]) =>
    name.startsWith("flow:")
      ? // The flow endpoint's body has no `type`; validateMessage does not take it, its builder does.
        { name: `${name.slice(5)} (messages.flow)`, check: () => messages.flow(payload) }
      : { name, check: () => validateMessage(payload) },
  );
  cases.push({ name: "list, 10 options with descriptions", check: () => validateMessage(list10), list10: true });
  const out = [];
  for (const c of cases) {
    const r = c.check();
    if (r?.success === false) throw new Error(`${c.name} is not valid: ${JSON.stringify(r.issues)}`);
    const t = await timePerOp(c.check, { async: false, warmupMs: quick ? 10 : 120, roundMs: quick ? 5 : 60, rounds });
    // ops/s from the CPU time per call; the spread is the rounds' min–max.
    out.push({
      name: c.name,
      opsPerSec: 1e6 / t.median,
      opsPerSecMin: 1e6 / t.max,
      opsPerSecMax: 1e6 / t.min,
      usPerOp: t,
      list10: !!c.list10,
    });
  }
  return out;
}

export async function jwt() {
  const { mintSendToken, verifySendToken } = await load("token.js");
  const scope = { iss: "bench-backend", aud: AUDIENCE, bot: BOT, sub: USER, types: ["text", "quick_reply"], max: 5 };
  const token = await mintSendToken(SIGNING_KEY, scope);
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(SIGNING_KEY), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
  if ((await verifySendToken(SIGNING_KEY, token, { audience: AUDIENCE })).bot !== BOT) throw new Error("verify failed");
  const opts = { warmupMs: quick ? 10 : 150, roundMs: quick ? 10 : 120, rounds };
  return {
    // A string key is what the proxy passes (the token module keeps the last one it imported).
    mint: await timePerOp(() => mintSendToken(SIGNING_KEY, scope), opts),
    verify: await timePerOp(() => verifySendToken(SIGNING_KEY, token, { audience: AUDIENCE }), opts),
    mintCryptoKey: await timePerOp(() => mintSendToken(key, scope), opts),
    verifyCryptoKey: await timePerOp(() => verifySendToken(key, token, { audience: AUDIENCE }), opts),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(JSON.stringify({ validation: await validation(), jwt: await jwt() }));
