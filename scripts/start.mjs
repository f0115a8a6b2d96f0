#!/usr/bin/env node
// `npm start`: the local stack. Builds the SDK if needed, then starts on 127.0.0.1
//   - Jelou: a mock (demo credentials, random per run), or the real API when JELOU_BASE_URL,
//     JELOU_CLIENT_ID and JELOU_CLIENT_SECRET are all set;
//   - the token proxy Worker (worker-example/) in workerd, with a random per-run signing key;
//   - the playground and its app backend (/api/token mints send tokens server-side) on PORT or 8788;
//     JELOU_BOT_ID and JELOU_USER_ID, when set, fill its bot and recipient fields.
// Prints the URLs and runs until Ctrl-C.
//
// `npm run demo` (= `npm start -- --once`): starts the same stack with the mock, sends every
// documented example through the proxy with a send token, and one HSM template through the app
// backend (/api/templates/send), prints what the mock received and exits (non-zero on any failure
// or contract error).
import { ensureBuilt, isStale } from "./fresh-bundle.mjs";
import { formatTable, formatTemplate, runDemo } from "./demo.mjs";
import { startLocalProxy } from "./local-proxy.mjs";
import { jelouFromEnv, startStack } from "./stack.mjs";

const once = process.argv.includes("--once");
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// A first run builds for tens of seconds: each step says what it is doing, then how long it took.
let stepStarted = Date.now();
const step = (label) => {
  stepStarted = Date.now();
  process.stdout.write(`${label}… `);
};
const done = (note = "done") => console.log(`${note} (${seconds(Date.now() - stepStarted)})`);

if (isStale()) {
  console.log("1/3 dist/, the SDK the playground, the Worker and the demo use:");
  const failure = ensureBuilt({ progress: true });
  if (failure) {
    console.error(failure);
    process.exit(1);
  }
} else console.log("1/3 dist/ is up to date");

/** startStack's stack, with a line per step: Jelou and the app server first, then the Worker. */
function startWithProgress(options) {
  step(`2/3 ${options.jelou ? "app server (playground)" : "mock Jelou and app server (playground)"}`);
  return startStack({
    ...options,
    startProxy: async (o) => {
      done();
      step("3/3 token proxy Worker (bundling worker-example/, starting workerd)");
      const proxy = await startLocalProxy(o);
      done();
      return proxy;
    },
  });
}

/**
 * How to point one's own code at the mock: its URL and this run's demo credentials. They are printed
 * to this terminal only (never served to the page, whose traffic the e2e tests search for them).
 */
const yourCode = ({ mock, secrets }) =>
  `  your code    createJelou({ baseUrl: "${mock.url}", clientId: "${secrets.clientId}", clientSecret: "${secrets.clientSecret}" })\n`;

if (once) {
  if (jelouFromEnv()) console.log("--once always talks to the local mock Jelou (it checks what arrived); JELOU_* is ignored.");
  const proxyLog = [];
  const started = Date.now();
  const stack = await startWithProgress({ onProxyOutput: (text) => proxyLog.push(text) });
  let result;
  try {
    result = await runDemo(stack);
  } finally {
    await stack.close();
  }
  const sent = result.rows.filter((r) => r[5] === "200").length;
  console.log(`\nSent ${result.rows.length} messages with dist/index.js through the token proxy (Worker in workerd) to a mock Jelou,`);
  console.log(`each with a send token from the app backend's /api/token:\n`);
  console.log(formatTable(result));
  console.log(`\n${sent} answered 200 through the proxy; ${result.rows.length - sent} stopped by validation before the network.`);
  console.log(
    `\nOne HSM template, sent by the app backend with the SDK (POST /api/templates/send → templates.send; the proxy has no templates route):\n`,
  );
  console.log(formatTemplate(result.template));
  console.log(`\nContract errors recorded by the mock: ${result.contractErrors}. (${Date.now() - started} ms)`);
  if (result.failures.length) {
    console.error(`\nFAILED:\n  ${result.failures.join("\n  ")}\n\nWorker log:\n${proxyLog.join("")}`);
    process.exitCode = 1;
  }
} else {
  const env = process.env;
  const jelou = jelouFromEnv();
  if (!jelou && (env.JELOU_BASE_URL || env.JELOU_CLIENT_ID || env.JELOU_CLIENT_SECRET))
    console.warn("JELOU_BASE_URL, JELOU_CLIENT_ID and JELOU_CLIENT_SECRET must all be set to use the real API: using the mock.");
  const port = Number(env.PORT ?? 8788);
  let stack;
  try {
    stack = await startWithProgress({ port, jelou, botId: env.JELOU_BOT_ID, userId: env.JELOU_USER_ID });
  } catch (e) {
    console.log("failed");
    console.error(e?.code === "EADDRINUSE" ? `port ${port} is in use: set PORT to another one (PORT=0 picks a free one)` : e);
    process.exit(1);
  }
  console.log(`
jelou-sdk local stack

  playground   ${stack.url}
  token proxy  ${stack.proxyUrl}   (worker-example/ in workerd; allows the playground origin)
  webhooks     ${stack.proxyUrl}/v1/webhooks/jelou   (the same Worker: verify → queue → dedupe → handleEvent${stack.mock ? "; the mock delivers here, signed per run" : "; give Jelou a public URL to it"})
  Jelou        ${stack.mock ? `mock on ${stack.mock.url}   (demo credentials, random per run)` : `${stack.jelouBaseUrl}   (real API: messages are delivered)`}
${stack.mock ? yourCode(stack) : ""}
Open the playground, pick a message type (or the Template tab for an HSM template), and send it. Ctrl-C stops everything.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(130); // a second Ctrl-C does not wait
    stopping = true;
    console.log("\nstopping…");
    setTimeout(() => process.exit(1), 5000).unref();
    await stack.close();
    process.exit(0);
  };
  // Miniflare's own exit hook would exit at once on Ctrl-C (it kills workerd, nothing else):
  // this process owns shutdown, so close() runs in full. Its "exit" hook stays as a safety net.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop());
  }
}
