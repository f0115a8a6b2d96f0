// The mock lives in scripts/ (plain JS) because `npm start` uses it too; tests import it from here.
import type { IncomingMessage } from "node:http";
export { DEFAULT_SPEC, jelouError, sign, startMockJelou } from "../../scripts/mock-jelou.mjs";

/** One ajv error, with `instancePath` under `/body`, `/path/<name>`, `/query/<name>` or `/header/<name>`. */
export interface ContractError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
  schemaPath?: string;
}
export interface RecordedRequest {
  method: string;
  /** Raw request target, still percent-encoded. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: unknown;
  /** The operation the request matched (absent on a 404). */
  operationId?: string;
  route?: string;
  server?: string;
  /** How the request broke the contract; only present when it did. */
  contractErrors?: ContractError[];
  /** Why its credentials were refused (answered 401); only present when they were. */
  authErrors?: string[];
  /** Headers carrying a credential the operation does not take; only present when there are some. */
  wrongAuth?: string[];
}
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
export type Respond = (req: IncomingMessage, recorded: RecordedRequest) => Reply | "hang" | "reset" | undefined;
export type MockJelou = Awaited<ReturnType<typeof import("../../scripts/mock-jelou.mjs").startMockJelou>>;
