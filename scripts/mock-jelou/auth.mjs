// Credentials per security scheme of the operation: Basic / Bearer (`Authorization`), API keys in
// a header (`x-api-key`), and Jelou's HMAC signature (`X-Jelou-Signature: sha256=<hex>` over the
// raw body). A credential is only checked when the run was given it; a header carrying a
// credential the operation does not take is always reported (`wrongAuth`).
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * @typedef {{ clientId?: string, clientSecret?: string, bearerToken?: string, apiKey?: string, signingSecret?: string }} Credentials
 * @typedef {{ authErrors: string[], wrongAuth: string[] }} AuthResult
 *   `authErrors`: why the credentials were refused (answer 401); `wrongAuth`: headers that carry
 *   a credential this operation does not take (e.g. Authorization on a gateway path).
 */

/** Headers that carry a Jelou credential, whether or not this spec declares their scheme. */
const CARRIERS = ["authorization", "x-api-key", "x-jelou-signature"];

/** The header a scheme reads, lower-cased. */
/** @param {any} scheme */
const headerOf = (scheme) =>
  scheme?.type === "http"
    ? "authorization"
    : scheme?.type === "apiKey" && scheme.in === "header"
      ? String(scheme.name).toLowerCase()
      : undefined;

/** `sha256=<hex HMAC-SHA256(secret, body)>`, as Jelou signs PMA webhook traffic. */
/** @param {string} secret @param {Buffer | string} body */
export const sign = (secret, body) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/** @param {string} a @param {string} b */
const same = (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Whether one scheme is satisfied: `undefined` when it is, else the reason. `checked` says the run
 * configured this scheme's credential, so the value must match; unconfigured, the header only has
 * to be there in the right form.
 * @param {string} name @param {any} scheme @param {string | undefined} value @param {Buffer} raw @param {Credentials} creds
 */
function refuse(name, scheme, value, raw, creds) {
  if (!value) return `${name}: missing ${headerOf(scheme)} header`;
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") {
    if (!/^Basic \S+$/i.test(value)) return `${name}: not a Basic credential`;
    if (creds.clientId === undefined && creds.clientSecret === undefined) return undefined;
    const want = `Basic ${Buffer.from(`${creds.clientId ?? ""}:${creds.clientSecret ?? ""}`, "utf8").toString("base64")}`;
    return same(value, want) ? undefined : `${name}: wrong client id or secret`;
  }
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
    if (!/^Bearer \S+$/i.test(value)) return `${name}: not a Bearer token`;
    return creds.bearerToken === undefined || same(value.slice(7), creds.bearerToken) ? undefined : `${name}: wrong token`;
  }
  if (headerOf(scheme) === "x-jelou-signature") {
    if (creds.signingSecret === undefined) return /^sha256=[0-9a-f]{64}$/i.test(value) ? undefined : `${name}: not sha256=<hex>`;
    return same(value.toLowerCase(), sign(creds.signingSecret, raw)) ? undefined : `${name}: signature does not match the body`;
  }
  if (scheme.type === "apiKey") return creds.apiKey === undefined || same(value, creds.apiKey) ? undefined : `${name}: wrong API key`;
  return undefined; // a scheme this mock does not know (oauth2, cookies…) is not checked
}

/** Whether the run configured the credential a scheme checks. */
/** @param {any} scheme @param {Credentials} c */
function configured(scheme, c) {
  if (scheme?.type === "http")
    return scheme.scheme?.toLowerCase() === "basic"
      ? c.clientId !== undefined || c.clientSecret !== undefined
      : c.bearerToken !== undefined;
  if (headerOf(scheme) === "x-jelou-signature") return c.signingSecret !== undefined;
  return scheme?.type === "apiKey" && c.apiKey !== undefined;
}

/**
 * Checks the request's credentials against the operation's `security` (any one requirement, all
 * schemes of it). Nothing is refused unless the run configured a credential one of the
 * operation's schemes checks (today's default: Basic is not checked).
 * @param {import("./router.mjs").Contract} contract @param {import("./router.mjs").Route} route
 * @param {Record<string, string | string[] | undefined>} headers @param {Buffer} raw @param {Credentials} creds
 * @returns {AuthResult}
 */
export function checkAuth(contract, route, headers, raw, creds) {
  const schemes = contract.spec.components?.securitySchemes ?? {};
  /** @type {Record<string, string>[]} */
  const requirements = route.op.security ?? contract.spec.security ?? [];
  const names = requirements.flatMap((r) => Object.keys(r));
  const taken = new Set(names.map((n) => headerOf(schemes[n])));
  const carriers = new Set([...CARRIERS, ...Object.values(schemes).map(headerOf).filter(Boolean)]);
  const wrongAuth = [...carriers].filter((h) => h && headers[h] !== undefined && !taken.has(h));
  // A Basic-only operation given a Bearer token (or the reverse) is a wrong credential too.
  const auth = headers.authorization;
  if (typeof auth === "string" && taken.has("authorization")) {
    const kinds = names
      .map((n) => schemes[n])
      .filter((s) => s?.type === "http")
      .map((s) => s.scheme?.toLowerCase());
    const kind = auth.split(" ")[0].toLowerCase();
    if (!kinds.includes(kind)) wrongAuth.push(`authorization (${kind})`);
  }

  if (!requirements.length || !names.some((n) => configured(schemes[n], creds))) return { authErrors: [], wrongAuth };
  /** @type {string[]} */
  const reasons = [];
  for (const req of requirements) {
    const why = Object.keys(req)
      .map((n) => refuse(n, schemes[n], [headers[headerOf(schemes[n]) ?? ""]].flat()[0], raw, creds))
      .filter(Boolean);
    if (!why.length) return { authErrors: [], wrongAuth };
    reasons.push(/** @type {string} */ (why.join(", ")));
  }
  return { authErrors: reasons, wrongAuth };
}
