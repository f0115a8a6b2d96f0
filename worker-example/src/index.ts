// jelou-proxy: a Cloudflare Worker that lets a browser send Jelou messages with a short-lived,
// scoped token instead of the Basic credentials. See ../README.md for deployment and the flow.
import { configFromEnv, type Env } from "./config.js";
import { fail } from "./envelope.js";
import { handle } from "./handler.js";

export { SendQuota } from "./quota-object.js";
export type { Env } from "./config.js";

export default {
  async fetch(request: Request, env: Env, _ctx: ExecutionContext): Promise<Response> {
    try {
      const config = configFromEnv(env);
      return await handle(request, {
        config,
        quota: (jti) => env.QUOTA.get(env.QUOTA.idFromName(jti)),
        log: (line) => console.log(`jelou-proxy ${line}`),
      });
    } catch {
      // Only a missing secret gets here; say nothing about which.
      const { response } = fail("INTERNAL_ERROR", "config", "internal error");
      response.headers.set("Vary", "Origin");
      console.log("jelou-proxy - - 500 config");
      return response;
    }
  },
};
