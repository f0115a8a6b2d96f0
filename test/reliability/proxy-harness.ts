// Shared by the proxy reliability tests: the mock Jelou and the Worker in workerd on 127.0.0.1,
// with ONE capture of everything the Worker printed (startLocalProxy's onOutput) and of every
// response the tests received (raw fetch and the SDK's fetch both record), so the leak check at
// the end of each file sees all of it. Secrets and ids come from test/worker/helpers.
import { expect } from "vitest";
import { startLocalProxy } from "../../scripts/local-proxy.mjs";
import { startMockJelou, type MockJelou, type Respond } from "../support/mock-jelou";
import { CLIENT_ID, CLIENT_SECRET, ORIGIN, SECRETS, SIGNING_KEY } from "../worker/helpers";

export interface SeenResponse {
  where: string;
  status: number;
  headers: [string, string][];
  text: string;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

/** Mock Jelou + Worker. `seen` holds every response received; `output` everything the Worker printed. */
export async function startStack(o: { respond?: Respond; timeoutMs?: number } = {}) {
  const mock: MockJelou = await startMockJelou({ respond: o.respond });
  let output = "";
  const proxy = await startLocalProxy({
    jelouBaseUrl: mock.url,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    signingKey: SIGNING_KEY,
    allowedOrigins: [ORIGIN],
    timeoutMs: o.timeoutMs ?? 10_000,
    onOutput: (text) => void (output += text),
  });
  const seen: SeenResponse[] = [];
  /** Requests that got no response (the connection failed): the Worker may still have logged them. */
  let failed = 0;
  /** Responses from outside workerd (the handler called in Node): scanned for secrets too. */
  const extra: SeenResponse[] = [];
  /** Lines the in-process handler logged: part of the capture. */
  const extraLines: string[] = [];

  const record = async (where: string, res: Response): Promise<string> => {
    const text = await res.clone().text();
    seen.push({ where, status: res.status, headers: [...res.headers], text });
    return text;
  };

  /** A raw request to the Worker: the exact bytes and headers given, nothing added but the URL. */
  async function raw(path: string, init: RequestInit = {}): Promise<RawAnswer> {
    let res: Response;
    try {
      res = await fetch(`${proxy.url}${path}`, { method: "POST", ...init, signal: AbortSignal.timeout(15_000) });
    } catch (e) {
      failed++;
      throw e;
    }
    const text = await record(path, res);
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, text, json };
  }

  /** The fetch handed to the SDK: counts requests and records a copy of each response. */
  let sdkRequests = 0;
  const sdkFetch = async (request: Request): Promise<Response> => {
    sdkRequests++;
    const res = await fetch(request);
    await record(new URL(request.url).pathname, res);
    return res;
  };

  const allLines = () => [...output.split("\n").filter((l) => l.length > 0), ...extraLines];
  /** The Worker's own log lines (one per request it answered). */
  const logLines = () => output.split("\n").filter((l) => l.startsWith("jelou-proxy "));

  /**
   * workerd's stdout may trail the responses a little: wait (≤ 5 s) until every response has its
   * line. A request whose connection failed (see `failed`) may have one, when the Worker answered
   * before the connection broke, or not, when it never reached the Worker (sent on a kept-alive
   * socket the server had just closed). With no failed request, the count must be exact.
   */
  async function settleLogs() {
    const deadline = Date.now() + 5000;
    while (logLines().length < seen.length + failed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const n = logLines().length;
    expect(n, "log lines vs responses").toBeGreaterThanOrEqual(seen.length);
    expect(n, "log lines vs requests").toBeLessThanOrEqual(seen.length + failed);
  }

  /** Searches the whole capture for each secret; returns what it looked at. */
  function scanSecrets() {
    const responses = [...seen, ...extra];
    const lines = allLines();
    const leaks: string[] = [];
    const text = lines.join("\n");
    for (const [name, secret] of Object.entries(SECRETS)) {
      if (text.includes(secret)) leaks.push(`${name} in Worker output`);
      for (const r of responses) if (JSON.stringify(r).includes(secret)) leaks.push(`${name} in a response to ${r.where} (${r.status})`);
    }
    return { lines: lines.length, responses: responses.length, leaks };
  }

  return {
    mock,
    proxy,
    url: proxy.url,
    seen,
    extra,
    extraLines,
    raw,
    sdkFetch,
    sdkRequests: () => sdkRequests,
    failed: () => failed,
    logLines,
    settleLogs,
    scanSecrets,
    async close() {
      await proxy.close();
      await mock.close();
    },
  };
}

/** Runs `count` jobs with at most `concurrency` in flight; stops taking new jobs after `deadline` (ms since epoch). */
export async function pool<T>(
  count: number,
  concurrency: number,
  deadline: number,
  job: (i: number) => Promise<T>,
): Promise<{ results: (T | undefined)[]; done: number }> {
  const results: (T | undefined)[] = new Array(count);
  let next = 0;
  let done = 0;
  const lane = async () => {
    // Bounded: each lane takes at most `count` jobs, and none after the deadline.
    for (let guard = 0; guard < count && next < count && Date.now() < deadline; guard++) {
      const i = next++;
      results[i] = await job(i);
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { results, done };
}

/** Nearest-rank percentile of a sorted array. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** `{ message: [..], statusMessage: "failed", status: 0, error: { code, key, description } }` */
export function isEnvelope(body: any): boolean {
  return (
    !!body &&
    Array.isArray(body.message) &&
    body.message.length > 0 &&
    body.message.every((m: unknown) => typeof m === "string") &&
    body.statusMessage === "failed" &&
    body.status === 0 &&
    typeof body.error?.code === "string" &&
    typeof body.error?.key === "string" &&
    typeof body.error?.description === "string"
  );
}

/** Prints a figures table: one row per entry. */
export function printTable(title: string, rows: [string, string | number][]) {
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log([`\n${title}`, ...rows.map(([k, v]) => `  ${k.padEnd(w)} | ${v}`)].join("\n"));
}
