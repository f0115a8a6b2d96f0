// jelou-sdk: the whole Jelou API. Data path: builder (valibot schema) → validation → client method
// → openapi-fetch → fetch → typed result or typed error.
export { createJelou } from "./client.js";
export type { JelouClient } from "./client.js";
export type { Messaging, SendOptions, SendResult, FlowResult } from "./send.js";
export type { Api, JelouOptions, CallOptions, Hooks, RequestInfo, ResponseInfo } from "./transport.js";
export type { Page, Paginated } from "./paginate.js";
export * from "./entries/shared.js";
