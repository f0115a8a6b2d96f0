// openapi.yaml's operations → generated/examples.ts: what `jelou-sdk/testing` answers like Jelou
// with. Per operationId: method, path template, host, the header carrying its credential, its
// header parameters, its documented 200 example and which error response each status refers to;
// per error response component: its description and documented example, when it has one.

const METHODS = ["get", "put", "post", "delete", "patch"];
/** A server's name: the first label of its host (`api`, `gateway`, `chatbot`), as generated/servers.ts names them. */
const hostName = (url) => new URL(url).hostname.split(".")[0];
const componentName = (ref, kind) => {
  if (!ref.startsWith(`#/components/${kind}/`)) throw new Error(`scripts/generate/examples.mjs: unsupported $ref ${ref}`);
  return ref.slice(`#/components/${kind}/`.length);
};

/** The lower-cased header of a security scheme (`authorization`, `x-api-key`, `x-jelou-signature`). */
function credentialHeader(scheme) {
  if (scheme?.type === "http") return "authorization";
  if (scheme?.type === "apiKey" && scheme.in === "header") return String(scheme.name).toLowerCase();
  throw new Error(`scripts/generate/examples.mjs: security scheme ${JSON.stringify(scheme)} is not supported`);
}

/** The documented example of a media object: `example`, else the first of `examples`. */
function exampleOf(media, where) {
  if (!media) return undefined;
  if ("example" in media) return { value: media.example };
  const first = media.examples && Object.values(media.examples)[0];
  if (first && "value" in first) return { value: first.value };
  if (where) throw new Error(`scripts/generate/examples.mjs: ${where} has no documented example`);
  return undefined;
}

/** @param {any} spec @param {string} header @param {(value: unknown) => string} literal */
export function examplesModule(spec, header, literal) {
  const schemes = spec.components.securitySchemes ?? {};
  const main = spec.servers[0].url;
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const id = op.operationId;
      const where = `${method.toUpperCase()} ${path}`;
      const url = op.servers?.[0]?.url ?? item.servers?.[0]?.url ?? main;
      const security = op.security ?? spec.security ?? [];
      // The first requirement names the credential; the others are alternatives in the same header (Basic or Bearer).
      const credential = security.length ? credentialHeader(schemes[Object.keys(security[0])[0]]) : undefined;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        p.$ref ? spec.components.parameters[componentName(p.$ref, "parameters")] : p,
      );
      const headers = params.filter((p) => p.in === "header").map((p) => p.name.toLowerCase());
      const ok = Object.keys(op.responses).find((c) => /^2\d\d$/.test(c));
      if (!ok) throw new Error(`scripts/generate/examples.mjs: ${where} documents no 2xx answer`);
      const example = exampleOf(op.responses[ok].content?.["application/json"], `${where} ${ok}`);
      const errors = {};
      for (const [code, r] of Object.entries(op.responses)) {
        if (/^2/.test(code)) continue;
        if (!r.$ref) throw new Error(`scripts/generate/examples.mjs: ${where} ${code} must be a $ref to #/components/responses/`);
        errors[code] = componentName(r.$ref, "responses");
      }
      const fields = [
        `method: ${literal(method.toUpperCase())}`,
        `path: ${literal(path)}`,
        `host: ${literal(hostName(url))}`,
        ...(credential ? [`credential: ${literal(credential)}`] : []),
        ...(headers.length ? [`headers: ${literal(headers)}`] : []),
        `status: ${ok}`,
        `example: ${literal(example.value)}`,
        `errors: ${literal(errors)}`,
      ];
      ops.push(`  ${id}: {\n${fields.map((f) => `    ${f},`).join("\n")}\n  },`);
    }
  }
  const responses = Object.entries(spec.components.responses ?? {}).map(([name, r]) => {
    const doc = exampleOf(r.content?.["application/json"]);
    return `  ${name}: { description: ${literal(r.description.trim())}${doc ? `, example: ${literal(doc.value)}` : ""} },`;
  });
  return `${header}// Jelou's documented answers, for jelou-sdk/testing: nothing in the main entry imports this file.
import type { operations } from "./openapi.js";

/** One operation of openapi.yaml as the mock serves it. */
export interface OperationExample {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path template, \`{name}\` for each path parameter. */
  path: string;
  /** The server it lives on (generated/servers.ts). */
  host: "api" | "gateway" | "chatbot";
  /** The lower-cased header that carries its credential, when it takes one. */
  credential?: string;
  /** Its header parameters, lower-cased. */
  headers?: readonly string[];
  /** The success status, and its documented example. */
  status: number;
  example: unknown;
  /** Each documented error status → its #/components/responses/ name (see RESPONSES). */
  errors: { readonly [status: string]: string };
}

/** Every operation of openapi.yaml, by operationId. */
export const OPERATIONS: { readonly [K in keyof operations]: OperationExample } = {
${ops.join("\n")}
};

/** Every #/components/responses/ entry: its description, and its documented example when there is one. */
export const RESPONSES: { readonly [name: string]: { description: string; example?: unknown } } = {
${responses.join("\n")}
};
`;
}
