// Shared by the Worker tests: distinctive secrets (so a leak is easy to find), token minting,
// and an in-memory quota built on the same ledger the Durable Object uses.
import { basicAuthorization } from "jelou-sdk/messages";
import { mintSendToken, type SendTokenScope } from "jelou-sdk/token";
import type { Config } from "../../worker-example/src/config";
import * as ledger from "../../worker-example/src/ledger";
import { quotaName, type Quota } from "../../worker-example/src/quota";

export const CLIENT_ID = "cid_Leak-Canary-4f1d";
export const CLIENT_SECRET = "csecret_Leak-Canary-9b2e-ñ";
export const SIGNING_KEY = "signing-key_Leak-Canary-0a7c-at-least-32-bytes";
export const BASIC = basicAuthorization(CLIENT_ID, CLIENT_SECRET);
export const SECRETS = { CLIENT_ID, CLIENT_SECRET, SIGNING_KEY, BASIC, BASIC_B64: BASIC.slice(6) };
export const ORIGIN = "https://app.example.test";
export const OTHER_ORIGIN = "https://evil.example.test";
export const BOT = "BOT_1";
export const USER = "593987654321";
export const AUDIENCE = "jelou-proxy";

export const config = (over: Partial<Config> = {}): Config => ({
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  signingKey: SIGNING_KEY,
  allowedOrigins: new Set([ORIGIN]),
  baseUrl: "http://jelou.invalid",
  audience: AUDIENCE,
  timeoutMs: 2000,
  ...over,
});

export const scope = (over: Partial<SendTokenScope> = {}): SendTokenScope => ({
  iss: "test-backend",
  aud: AUDIENCE,
  bot: BOT,
  sub: USER,
  types: ["text", "voice_call", "flow"],
  max: 5,
  ...over,
});

export const mint = (over: Partial<SendTokenScope> = {}, o: { ttlSeconds?: number; now?: number; key?: string } = {}) =>
  mintSendToken(o.key ?? SIGNING_KEY, scope(over), o);

export const listMessage = (options = 2) => ({
  type: "text",
  userId: USER,
  text: "What size?",
  options: Array.from({ length: options }, (_, i) => ({ id: `o${i}`, title: `Option ${i}` })),
});
export const callButton = {
  type: "voice_call",
  userId: USER,
  text: "Tap to talk to an agent",
  parameters: { display_text: "Call Support" },
};
export const flowMessage = { text: "Complete this flow", parameters: { flow_name: "welcome_flow", flow_cta: "Start Flow" } };

/** The Durable Object's logic over Maps, one per quota name, with a log of calls. */
export function memoryQuota() {
  const stores = new Map<string, Map<string, unknown>>();
  const calls: string[] = [];
  const kv = (jti: string) => {
    const m = stores.get(jti) ?? stores.set(jti, new Map()).get(jti)!;
    return { get: (k: string) => m.get(k), put: (k: string, v: unknown) => void m.set(k, v), delete: (k: string) => m.delete(k) };
  };
  const quota = (jti: string): Quota => ({
    take: async (max, _exp, idem) => (calls.push("take"), ledger.take(kv(jti), max, idem)),
    giveBack: async (key) => (calls.push("giveBack"), ledger.giveBack(kv(jti), key)),
    remember: async (key, answer) => (calls.push("remember"), ledger.remember(kv(jti), key, answer)),
  });
  return { quota, calls, used: (jti: string) => ledger.used(kv(jti)) };
}

export const jtiOf = (token: string): string => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).jti;

/** The name of a token's quota object, as the Worker derives it (a hash of every claim). */
export const quotaOf = (token: string): Promise<string> => quotaName(JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()));
