// The latency the token proxy adds to a send: SDK → Worker (workerd) → mock vs SDK → mock,
// 127.0.0.1 only, one request at a time.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../fresh-bundle.mjs";
import { startLocalProxy } from "../local-proxy.mjs";
import { startMockJelou } from "../mock-jelou.mjs";
import { AUDIENCE, BOT, CLIENT_ID, CLIENT_SECRET, ORIGIN, SIGNING_KEY, USER, list10 } from "./payloads.mjs";
import { workerdCpuMs } from "./proc.mjs";
import { ROUNDS, median, percentile, summarize } from "./stats.mjs";

/** Latency of the same sends SDK → Worker (workerd) → mock and SDK → mock, one at a time. */
export async function proxyOverhead({ sends = 2000, block = 200, warmup = 100, rounds = ROUNDS } = {}) {
  const mock = await startMockJelou();
  let proxyLogLines = 0;
  const proxy = await startLocalProxy({
    jelouBaseUrl: mock.url,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    signingKey: SIGNING_KEY,
    allowedOrigins: [ORIGIN],
    audience: AUDIENCE,
    onOutput: (text, stream) => {
      const lines = text.split("\n").filter(Boolean);
      proxyLogLines += lines.filter((l) => l.startsWith("jelou-proxy ")).length;
      for (const l of lines.filter((l) => !l.startsWith("jelou-proxy "))) if (stream !== "stdout") process.stderr.write(`[workerd] ${l}\n`);
    },
  });
  try {
    const { createJelou } = await import(pathToFileURL(join(repoRoot, "dist/index.js")).href);
    const { mintSendToken } = await import(pathToFileURL(join(repoRoot, "dist/token.js")).href);
    const direct = createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: mock.url });
    // A token allows at most 1000 sends: a fresh one (and client) per block.
    const viaProxy = async () =>
      createJelou({
        token: await mintSendToken(SIGNING_KEY, { iss: "bench", aud: AUDIENCE, bot: BOT, sub: USER, types: ["text"], max: 1000 }),
        baseUrl: proxy.url,
      });
    const time = async (client, count, into) => {
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        const r = await client.send(BOT, list10);
        into?.push(performance.now() - t0);
        if (!r.messageId) throw new Error("send without a messageId");
      }
      mock.reset();
    };
    await time(direct, warmup);
    await time(await viaProxy(), warmup);
    const samples = { direct: [], proxy: [] };
    const p50s = [];
    const perRound = Math.max(1, Math.floor(sends / block / rounds));
    let proxyCpuMs = 0;
    for (let r = 0; r < rounds; r++) {
      const round = { direct: [], proxy: [] };
      for (let b = 0; b < perRound; b++) {
        // Alternate, so that drift in the machine's load hits both sides alike.
        await time(direct, block, round.direct);
        const client = await viaProxy();
        const cpu0 = workerdCpuMs();
        await time(client, block, round.proxy);
        const cpu1 = workerdCpuMs();
        if (cpu0 !== undefined && cpu1 !== undefined) proxyCpuMs += cpu1 - cpu0;
      }
      samples.direct.push(...round.direct);
      samples.proxy.push(...round.proxy);
      p50s.push(median(round.proxy) - median(round.direct));
    }
    // Diagnostic: the workerd hop alone, a send the proxy refuses at once (no token: 401, before
    // any crypto, body read, Durable Object or forwarding).
    const hop = [];
    for (let i = 0; i < warmup + 250; i++) {
      const t0 = performance.now();
      const res = await fetch(`${proxy.url}/v1/bots/${BOT}/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(list10),
      });
      await res.arrayBuffer();
      if (i >= warmup) hop.push(performance.now() - t0);
      if (res.status !== 401) throw new Error(`expected 401 without a token, got ${res.status}`);
    }
    const pct = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) });
    const d = pct(samples.direct);
    const p = pct(samples.proxy);
    return {
      sendsPerSide: samples.direct.length,
      directMs: d,
      proxyMs: p,
      overheadMs: { p50: p.p50 - d.p50, p95: p.p95 - d.p95, p99: p.p99 - d.p99 },
      p50OverheadPerRound: summarize(p50s),
      refusedAtOnceMs: { ...pct(hop), n: hop.length, what: "fetch → proxy → 401 (no token): the workerd hop without the proxy's work" },
      workerdCpuPerProxiedRequestUs: proxyCpuMs ? (proxyCpuMs * 1000) / samples.proxy.length : undefined,
      proxyLogLines,
      method: `${samples.direct.length} sends per side of the 10-option list with dist/index.js, concurrency 1, blocks of ${block} alternating direct/proxy after ${warmup} warm-up sends each; mock and client share this Node process; the proxy is worker-example in workerd via Miniflare (Durable Object quota, real loopback fetch to the mock).`,
    };
  } finally {
    await proxy.close().catch(() => {});
    await mock.close();
  }
}
