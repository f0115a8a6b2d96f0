import { JelouConfigError } from "./errors.js";

/**
 * Where credentials come from. `clientId`/`clientSecret` (server) or `token` (behind the proxy)
 * authorize `api.jelou.ai`; `apiKey` authorizes the gateway (PMA Custom, Memory). Each goes only to
 * its own host: a Basic credential never reaches the gateway, an API key never reaches `api.jelou.ai`.
 */
export interface AuthOptions {
  clientId?: string;
  clientSecret?: string;
  /** A send token (string), or a function returning one; asked again once after a 401. */
  token?: string | (() => string | Promise<string>);
  /** Project API key (`x-api-key`), for the gateway endpoints. */
  apiKey?: string;
}

/** Returns the header value; `refresh` asks a token function for a new token (after a 401). */
export type AuthHeader = (refresh: boolean) => string | Promise<string>;

/**
 * `Basic base64(utf8(clientId:clientSecret))`, with Web APIs only: `btoa` takes bytes as Latin-1
 * characters, so the UTF-8 bytes are mapped one to one.
 *
 * @example
 * basicAuthorization("my_client_id", "my_client_secret") // "Basic bXlfY2xpZW50X2lkOm15X2NsaWVudF9zZWNyZXQ="
 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  let bin = "";
  for (const b of new TextEncoder().encode(`${clientId}:${clientSecret}`)) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

const missing = (what: string) => () => {
  throw new JelouConfigError(`createJelou: ${what}`);
};

/** The `Authorization` value for `api.jelou.ai`, or a function that throws a config error naming what is missing. */
export function authHeader(o: AuthOptions): AuthHeader {
  const { clientId, clientSecret, token } = o;
  if (token !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined)
      throw new JelouConfigError("createJelou: pass either { clientId, clientSecret } or { token }, not both");
    if (typeof token === "string") {
      const header = `Bearer ${token}`;
      return () => header;
    }
    let cached: Promise<string> | undefined;
    return (refresh) => {
      if (refresh || !cached) {
        const p = Promise.resolve()
          .then(token)
          .then((t) => `Bearer ${t}`);
        // A failed token fetch must not stick: the next send asks again.
        p.catch(() => cached === p && (cached = undefined));
        cached = p;
      }
      return cached;
    };
  }
  if (clientId === undefined && clientSecret === undefined) return missing("api.jelou.ai needs clientId and clientSecret (or token)");
  if (typeof clientId !== "string" || !clientId || typeof clientSecret !== "string" || !clientSecret)
    throw new JelouConfigError("createJelou: clientId and clientSecret must be non-empty strings");
  const header = basicAuthorization(clientId, clientSecret);
  return () => header;
}

/** The `x-api-key` value for the gateway, or a function that throws a config error naming `apiKey`. */
export function apiKeyHeader(o: AuthOptions): AuthHeader {
  const { apiKey } = o;
  if (apiKey === undefined) return missing("the gateway (PMA Custom, Memory) needs apiKey");
  if (typeof apiKey !== "string" || !apiKey) throw new JelouConfigError("createJelou: apiKey must be a non-empty string");
  return () => apiKey;
}

/** A client with no credential at all can do nothing: say so at once rather than at the first call. */
export function requireSomeCredential(o: AuthOptions): void {
  if (o.clientId === undefined && o.clientSecret === undefined && o.token === undefined && o.apiKey === undefined)
    throw new JelouConfigError("createJelou: clientId and clientSecret are required (or token, or apiKey)");
}
