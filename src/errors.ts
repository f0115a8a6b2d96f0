/** One problem found in a message: where (`options.10.title`) and what (`must be at most 24 characters, got 25`). */
export interface Issue {
  path: string;
  message: string;
}

/**
 * Base class of every error the SDK throws. `maybeSent` says whether the message may have
 * reached Jelou: when it is `true`, sending again could deliver it twice.
 *
 * @example
 * try { await jelou.send(botId, msg) } catch (e) { if (e instanceof JelouError && !e.maybeSent) retryLater(msg) }
 */
export class JelouError extends Error {
  // Spelled out: minifiers rename classes, and callers match on `name` across bundles.
  override readonly name: string = "JelouError";
  readonly maybeSent: boolean;
  constructor(message: string, maybeSent: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.maybeSent = maybeSent;
  }
}

/**
 * The message breaks the contract; nothing was sent.
 *
 * @example
 * catch (e) { if (e instanceof JelouValidationError) console.log(e.issues[0]) } // { path: "options", message: "must have at most 10 items, got 11" }
 */
export class JelouValidationError extends JelouError {
  override readonly name: string = "JelouValidationError";
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), false);
    this.issues = issues;
  }
}

/** Jelou's documented error body; every field is optional and `message` may be a list. */
export interface JelouErrorBody {
  message?: string | string[];
  statusMessage?: string;
  status?: number;
  error?: { code?: string; key?: string; description?: string; [k: string]: unknown };
  [k: string]: unknown;
}

/**
 * Jelou answered with an error status (or with a body that is not the documented JSON).
 * `body` is the parsed JSON when there was some, else the raw text.
 *
 * @example
 * catch (e) { if (e instanceof JelouApiError && e.key === "BOT_NOT_FOUND") fixConfig() }
 */
export class JelouApiError extends JelouError {
  override readonly name: string = "JelouApiError";
  readonly status: number;
  readonly code: string | undefined;
  readonly key: string | undefined;
  readonly description: string | undefined;
  readonly body: unknown;
  constructor(status: number, body: unknown, maybeSent: boolean) {
    const b: JelouErrorBody = body && typeof body === "object" ? (body as JelouErrorBody) : {};
    const m = Array.isArray(b.message) ? b.message.join("; ") : b.message;
    super(`Jelou answered ${status}${m ? `: ${m}` : typeof body === "string" && body ? `: ${body.slice(0, 200)}` : ""}`, maybeSent);
    this.status = status;
    this.code = b.error?.code;
    this.key = b.error?.key;
    this.description = b.error?.description;
    this.body = body;
  }
  /** 429: Jelou (or the proxy's quota) asked to slow down. */
  isRateLimit(): boolean {
    return this.status === 429;
  }
  /** 401 or 403: the credentials are wrong, or may not use this bot or endpoint. */
  isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
  /** 400 or 422: Jelou refused the request's content. */
  isValidation(): boolean {
    return this.status === 400 || this.status === 422;
  }
  /** 404: the bot, user, row or resource does not exist. */
  isNotFound(): boolean {
    return this.status === 404;
  }
}

/**
 * No answer within `timeoutMs`. `maybeSent` is `true` once the request had left.
 *
 * @example
 * catch (e) { if (e instanceof JelouTimeoutError && e.maybeSent) checkWebhookBeforeResending() }
 */
export class JelouTimeoutError extends JelouError {
  override readonly name: string = "JelouTimeoutError";
  readonly timeoutMs: number;
  constructor(timeoutMs: number, maybeSent: boolean) {
    super(`no answer from Jelou within ${timeoutMs} ms`, maybeSent);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The client is missing an option the call needs (credentials for `api.jelou.ai`, `apiKey` for
 * the gateway), or was given contradictory ones. Thrown before any request.
 *
 * @example
 * createJelou({ apiKey }).templates.list("BOT_ID") // rejects: "createJelou: this endpoint of api.jelou.ai needs clientId and clientSecret …"
 */
export class JelouConfigError extends JelouError {
  override readonly name: string = "JelouConfigError";
  constructor(message: string) {
    super(message, false);
  }
}

/**
 * The request failed on the network (DNS, refused or reset connection) or was aborted by the caller.
 *
 * @example
 * catch (e) { if (e instanceof JelouNetworkError) console.warn(e.message, e.cause) }
 */
export class JelouNetworkError extends JelouError {
  override readonly name: string = "JelouNetworkError";
}
