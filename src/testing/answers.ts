// What the mock answers: the documented 200 example of each operation, and Jelou's error envelope
// (the documented example of the operation's error response when openapi.yaml has one).
import { RESPONSES, type OperationExample } from "../../generated/examples.js";
import type { Issue, JelouErrorBody } from "../errors.js";

/** Reason phrases for the envelope's `message` and `error.key` when the spec documents no example. */
const REASONS: Record<number, [string, string]> = {
  400: ["Bad request", "BAD_REQUEST"],
  401: ["Authentication failed", "UNAUTHORIZED"],
  403: ["Forbidden", "FORBIDDEN"],
  404: ["Not found", "NOT_FOUND"],
  422: ["The request does not match the contract", "UNPROCESSABLE_ENTITY"],
  429: ["Too many requests", "TOO_MANY_REQUESTS"],
  500: ["Internal server error", "INTERNAL_SERVER_ERROR"],
  502: ["Bad gateway", "BAD_GATEWAY"],
  503: ["Service unavailable", "SERVICE_UNAVAILABLE"],
  504: ["Gateway timeout", "GATEWAY_TIMEOUT"],
};

/** A JSON response; `body` undefined gives an empty body. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/**
 * Jelou's error envelope for `status`: the documented example of the operation's error response
 * when there is one, else `{ message: [..], statusMessage: "failed", status: 0, error: { code, key, description } }`.
 */
export function envelope(status: number, op?: OperationExample, description?: string, extra?: object): JelouErrorBody {
  const documented = op && RESPONSES[op.errors[status] ?? ""];
  if (documented?.example !== undefined && !description) return structuredClone(documented.example) as JelouErrorBody;
  const [message, key] = REASONS[status] ?? [`HTTP ${status}`, `HTTP_${status}`];
  return {
    message: [message],
    statusMessage: "failed",
    status: 0,
    error: { code: `E${status}`, key, description: description ?? documented?.description ?? message },
    ...extra,
  };
}

/** The 422 of a request that breaks the contract; `validationError` lists the issues. */
export const invalid = (op: OperationExample, issues: Issue[]): Response =>
  json(
    422,
    envelope(422, op, `${op.method} ${op.path}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, { validationError: issues }),
  );

/** The documented success answer; a copy, so a test that edits it cannot change the next one. */
export const example = (op: OperationExample): Response => json(op.status, structuredClone(op.example));
