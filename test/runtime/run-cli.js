// Entry for the Node and Deno child processes: imports the built bundle (not vitest's transform
// of src/), runs the scenario with the JSON input from argv, prints the results on one line.
import * as sdk from "../../dist/index.js";
import { runScenario } from "./scenario.js";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const results = await runScenario(sdk, JSON.parse(args[0]));
console.log("RESULTS " + JSON.stringify(results));
