// Hostile send tokens, built byte by byte (not with the SDK's minting), so the Worker sees exactly
// these bytes: tampered segments, wrong or missing alg, bad claims, malformed encodings, and
// tokens that are genuine but out of scope. Each row says the status and the check that must fail.
import { createHmac, randomUUID } from "node:crypto";
import { AUDIENCE, BASIC, BOT, SIGNING_KEY, USER } from "../worker/helpers";

const b64u = (x: string | Uint8Array) => Buffer.from(x).toString("base64url");
const hmac = (key: string, input: string) => createHmac("sha256", key).update(input).digest();
const nowS = () => Math.floor(Date.now() / 1000);
export const claims = (over: Record<string, unknown> = {}) => ({
  iss: "test-backend",
  aud: AUDIENCE,
  bot: BOT,
  sub: USER,
  types: ["text"],
  max: 1000,
  jti: randomUUID(),
  iat: nowS(),
  exp: nowS() + 300,
  ...over,
});
/** header.payload.signature with HS256 over the exact segments given. */
export function jws(header: unknown, payload: unknown, key = SIGNING_KEY, sig?: (input: string) => string): string {
  const h = typeof header === "string" ? header : b64u(JSON.stringify(header));
  const p = typeof payload === "string" ? payload : b64u(JSON.stringify(payload));
  return `${h}.${p}.${sig ? sig(`${h}.${p}`) : b64u(hmac(key, `${h}.${p}`))}`;
}
export const HS256 = { alg: "HS256", typ: "JWT" };
const without = (o: Record<string, unknown>, k: string) => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k));

export /** [name, Authorization header, expected status, expected reason ("SKIP" when not applicable)]. */
function hostileTokens(): [name: string, authorization: string, status: number, reasonOrKey: string][] {
  const valid = jws(HS256, claims());
  const [h, p, s] = valid.split(".") as [string, string, string];
  const sigBytes = Buffer.from(s, "base64url");
  const flipped = Buffer.from(sigBytes);
  flipped[7]! ^= 0x01;
  // 32 bytes → 43 chars; the last one carries 4 data bits and 2 zero bits. Setting one of those
  // gives the same bytes from a different string: malleable if the decoder were lax.
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const lastIdx = alphabet.indexOf(s.at(-1)!);
  const nonCanonical = `${h}.${p}.${s.slice(0, -1)}${alphabet[lastIdx ^ 0b0001]}`;
  const tamperedClaims = b64u(JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), max: 1000, sub: "15550001111" }));
  const noneSig = () => "";
  const now = nowS();
  return [
    ["tampered payload (sub and max changed, signature kept)", `Bearer ${h}.${tamperedClaims}.${s}`, 401, "signature"],
    ["tampered signature (one bit)", `Bearer ${h}.${p}.${b64u(flipped)}`, 401, "signature"],
    [
      "tampered header (typ changed, signature kept)",
      `Bearer ${b64u(JSON.stringify({ alg: "HS256", typ: "JOSE" }))}.${p}.${s}`,
      401,
      "signature",
    ],
    ['alg "none", empty signature', `Bearer ${jws({ alg: "none", typ: "JWT" }, claims(), SIGNING_KEY, noneSig)}`, 401, "alg"],
    ['alg "None", empty signature', `Bearer ${jws({ alg: "None" }, claims(), SIGNING_KEY, noneSig)}`, 401, "alg"],
    ['alg "none" with a valid HMAC', `Bearer ${jws({ alg: "none", typ: "JWT" }, claims())}`, 401, "alg"],
    ["alg RS256, HMAC'd with the key (key confusion)", `Bearer ${jws({ alg: "RS256", typ: "JWT" }, claims())}`, 401, "alg"],
    ["alg HS512", `Bearer ${jws({ alg: "HS512", typ: "JWT" }, claims())}`, 401, "alg"],
    ["alg missing", `Bearer ${jws({ typ: "JWT" }, claims())}`, 401, "alg"],
    ["crit header", `Bearer ${jws({ ...HS256, crit: ["exp"] }, claims())}`, 401, "alg"],
    ["missing exp", `Bearer ${jws(HS256, without(claims(), "exp"))}`, 401, "claims"],
    ["missing iat", `Bearer ${jws(HS256, without(claims(), "iat"))}`, 401, "claims"],
    ["exp as a string", `Bearer ${jws(HS256, claims({ exp: String(now + 300) }))}`, 401, "claims"],
    ["expired (beyond the 30 s skew)", `Bearer ${jws(HS256, claims({ iat: now - 400, exp: now - 100 }))}`, 401, "expired"],
    ["iat in the future (beyond the skew)", `Bearer ${jws(HS256, claims({ iat: now + 120, exp: now + 420 }))}`, 401, "not_yet_valid"],
    ["lifetime over 900 s", `Bearer ${jws(HS256, claims({ exp: now + 3600 }))}`, 401, "lifetime"],
    ["exp before iat", `Bearer ${jws(HS256, claims({ exp: now - 1 }))}`, 401, "lifetime"],
    ["wrong aud", `Bearer ${jws(HS256, claims({ aud: "someone-else" }))}`, 401, "audience"],
    ["aud as an array containing ours", `Bearer ${jws(HS256, claims({ aud: [AUDIENCE] }))}`, 401, "audience"],
    ["max 1001", `Bearer ${jws(HS256, claims({ max: 1001 }))}`, 401, "claims"],
    ["max 0", `Bearer ${jws(HS256, claims({ max: 0 }))}`, 401, "claims"],
    ["max 2.5 (not an integer)", `Bearer ${jws(HS256, claims({ max: 2.5 }))}`, 401, "claims"],
    ["missing jti", `Bearer ${jws(HS256, without(claims(), "jti"))}`, 401, "claims"],
    ["empty types", `Bearer ${jws(HS256, claims({ types: [] }))}`, 401, "claims"],
    ["minted with another key", `Bearer ${jws(HS256, claims(), "another-key-that-is-also-at-least-32-bytes")}`, 401, "signature"],
    ["payload is a JSON array", `Bearer ${jws(HS256, b64u("[1,2]"))}`, 401, "malformed"],
    ["payload is not JSON", `Bearer ${jws(HS256, b64u("not json"))}`, 401, "malformed"],
    ["payload is invalid UTF-8", `Bearer ${jws(HS256, b64u(Uint8Array.of(0x7b, 0xff, 0x7d)))}`, 401, "malformed"],
    ["two segments", `Bearer ${h}.${p}`, 401, "malformed"],
    ["four segments", `Bearer ${valid}.${s}`, 401, "malformed"],
    ["signature with = padding", `Bearer ${valid}=`, 401, "malformed"],
    [
      "signature in standard base64 (+ /)",
      `Bearer ${h}.${p}.${sigBytes.toString("base64")}`,
      401,
      sigBytes.toString("base64").replace(/=+$/, "") === s ? "SKIP" : "malformed",
    ],
    ["signature non-canonical (same bytes, other last char)", `Bearer ${nonCanonical}`, 401, "malformed"],
    ["empty Bearer", "Bearer ", 401, "missing"],
    ["two tokens", `Bearer ${valid} ${valid}`, 401, "missing"],
    ["the Basic credentials instead of a token", BASIC, 401, "missing"],
    ["Basic scheme carrying the token", `Basic ${valid}`, 401, "missing"],
    ["wrong bot", `Bearer ${jws(HS256, claims({ bot: "BOT_OTHER" }))}`, 403, "bot"],
    ["other recipient (sub)", `Bearer ${jws(HS256, claims({ sub: "15550001111" }))}`, 403, "recipient"],
    ["message type not allowed", `Bearer ${jws(HS256, claims({ types: ["image", "flow"] }))}`, 403, "type"],
  ];
}
