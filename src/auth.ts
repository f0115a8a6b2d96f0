/** Where the `Authorization` header comes from: Basic credentials (server) or a bearer token (behind the proxy). */
export type AuthOptions =
  | { clientId: string; clientSecret: string; token?: undefined }
  | { token: string | (() => string | Promise<string>); clientId?: undefined; clientSecret?: undefined };

/** Returns the header value; `refresh` asks a token function for a new token (after a 401). */
export type AuthHeader = (refresh: boolean) => Promise<string>;

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

export function authHeader(o: Partial<AuthOptions>): AuthHeader {
  const { clientId, clientSecret, token } = o;
  if (token !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined)
      throw new TypeError("createJelou: pass either { clientId, clientSecret } or { token }, not both");
    if (typeof token === "string") return async () => `Bearer ${token}`;
    let cached: Promise<string> | undefined;
    return (refresh) => {
      if (refresh || !cached) {
        const p = Promise.resolve().then(token).then((t) => `Bearer ${t}`);
        // A failed token fetch must not stick: the next send asks again.
        p.catch(() => cached === p && (cached = undefined));
        cached = p;
      }
      return cached;
    };
  }
  if (typeof clientId !== "string" || !clientId || typeof clientSecret !== "string" || !clientSecret)
    throw new TypeError("createJelou: clientId and clientSecret are required (or pass { token } behind the proxy)");
  const header = basicAuthorization(clientId, clientSecret);
  return async () => header;
}
