// Entry for the Node and Deno child processes of webhooks.test.ts: imports the webhooks module and
// the main entry's JelouError given as file URLs (dist/ or a bundle of src/), runs the scenario with
// the JSON input file given, prints the results on one line.
import { runWebhookScenario } from "./webhooks-scenario.js";

const [webhooksUrl, mainUrl, inputJson] = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const wh = await import(webhooksUrl);
const { JelouError } = await import(mainUrl);
const results = await runWebhookScenario(wh, JelouError, JSON.parse(inputJson));
console.log("RESULTS " + JSON.stringify(results));
