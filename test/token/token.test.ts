import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import {
  DEFAULT_TTL_SECONDS,
  JelouTokenError,
  MAX_SCOPE_TYPES,
  MAX_SENDS,
  MAX_TTL_SECONDS,
  mintSendToken,
  verifySendToken,
  type SendTokenScope,
} from "../../src/token/index.js";
import { MESSAGE_TYPES } from "../../generated/messages.js";
import { SCOPE_TYPES } from "../../src/scope.js";

const KEY = "test-signing-key-that-is-32-bytes-long!";
const OTHER = "another-signing-key-of-32-bytes-or-more";
const scope: SendTokenScope = { iss: "backend", aud: "jelou-proxy", bot: "BOT", sub: "593987654321", types: ["text"], max: 3 };
const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const opts = { audience: "jelou-proxy", now: T0 };

const b64url = (x: string | Buffer) => Buffer.from(x).toString("base64url");
/** A JWT built by hand with node:crypto, as any other language's JWT library would. */
function foreignJwt(header: object, claims: object, key = KEY) {
  const h = b64url(JSON.stringify(header));
  const p = b64url(JSON.stringify(claims));
  return `${h}.${p}.${createHmac("sha256", key).update(`${h}.${p}`).digest("base64url")}`;
}
const claimsAt = (iat: number, ttl = DEFAULT_TTL_SECONDS) => ({ ...scope, jti: "j1", iat, exp: iat + ttl });
const reason = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x) => x,
  );
  expect(e).toBeInstanceOf(JelouTokenError);
  return (e as JelouTokenError).reason;
};

describe("scope limits (the one place a test states them: README and TSDoc promise these values)", () => {
  it("5-minute default and 15-minute maximum lifetime, 1–1000 sends, 1–20 types", () => {
    expect([DEFAULT_TTL_SECONDS, MAX_TTL_SECONDS, MAX_SENDS, MAX_SCOPE_TYPES]).toEqual([5 * 60, 15 * 60, 1000, 20]);
  });
  it("SCOPE_TYPES: every message type of the spec, then flow", () => {
    expect(SCOPE_TYPES).toEqual([...MESSAGE_TYPES, "flow"]);
  });
});

describe("mint and verify", () => {
  it("round-trips the scope with iat, exp (5 min by default) and a random jti", async () => {
    const t = await mintSendToken(KEY, scope, { now: T0 });
    const c = await verifySendToken(KEY, t, opts);
    expect(c).toMatchObject({ ...scope, iat: T0 / 1000, exp: T0 / 1000 + DEFAULT_TTL_SECONDS });
    expect(c.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect((await verifySendToken(KEY, await mintSendToken(KEY, scope, { now: T0 }), opts)).jti).not.toBe(c.jti);
  });

  it("is a standard HS256 JWT: verifies tokens minted elsewhere, and its tokens verify elsewhere", async () => {
    const iat = T0 / 1000;
    expect(await verifySendToken(KEY, foreignJwt({ alg: "HS256", typ: "JWT" }, claimsAt(iat)), opts)).toMatchObject(scope);
    const [h, p, s] = (await mintSendToken(KEY, scope, { now: T0 })).split(".");
    expect(createHmac("sha256", KEY).update(`${h}.${p}`).digest("base64url")).toBe(s);
    expect(JSON.parse(Buffer.from(h!, "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
  });

  it("refuses a lifetime over 15 minutes when minting and when verifying", async () => {
    expect(await reason(mintSendToken(KEY, scope, { ttlSeconds: MAX_TTL_SECONDS + 1 }))).toBe("lifetime");
    await expect(mintSendToken(KEY, scope, { ttlSeconds: MAX_TTL_SECONDS, now: T0 })).resolves.toBeTypeOf("string");
    expect(await reason(verifySendToken(KEY, foreignJwt({ alg: "HS256" }, claimsAt(T0 / 1000, 3600)), opts))).toBe("lifetime");
  });

  it("refuses keys shorter than 32 bytes and scopes without every claim", async () => {
    expect(await reason(mintSendToken("short", scope))).toBe("key");
    expect(await reason(mintSendToken(KEY, { ...scope, types: [] }))).toBe("claims");
    expect(await reason(mintSendToken(KEY, { ...scope, max: 0 }))).toBe("claims");
    expect(await reason(mintSendToken(KEY, { ...scope, max: MAX_SENDS + 1 }))).toBe("claims");
    await expect(mintSendToken(KEY, { ...scope, max: MAX_SENDS })).resolves.toBeTypeOf("string");
    expect(await reason(mintSendToken(KEY, { ...scope, types: Array(MAX_SCOPE_TYPES + 1).fill("text") }))).toBe("claims");
    expect(await reason(mintSendToken(KEY, { ...scope, bot: "" }))).toBe("claims");
  });
});

describe("hostile tokens: each fails the check it names", () => {
  const iat = T0 / 1000;
  const good = () => mintSendToken(KEY, scope, { now: T0 });
  const swap = (t: string, i: number, part: string) =>
    t
      .split(".")
      .map((x, j) => (j === i ? part : x))
      .join(".");

  it.each([
    [
      "tampered payload",
      async (): Promise<string> => swap(await good(), 1, b64url(JSON.stringify({ ...claimsAt(iat), max: 1000 }))),
      "signature",
    ],
    [
      "tampered signature",
      async () => {
        const t = await good();
        return t.slice(0, -2) + (t.endsWith("AA") ? "BA" : "AA");
      },
      "signature",
    ],
    ["signature from another key", async () => mintSendToken(OTHER, scope, { now: T0 }), "signature"],
    ["alg none, no signature", async () => foreignJwt({ alg: "none" }, claimsAt(iat)).split(".").slice(0, 2).join(".") + ".", "alg"],
    ["alg none with a signature", async () => foreignJwt({ alg: "none" }, claimsAt(iat)), "alg"],
    ["alg RS256", async () => foreignJwt({ alg: "RS256" }, claimsAt(iat)), "alg"],
    ["alg hs256 (case)", async () => foreignJwt({ alg: "hs256" }, claimsAt(iat)), "alg"],
    ["missing alg", async () => foreignJwt({ typ: "JWT" }, claimsAt(iat)), "alg"],
    [
      "missing exp",
      async () => {
        const { exp: _, ...c } = claimsAt(iat);
        return foreignJwt({ alg: "HS256" }, c);
      },
      "claims",
    ],
    ["expired 31 s ago", async () => foreignJwt({ alg: "HS256" }, claimsAt(iat - 331)), "expired"],
    ["iat 31 s in the future", async () => foreignJwt({ alg: "HS256" }, claimsAt(iat + 31)), "not_yet_valid"],
    ["wrong aud", async () => foreignJwt({ alg: "HS256" }, { ...claimsAt(iat), aud: "other" }), "audience"],
    ["two parts", async () => (await good()).split(".").slice(0, 2).join("."), "malformed"],
    ["non-base64url characters", async () => swap(await good(), 1, "eyJ+/=="), "malformed"],
    ["payload that is not JSON", async () => swap(await good(), 1, b64url("not json")), "malformed"],
    ["payload that is an array", async () => swap(await good(), 1, b64url("[1]")), "malformed"],
    ["empty string", async (): Promise<string> => "", "malformed"],
  ] as const)("%s → %s", async (_name, make, expected) => {
    expect(await reason(verifySendToken(KEY, await make(), opts))).toBe(expected);
  });

  it("accepts up to 30 s of clock skew either way", async () => {
    await expect(verifySendToken(KEY, foreignJwt({ alg: "HS256" }, claimsAt(iat - 329)), opts)).resolves.toBeTruthy();
    await expect(verifySendToken(KEY, foreignJwt({ alg: "HS256" }, claimsAt(iat + 29)), opts)).resolves.toBeTruthy();
  });

  it("never puts the token or key in the error message", async () => {
    const t = foreignJwt({ alg: "HS256" }, { ...claimsAt(iat), aud: "other" });
    const e = await verifySendToken(KEY, t, opts).catch((x) => x);
    expect(e.message).not.toContain(t.split(".")[2]);
    expect(e.message).not.toContain(KEY);
  });
});
