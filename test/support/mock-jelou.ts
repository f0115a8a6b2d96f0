// The mock lives in scripts/ (plain JS) because `npm start` uses it too; tests import it from here.
import type { IncomingMessage } from "node:http";
export { jelouError, startMockJelou } from "../../scripts/mock-jelou.mjs";

export interface RecordedRequest {
  method: string;
  /** Raw request target, still percent-encoded. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: unknown;
}
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
export type Respond = (req: IncomingMessage, recorded: RecordedRequest) => Reply | "hang" | "reset" | undefined;
export type MockJelou = Awaited<ReturnType<typeof import("../../scripts/mock-jelou.mjs").startMockJelou>>;
