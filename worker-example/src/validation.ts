// What may be sent: the SDK's own validation (the same code a server-side send runs), then the
// token's scope. Only a message that passes both reaches the quota and Jelou.
import { JelouValidationError, messages, validateMessage, type Issue } from "jelou-sdk/messages";
import type { SendTokenClaims } from "jelou-sdk/token";
import type { RouteName } from "./routes.js";

export type PayloadResult = { ok: true } | { ok: false; issues: Issue[] };

/** `validateMessage` for /messages (plus: a body `botId` must equal the path's), the flow builder's schema for flows. */
export function validatePayload(route: Exclude<RouteName, "tokens">, botId: string, body: unknown): PayloadResult {
  if (route === "flow") {
    try {
      messages.flow(body as Parameters<typeof messages.flow>[0]);
      return { ok: true };
    } catch (e) {
      if (e instanceof JelouValidationError) return { ok: false, issues: e.issues };
      throw e;
    }
  }
  const r = validateMessage(body);
  if (!r.success) return { ok: false, issues: r.issues };
  const bodyBot = (body as { botId?: unknown }).botId;
  if (bodyBot !== undefined && bodyBot !== botId)
    return { ok: false, issues: [{ path: "botId", message: "must equal the botId of the URL" }] };
  return { ok: true };
}

/** `options: must have at most 10 items, got 11`, as the SDK's JelouValidationError words it. */
export const formatIssue = (i: Issue): string => (i.path ? `${i.path}: ${i.message}` : i.message);

export interface SendTarget {
  botId: string;
  /** The recipient: body `userId` for /messages, the path's `userId` for flows. */
  userId: unknown;
  /** Message `type`, or "flow" for the flow endpoint. */
  type: unknown;
}

/** Which part of the scope the send is outside of, or undefined when the token allows it. */
export function scopeProblem(
  claims: Pick<SendTokenClaims, "bot" | "sub" | "types">,
  t: SendTarget,
): "bot" | "recipient" | "type" | undefined {
  if (claims.bot !== t.botId) return "bot";
  if (claims.sub !== t.userId) return "recipient";
  if (typeof t.type !== "string" || !claims.types.includes(t.type)) return "type";
  return undefined;
}
