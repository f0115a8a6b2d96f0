// jelou-sdk: the whole Jelou API. Data path: builder (valibot schema) → validation → client method
// → openapi-fetch → fetch → typed result or typed error.
export { createJelou } from "./client.js";
export type { JelouClient } from "./client.js";
export type { Messaging, SendOptions, SendResult, FlowResult } from "./send.js";
export type { Api, JelouOptions, CallOptions, Hooks, RequestInfo, ResponseInfo } from "./transport.js";
export type { Page, Paginated } from "./paginate.js";
export type * from "./resources/templates.js";
export type { Campaigns, BulkTemplate, BulkTemplateUpload, BulkTemplateResult, CampaignQuery, Campaign } from "./resources/campaigns.js";
export type { Conversations, HistoryQuery, HistoryMessage, AttendedQuery, AttendedConversation } from "./resources/conversations.js";
export type { Users, UserState, UserStateSet, UserCache, UserCacheQuery, UserCacheMerge } from "./resources/users.js";
export type {
  Datum,
  DatumDatabases,
  DatumRows,
  DatumDatabase,
  DatumRecord,
  DatumRowMeta,
  DatumRowQuery,
  DatumDeletedRow,
} from "./resources/datum.js";
export type { Resources, ResourceRefresh, ResourceRefreshResult } from "./resources/resources.js";
export type { Rooms, RoomMessages, RoomMessage, RoomSendResult } from "./resources/rooms.js";
export type { Widget, WidgetCreate, WidgetCreated, WidgetUserCreate, WidgetUser } from "./resources/widget.js";
export type { Memory, MemorySet, MemoryValue, MemoryUser, MemoryKey, MemoryResult, MemorySetOptions } from "./resources/memory.js";
export type {
  Pma,
  PmaIntegrations,
  PmaConversations,
  PmaIntegrationCreate,
  PmaIntegrationUpdate,
  PmaIntegration,
  PmaConversationStart,
  PmaConversationClose,
  PmaConversationAck,
  PmaConversation,
  PmaAgentMessage,
  PmaMessageValue,
  PmaAgentMessageResult,
  PmaSignOptions,
} from "./resources/pma.js";
export { campaignCsv, type CampaignRow } from "./resources/campaign-csv.js";
export * from "./entries/shared.js";
// The whole API's builders: the session messages and the template.
export * as messages from "./messages/all.js";
