// openapi.yaml's servers → generated/servers.ts: the default URL of each host and which paths live
// on a host other than `api.jelou.ai`, so the SDK picks host and credential from the spec.

/** A server's name: the first label of its host (`api`, `gateway`, `chatbot`). */
const hostName = (url) => new URL(url).hostname.split(".")[0];

/** @param {any} spec @param {string} header */
export function serversModule(spec, header) {
  const main = spec.servers?.[0]?.url;
  if (!main || hostName(main) !== "api") throw new Error("openapi.yaml: the first top-level server must be api.jelou.ai");
  const urls = { api: main };
  const pathHosts = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    const url = item.servers?.[0]?.url;
    if (!url || url === main) continue;
    const name = hostName(url);
    if (urls[name] && urls[name] !== url) throw new Error(`openapi.yaml: two URLs for host ${name}: ${urls[name]}, ${url}`);
    urls[name] = url;
    pathHosts[path] = name;
  }
  const lines = [header];
  for (const [name, url] of Object.entries(urls)) {
    lines.push(`/** Default URL of the \`${name}\` host (openapi.yaml \`servers\`). */`);
    lines.push(`export const ${name.toUpperCase()}_URL = ${JSON.stringify(url)};`);
  }
  const names = Object.keys(urls)
    .filter((n) => n !== "api")
    .map((n) => JSON.stringify(n));
  lines.push("/** Paths served by another host than `api.jelou.ai`, by host name. */");
  lines.push(`export const PATH_HOSTS: Record<string, ${names.join(" | ") || "never"}> = ${JSON.stringify(pathHosts, null, 2)};`);
  return lines.join("\n") + "\n";
}
