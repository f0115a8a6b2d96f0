// Reads openapi.yaml and turns every path template + method into a matcher. The mock is one
// loopback origin standing in for every server of the spec (api.jelou.ai, gateway.jelou.ai,
// chatbot.jelou.ai): the gateway paths carry their host prefix, so the paths alone keep them apart.
import { readFileSync, statSync } from "node:fs";
import { parse } from "yaml";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {{ method: string, template: string, pointer: string, op: any, pathItem: any,
 *   server: string, literals: number, regex: RegExp, names: string[] }} Route
 *   `pointer` is the JSON pointer of the operation (`#/paths/~1v1~1bots~1{botId}~1messages/post`).
 * @typedef {{ spec: any, routes: Route[], resolve(node: any): any }} Contract
 */

/** JSON pointer segment, escaped for use inside a URI fragment (ajv resolves `$ref`s as URIs). */
export const ptr = (/** @type {string} */ s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"));

/** @type {Map<string, { mtime: number, contract: Contract }>} */
const cache = new Map();

/** The spec at `file`, parsed and compiled once per file version (tests start many mocks). */
/** @param {string} file @returns {Contract} */
export function loadContract(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.contract;
  const contract = compileContract(parse(readFileSync(file, "utf8")));
  cache.set(file, { mtime, contract });
  return contract;
}

/** @param {any} spec @returns {Contract} */
export function compileContract(spec) {
  /** Follows local `$ref`s (`#/components/...`) until a node without one. */
  const resolve = (/** @type {any} */ node) => {
    for (let i = 0; node && typeof node.$ref === "string" && node.$ref.startsWith("#/") && i < 32; i++)
      node = node.$ref
        .slice(2)
        .split("/")
        .reduce((n, k) => n?.[decodeURIComponent(k).replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    return node;
  };
  /** @type {Route[]} */
  const routes = [];
  for (const [template, rawItem] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolve(rawItem);
    /** @type {string[]} */
    const names = [];
    const segments = template.split("/").map((seg) =>
      seg.replace(/\{([^}]+)\}|([^{]+)/g, (_, name, lit) => {
        if (name) return (names.push(name), "([^/]+)");
        return lit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }),
    );
    const regex = new RegExp(`^${segments.join("/")}$`);
    const literals = template.split("/").filter((s) => s && !s.includes("{")).length;
    for (const method of METHODS) {
      const op = pathItem?.[method];
      if (!op) continue;
      const server = (op.servers ?? pathItem.servers ?? spec.servers ?? [{ url: "" }])[0].url;
      routes.push({
        method: method.toUpperCase(),
        template,
        pointer: `#/paths/${ptr(template)}/${method}`,
        op,
        pathItem,
        server,
        literals,
        regex,
        names,
      });
    }
  }
  // A literal segment beats a parameter (`/v1/users/state` before `/v1/users/{userId}`).
  routes.sort((a, b) => b.literals - a.literals);
  return { spec, routes, resolve };
}

/**
 * The route for a raw, still percent-encoded request path, with its decoded path parameters;
 * `allowed` lists the methods the path has when only the method is wrong.
 * @param {Contract} contract @param {string} method @param {string} rawPath
 * @returns {{ route?: Route, params: Record<string, string>, allowed: string[] }}
 */
export function matchRoute(contract, method, rawPath) {
  /** @type {string[]} */
  const allowed = [];
  for (const route of contract.routes) {
    const m = route.regex.exec(rawPath);
    if (!m) continue;
    /** @type {Record<string, string>} */
    const params = {};
    try {
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
    } catch {
      continue; // a malformed %-escape matches nothing
    }
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}
