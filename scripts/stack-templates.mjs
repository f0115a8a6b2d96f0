// The app backend's template send (`POST /api/templates/send` in scripts/stack.mjs). A template
// starts a conversation, so it is a server-side call by design: the token proxy forwards message
// sends only and has no templates route. The page (and `npm run demo`) posts `{ botId, hsm }`;
// this validates it with the built SDK, sends it with Basic credentials held here, and answers
// with Jelou's answer or the SDK's error as JSON. Nothing it returns carries a credential: the
// SDK's hooks never see a header, and errors are copied field by field.
import { bundlePath } from "./fresh-bundle.mjs";

/** The SDK error fields that may go back to the page (never `cause` objects or headers). */
const ERROR_FIELDS = ["status", "code", "key", "description", "maybeSent", "timeoutMs"];

/** HTTP status of the backend's own answer: 422 nothing sent (invalid), 502/504 Jelou failed. */
function statusOf(e) {
  if (e?.name === "JelouValidationError") return 422;
  if (e?.name === "JelouTimeoutError") return 504;
  if (e?.name === "JelouApiError" || e?.name === "JelouNetworkError") return 502;
  return 500;
}

/**
 * @param {{ baseUrl: string, clientId: string, clientSecret: string }} jelou  where and as whom to send
 * @returns {Promise<(body: unknown) => Promise<{ status: number, json: object }>>}
 */
export async function templateSender(jelou) {
  const sdk = await import(bundlePath);
  return async function sendTemplate(body) {
    const { botId, hsm } = body && typeof body === "object" ? /** @type {any} */ (body) : {};
    const log = [];
    let jelouStatus; // the last answer Jelou gave, if any
    const hooks = {
      onResponse: (i) => {
        jelouStatus = i.status;
        log.push(`${i.method} ${i.url} → ${i.status} in ${i.durationMs} ms (attempt ${i.attempt})`);
      },
    };
    try {
      if (typeof botId !== "string" || botId === "") throw new sdk.JelouValidationError([{ path: "botId", message: "is required" }]);
      // The same check the page runs as the user types, so its issues and ours are the same.
      const checked = sdk.messages.template(hsm);
      const client = sdk.createJelou({ clientId: jelou.clientId, clientSecret: jelou.clientSecret, baseUrl: jelou.baseUrl, hooks });
      const result = await client.templates.send(botId, checked);
      return { status: 200, json: { ok: true, result, jelouStatus, log } };
    } catch (e) {
      const error = { name: e?.name ?? "Error", message: String(e?.message ?? e) };
      for (const k of ERROR_FIELDS) if (e?.[k] !== undefined) error[k] = e[k];
      if (Array.isArray(e?.issues)) error.issues = e.issues.map(({ path, message }) => ({ path, message }));
      if (e?.cause) error.cause = String(e.cause?.message ?? e.cause);
      return { status: statusOf(e), json: { ok: false, error, ...(jelouStatus !== undefined && { jelouStatus }), log } };
    }
  };
}
