// Routing: three POST routes for senders. Path parameters are percent-decoded; an empty or
// undecodable one is no match (404), so an id can never smuggle a `/` or be empty. Jelou's webhook
// deliveries (WEBHOOK_PATH) are routed before this table, by index.ts: server to server, with
// their own secret and no CORS.

export type RouteName = "messages" | "flow" | "tokens";

export interface RouteMatch {
  route: RouteName;
  /** The pattern, not the path: what the log line shows (paths hold recipients' numbers). */
  pattern: string;
  botId: string;
  userId: string;
}

export const PATTERNS: Record<RouteName, string> = {
  messages: "/v1/bots/{botId}/messages",
  flow: "/v1/bots/{botId}/users/{userId}/flow_message",
  tokens: "/v1/tokens",
};

/** Where Jelou delivers signed events (webhook-receive.ts). */
export const WEBHOOK_PATH = "/v1/webhooks/jelou";

function param(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  try {
    const value = decodeURIComponent(segment);
    return value && value !== "." && value !== ".." ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Matches a URL pathname (still percent-encoded, as `new URL().pathname` gives it). */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const s = pathname.split("/");
  if (s[0] !== "" || s[1] !== "v1") return undefined;
  if (s.length === 3 && s[2] === "tokens") return { route: "tokens", pattern: PATTERNS.tokens, botId: "", userId: "" };
  if (s[2] !== "bots") return undefined;
  const botId = param(s[3]);
  if (botId === undefined) return undefined;
  if (s.length === 5 && s[4] === "messages") return { route: "messages", pattern: PATTERNS.messages, botId, userId: "" };
  const userId = param(s[5]);
  if (s.length === 7 && s[4] === "users" && userId !== undefined && s[6] === "flow_message")
    return { route: "flow", pattern: PATTERNS.flow, botId, userId };
  return undefined;
}
