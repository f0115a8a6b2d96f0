// Hostile input against the token proxy in workerd (Miniflare) in front of the mock Jelou, loopback
// only: forged and out-of-scope tokens built byte by byte, and ≥ 2,000 generated hostile bodies
// (fast-check) sent with a valid token. Each is refused with a 4xx in Jelou's envelope, never a
// 5xx, and Jelou hears nothing. A fraction of the bodies also goes through the Worker's handler
// in this Node process, which must agree with workerd and leave Object.prototype untouched.
// Last, nothing the Worker printed or answered contains a secret. Prints a table of the figures.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle, type Deps } from "../../worker-example/src/handler";
import { mintSendToken } from "../../src/token/index.js";
import { validateMessage } from "../../src/index.js";
import { SIGNING_KEY, USER, config, memoryQuota, scope } from "../worker/helpers";
import { isEnvelope, pool, printTable, startStack, type RawAnswer, type Stack } from "./proxy-harness";
import { HS256, claims, hostileTokens, jws } from "./hostile-tokens";
import { KINDS, LIMIT, MESSAGES, nest, textMessage, type Case } from "./hostile-bodies";

const BATCH = 25; // requests in flight per fast-check run
const IN_PROCESS_EVERY = 5; // every 5th hostile body also goes through handle() in Node
const figures: [string, string | number][] = [];
const enc = new TextEncoder();

let stack: Stack;
let token: string; // valid, max 1000: only something accepted by chance would spend it
beforeAll(async () => {
  stack = await startStack();
  token = await mintSendToken(SIGNING_KEY, scope({ types: ["text", "flow"], max: 1000 }), { ttlSeconds: 900 });
});
afterAll(async () => {
  await stack?.close();
  printTable("proxy under hostile input (workerd + mock Jelou on 127.0.0.1):", figures);
});

const jsonHeaders = (t = token) => ({ Authorization: `Bearer ${t}`, "Content-Type": "application/json" });
const atMock = () => stack.mock.requests.length;

describe("hostile tokens", () => {
  it("each → 401 or 403 in the envelope, naming the check; Jelou hears nothing", async () => {
    const body = enc.encode(JSON.stringify(textMessage("token probe")));
    const before = atMock();
    const rows = hostileTokens().filter(([, , , r]) => r !== "SKIP");
    const byStatus: Record<number, number> = {};
    for (const [name, authorization, status, reason] of rows) {
      const r = await stack.raw(MESSAGES, { headers: { Authorization: authorization, "Content-Type": "application/json" }, body });
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      expect([r.status, r.json?.reason], name).toEqual([status, reason]);
      expect(r.json?.error?.key, name).toBe(status === 401 ? "INVALID_TOKEN" : "OUT_OF_SCOPE");
      expect(isEnvelope(r.json), name).toBe(true);
      if (status === 401) expect(r.headers.get("WWW-Authenticate"), name).toBe('Bearer error="invalid_token"');
      // The answer never echoes the token.
      const tok = authorization.replace(/^\S+ /, "");
      if (tok.length > 20) expect(r.text.includes(tok), name).toBe(false);
    }
    expect(atMock() - before).toBe(0);
    // The hand-built token itself is right: the same builder with honest claims is accepted, once.
    const control = await stack.raw(MESSAGES, {
      headers: { Authorization: `Bearer ${jws(HS256, claims())}`, "Content-Type": "application/json" },
      body,
    });
    expect(control.status).toBe(200);
    expect(atMock() - before).toBe(1);
    figures.push(
      [
        "hostile tokens",
        `${rows.length}: ${Object.entries(byStatus)
          .map(([s, n]) => `${n} × ${s}`)
          .join(", ")}; mock +0`,
      ],
      ["hand-built control token", "200, mock +1"],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Running a case: workerd over HTTP, and (every 5th) handle() in this process.

const stats = { cases: 0, inProcess: 0, accepted: 0, resets: 0, inProcessAccepted: 0, perKind: new Map<string, Map<number, number>>() };
const inProcessForwards: Request[] = [];
const mem = memoryQuota();
const deps: Deps = {
  config: config(),
  quota: mem.quota,
  fetch: async (r) => (inProcessForwards.push(r), Response.json({ success: true, messageId: "in-process" })),
  log: (line) => void stack.extraLines.push(`in-process ${line}`),
};

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let at = 0; at < bytes.length; at += 8192) c.enqueue(bytes.slice(at, at + 8192));
      c.close();
    },
  });
function init(c: Case): RequestInit {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (c.contentType !== null) headers["Content-Type"] = c.contentType;
  return c.chunked
    ? ({ method: "POST", headers, body: streamOf(c.body), duplex: "half" } as RequestInit)
    : { method: "POST", headers, body: c.body };
}

/** The checks every hostile-body answer must pass; returns a problem or undefined. */
function problem(c: Case, status: number, json: any, headers: Headers): string | undefined {
  if (status === 200 && c.mayBeValid) return undefined;
  if (status >= 500) return `5xx (${status} ${json?.error?.key})`;
  if (status < 400 || status >= 500) return `not a 4xx: ${status}`;
  if (c.status !== undefined && status !== c.status) return `expected ${c.status}, got ${status} ${json?.error?.key}`;
  if (!isEnvelope(json)) return `not the envelope: ${JSON.stringify(json)?.slice(0, 200)}`;
  if (!headers.get("Content-Type")?.startsWith("application/json")) return `Content-Type ${headers.get("Content-Type")}`;
  if (headers.get("Vary") !== "Origin") return "no Vary: Origin";
  return undefined;
}

/** Connection errors a client may see when the Worker answers 413 and stops reading an upload. */
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

async function runCase(c: Case, index: number): Promise<void> {
  stats.cases++;
  let r: RawAnswer;
  try {
    r = await stack.raw(c.route, init(c));
  } catch (e) {
    // workerd stops reading an oversized body and closes the connection; a client still writing
    // may get a reset instead of the 413, and a request undici had already put on that socket gets
    // one without reaching the Worker. Either way Jelou heard nothing (checked per kind).
    const code = (e as { cause?: { code?: string } }).cause?.code ?? "";
    if (c.status === 413 && RESET_CODES.has(code)) {
      stats.resets++;
      const kind = stats.perKind.get(c.kind) ?? stats.perKind.set(c.kind, new Map()).get(c.kind)!;
      kind.set(0, (kind.get(0) ?? 0) + 1);
      return;
    }
    throw new Error(`[${c.kind}] the request failed: ${(e as Error).message} ${code}`);
  }
  const kind = stats.perKind.get(c.kind) ?? stats.perKind.set(c.kind, new Map()).get(c.kind)!;
  kind.set(r.status, (kind.get(r.status) ?? 0) + 1);
  if (r.status === 200) stats.accepted++;
  const p = problem(c, r.status, r.json, r.headers);
  if (p) throw new Error(`[${c.kind}] ${p}\nbody (${c.body.length} bytes): ${Buffer.from(c.body.slice(0, 300)).toString("latin1")}…`);

  if (index % IN_PROCESS_EVERY === 0) {
    stats.inProcess++;
    const request = new Request(`http://proxy.test${c.route}`, init(c));
    let res: Response;
    try {
      res = await handle(request, deps);
    } catch (e) {
      throw new Error(`[${c.kind}] handle() threw: ${(e as Error).message}`);
    }
    const text = await res.text();
    stack.extra.push({ where: `in-process ${c.route}`, status: res.status, headers: [...res.headers], text });
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {}
    if (res.status === 200) stats.inProcessAccepted++;
    const q = problem(c, res.status, json, res.headers);
    if (q) throw new Error(`[${c.kind}] in process: ${q}`);
    // Node and workerd run the same code: they must agree.
    if (res.status !== r.status || json?.error?.key !== r.json?.error?.key)
      throw new Error(`[${c.kind}] workerd said ${r.status} ${r.json?.error?.key}, Node said ${res.status} ${json?.error?.key}`);
  }
}

// What a polluted prototype would change: snapshot the built-ins' own keys and values.
const PROTOS = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype } as Record<
  string,
  object
>;
const snapshot = () =>
  Object.fromEntries(
    Object.entries(PROTOS).map(([n, p]) => [
      n,
      new Map(
        Reflect.ownKeys(p).map((k) => [k, Object.getOwnPropertyDescriptor(p, k)!.value ?? Object.getOwnPropertyDescriptor(p, k)!.get]),
      ),
    ]),
  );
const protoBefore = snapshot();

/** Bodies whose answers would change if the isolate's prototypes were polluted. */
const PROBES = [
  "{}",
  `{"type":"text"}`,
  `{"type":"text","userId":"${USER}"}`,
  `{"userId":"${USER}","text":"x"}`,
  "[]",
  `{"type":"text","userId":"${USER}","text":"x","isAdmin":true}`,
];
const probeAnswers = () =>
  Promise.all(PROBES.map((b) => stack.raw(MESSAGES, { headers: jsonHeaders(), body: enc.encode(b) }).then((r) => `${r.status} ${r.text}`)));
let probesBefore: string[];

describe("hostile bodies with a valid token", () => {
  beforeAll(async () => {
    probesBefore = await probeAnswers();
  });

  for (const [name, arb, cases, status] of KINDS) {
    it(`${name}: ${cases} cases → 4xx in the envelope, never 5xx, Jelou hears nothing`, async () => {
      const mockBefore = atMock();
      const acceptedBefore = stats.accepted;
      await stack.settleLogs();
      const linesBefore = stack.logLines().length;
      const t0 = performance.now();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(arb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const base = n;
          n += batch.length;
          // The batch's requests in flight together (bounded by BATCH).
          await pool(batch.length, BATCH, Date.now() + 20_000, (i) => runCase(batch[i]!, base + i));
        }),
        { numRuns: Math.ceil(cases / BATCH), interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true, endOnFailure: true },
      );
      const accepted = stats.accepted - acceptedBefore;
      expect(atMock() - mockBefore).toBe(accepted); // only what was accepted by chance went out
      // The Worker logged one line per case, never a 5xx and never "internal".
      await stack.settleLogs();
      const lines = stack.logLines().slice(linesBefore);
      // One line per case, except a reset that never reached the Worker.
      const resets = stats.perKind.get(name)?.get(0) ?? 0;
      expect(lines.length).toBeGreaterThanOrEqual(n - resets);
      expect(lines.length).toBeLessThanOrEqual(n);
      expect(lines.filter((l) => / 5\d\d /.test(l) || / internal$/.test(l))).toEqual([]);
      // Including the cases whose client saw a reset after the Worker answered.
      if (status !== undefined) expect(lines.filter((l) => !l.includes(` ${status} `))).toEqual([]);
      const dist = [...stats.perKind.get(name)!]
        .sort(([a], [b]) => a - b)
        .map(([s, k]) => `${k} × ${s === 0 ? "reset" : s}`)
        .join(", ");
      figures.push([`bodies: ${name}`, `${n} cases in ${Math.round(performance.now() - t0)} ms: ${dist}`]);
    }, 40_000);
  }

  it("edge sizes: exactly 64 KiB is read, one byte more is 413", async () => {
    const body = (bytes: number) => {
      const base = JSON.stringify(textMessage("x"));
      return enc.encode(base + " ".repeat(bytes - base.length));
    };
    const at = await stack.raw(MESSAGES, { headers: jsonHeaders(), body: body(LIMIT) });
    const over = await stack.raw(MESSAGES, { headers: jsonHeaders(), body: body(LIMIT + 1) });
    expect([at.status, over.status, over.json?.error?.key]).toEqual([200, 413, "PAYLOAD_TOO_LARGE"]);
    stats.cases += 2;
    figures.push(["bodies: 65,536 / 65,537 bytes", `${at.status} / ${over.status}`]);
  });

  it("afterwards: Object.prototype untouched in Node, workerd answers the probes as before, a normal send works", async () => {
    const after = snapshot();
    for (const n of Object.keys(PROTOS)) {
      expect([...after[n]!.keys()], `${n}.prototype keys`).toEqual([...protoBefore[n]!.keys()]);
      for (const [k, v] of after[n]!) expect(v === protoBefore[n]!.get(k), `${n}.prototype.${String(k)}`).toBe(true);
    }
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).isAdmin).toBeUndefined();
    expect(inProcessForwards.length).toBe(stats.inProcessAccepted); // nothing else was forwarded
    expect(await probeAnswers()).toEqual(probesBefore);
    const before = atMock();
    const ok = await stack.raw(MESSAGES, { headers: jsonHeaders(), body: enc.encode(JSON.stringify(textMessage("after the storm"))) });
    expect([ok.status, ok.json?.success]).toEqual([200, true]);
    expect(atMock()).toBe(before + 1);
    expect(stack.mock.requests.at(-1)!.json).toEqual(textMessage("after the storm"));
    figures.push(
      ["bodies: total cases (workerd) / also in Node", `${stats.cases} / ${stats.inProcess}`],
      ["bodies: accepted by chance (valid messages)", stats.accepted],
      ["bodies: connection reset instead of the 413 (Jelou heard none)", stats.resets],
      ["prototypes after the run", "Object/Array/Function/String.prototype unchanged; ({}).polluted undefined"],
      ["workerd after the run", `${PROBES.length} probes answered as before; a normal send → 200`],
    );
    expect(stats.cases).toBeGreaterThanOrEqual(2000);
  });
});

// ---------------------------------------------------------------------------------------------

describe("regression: a deeply nested `type` is an issue, not a crash", () => {
  // validateMessage() once worded an unknown type with JSON.stringify(type), which overflowed the
  // stack on deep nesting: RangeError from the SDK and 500 from the Worker's handler in Node
  // (workerd's larger stack hid it up to the 64 KiB body limit). It now describes the value shallowly.
  const typeOf = (depth: number) => `{"type":${nest(depth, "array")},"userId":"${USER}","text":"x"}`;
  const MAX_DEPTH = Math.floor((LIMIT - 60) / 2); // the deepest `type` that fits in 64 KiB

  it("SDK: validateMessage({ type: [[[…5,000 deep…]]] }) returns issues instead of throwing", () => {
    const payload = JSON.parse(typeOf(5000));
    let outcome: unknown;
    try {
      outcome = validateMessage(payload);
    } catch (e) {
      outcome = e;
    }
    figures.push([
      "deep `type`: validateMessage at depth 5,000 (Node)",
      outcome instanceof Error ? `throws ${outcome.name}: ${outcome.message}` : "returns issues",
    ]);
    expect(outcome).toMatchObject({ success: false, issues: [{ path: "type" }] });
  });

  it("in process: handle() answers 422 INVALID_PAYLOAD, not 500", async () => {
    const res = await handle(
      new Request(`http://proxy.test${MESSAGES}`, { method: "POST", headers: jsonHeaders(), body: typeOf(5000) }),
      deps,
    );
    const text = await res.text();
    stack.extra.push({ where: "in-process deep type", status: res.status, headers: [...res.headers], text });
    figures.push(["deep `type`: handle() in Node at depth 5,000", `${res.status} ${JSON.parse(text).error?.key}`]);
    expect([res.status, JSON.parse(text).error?.key]).toEqual([422, "INVALID_PAYLOAD"]);
  });

  it(`workerd: every depth up to ${MAX_DEPTH} (the 64 KiB limit) answers 422`, async () => {
    const deepest = await stack.raw(MESSAGES, { headers: jsonHeaders(), body: enc.encode(typeOf(MAX_DEPTH)) });
    // Smallest depth that fails in workerd, if any (binary search, ≤ 16 requests).
    let lo = 1;
    let hi = deepest.status >= 500 ? MAX_DEPTH : MAX_DEPTH + 1;
    for (let i = 0; i < 16 && lo < hi; i++) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await stack.raw(MESSAGES, { headers: jsonHeaders(), body: enc.encode(typeOf(mid)) })).status >= 500) hi = mid;
      else lo = mid + 1;
    }
    figures.push([
      "deep `type`: workerd",
      `${deepest.status} ${deepest.json?.error?.key} at depth ${MAX_DEPTH}; ${lo > MAX_DEPTH ? "no failing depth" : `5xx from depth ${lo}`}`,
    ]);
    expect([deepest.status, deepest.json?.error?.key]).toEqual([422, "INVALID_PAYLOAD"]);
    expect(lo).toBe(MAX_DEPTH + 1);
  });
});

describe("secrets", () => {
  it("no client id, secret, Basic string or signing key in anything the Worker printed or answered", async () => {
    await stack.settleLogs();
    const scan = stack.scanSecrets();
    figures.push(
      ["secret scan: lines captured / responses scanned", `${scan.lines} / ${scan.responses}`],
      ["secret scan: leaks", scan.leaks.length],
    );
    expect(scan.leaks).toEqual([]);
    expect(scan.responses).toBeGreaterThanOrEqual(2000);
  });
});
