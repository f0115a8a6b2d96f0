// Bindings (wrangler.toml vars, secrets, the Durable Object) → the handler's plain config.
import type { SendQuota } from "./quota-object.js";

export interface Env {
  /** Secrets (`wrangler secret put`). */
  JELOU_CLIENT_ID: string;
  JELOU_CLIENT_SECRET: string;
  TOKEN_SIGNING_KEY: string;
  /** Vars. */
  ALLOWED_ORIGINS?: string;
  JELOU_BASE_URL?: string;
  TOKEN_AUDIENCE?: string;
  JELOU_TIMEOUT_MS?: string;
  /** One SendQuota object per token id. */
  QUOTA: DurableObjectNamespace<SendQuota>;
}

export interface Config {
  clientId: string;
  clientSecret: string;
  signingKey: string;
  /** Exact origins, e.g. `https://app.example.com`. */
  allowedOrigins: ReadonlySet<string>;
  baseUrl: string;
  audience: string;
  timeoutMs: number;
}

export const DEFAULT_BASE_URL = "https://api.jelou.ai";
export const DEFAULT_AUDIENCE = "jelou-proxy";
export const DEFAULT_TIMEOUT_MS = 30_000;

/** `"https://a.example, https://b.example"` → a set of exact origins; blanks are dropped. */
export function parseOrigins(list: string | undefined): ReadonlySet<string> {
  return new Set(
    (list ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
  );
}

/** Throws when a secret is missing; the caller turns that into a 500 without details. */
export function configFromEnv(env: Env): Config {
  for (const name of ["JELOU_CLIENT_ID", "JELOU_CLIENT_SECRET", "TOKEN_SIGNING_KEY"] as const)
    if (typeof env[name] !== "string" || !env[name]) throw new Error(`secret ${name} is not set`);
  const timeout = Number(env.JELOU_TIMEOUT_MS);
  return {
    clientId: env.JELOU_CLIENT_ID,
    clientSecret: env.JELOU_CLIENT_SECRET,
    signingKey: env.TOKEN_SIGNING_KEY,
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    baseUrl: (env.JELOU_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, ""),
    audience: env.TOKEN_AUDIENCE || DEFAULT_AUDIENCE,
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
  };
}
