// The request pipeline: route → method → the route's handler → CORS headers → one log line.
// It never throws: anything unexpected becomes a 500 envelope without details.
import type { Config } from "./config.js";
import { applyCors, preflight } from "./cors.js";
import { fail, type Outcome } from "./envelope.js";
import type { Quota } from "./quota.js";
import { matchRoute, type RouteMatch } from "./routes.js";
import { handleSend } from "./send.js";
import { handleTokens } from "./tokens.js";

export interface Deps {
  config: Config;
  quota(jti: string): Quota;
  fetch?: (request: Request) => Promise<Response>;
  /** One line per request: method, route pattern, status, reason word. Never a header, token or body. */
  log(line: string): void;
}

async function dispatch(request: Request, match: RouteMatch | undefined, deps: Deps): Promise<Outcome> {
  if (!match) return fail("NOT_FOUND", "not_found", "no such route");
  const sendRoute = match.route !== "tokens";
  if (request.method === "OPTIONS")
    return sendRoute
      ? preflight(request.headers.get("Origin"), deps.config.allowedOrigins)
      : fail("ORIGIN_NOT_ALLOWED", "origin", "the token endpoint is for servers");
  if (request.method !== "POST")
    return fail("METHOD_NOT_ALLOWED", "method", `${match.pattern} accepts POST`, undefined, { Allow: "POST, OPTIONS" });
  return match.route === "tokens" ? handleTokens(request, deps.config) : handleSend(request, { ...match, route: match.route }, deps);
}

/** Method names are echoed in the log only when they look like one. */
const safeMethod = (m: string) => (/^[A-Z]{1,10}$/.test(m) ? m : "OTHER");

export async function handle(request: Request, deps: Deps): Promise<Response> {
  let match: RouteMatch | undefined;
  let outcome: Outcome;
  try {
    match = matchRoute(new URL(request.url).pathname);
    outcome = await dispatch(request, match, deps);
  } catch {
    outcome = fail("INTERNAL_ERROR", "internal", "internal error");
  }
  // The token endpoint never answers a browser: it gets Vary but no allow headers. Everything
  // else, a 404 included, is readable by an allowed origin.
  const origin = match?.route === "tokens" ? null : request.headers.get("Origin");
  const response = applyCors(outcome.response, origin, deps.config.allowedOrigins);
  try {
    deps.log(`${safeMethod(request.method)} ${match?.pattern ?? "(no route)"} ${response.status} ${outcome.reason}`);
  } catch {}
  return response;
}
