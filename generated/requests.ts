// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.
// One valibot schema per request body, query and header set of openapi.yaml (the message bodies
// are hand-written in src/messages/). Limits are generated/limits.ts constants; each schema is
// typed against generated/openapi.ts, so a schema that drifts from the spec fails to compile.
import * as v from "valibot";
import type { components, operations, webhooks } from "./openapi.js";
import { anyObject, enumOf, integer, keyCount, list, matching, range, str, unique, when } from "../src/messages/fields.js";
import { NOT_INTEGER } from "../src/messages/wording.js";
import {
  ATTENDED_PAGE_LIMIT_MINIMUM,
  BULK_TEMPLATE_PARAM_PARAM_MINIMUM,
  CSV_COLUMN_NAME_PATTERN,
  DATUM_ROWS_LIMIT_MINIMUM,
  EVENT_WEBHOOK_SUBSCRIBE_REQUEST_WEBHOOKS_MIN_ITEMS,
  EVENT_WEBHOOK_SUBSCRIPTION_EVENTS_MIN_ITEMS,
  HTTPS_URL_PATTERN,
  MEMORY_HASH_TTL_MINIMUM,
  MEMORY_SET_REQUEST_VALUES_MAX_PROPERTIES,
  MEMORY_SET_REQUEST_VALUES_MIN_PROPERTIES,
  MEMORY_VALUE_TTL_MAXIMUM,
  MEMORY_VALUE_TTL_MINIMUM,
  PAGE_LIMIT50_MAXIMUM,
  PAGE_LIMIT50_MINIMUM,
  PAGE_NUMBER_MINIMUM,
  PHONE_NUMBER_PATTERN,
  PMA_INTEGRATION_UPDATE_REQUEST_MIN_PROPERTIES,
  RESOURCE_REFRESH_REQUEST_TTL_MAXIMUM,
  RESOURCE_REFRESH_REQUEST_TTL_MINIMUM,
  ROOM_MESSAGE_REQUEST_MESSAGES_MIN_ITEMS,
  TEMPLATE_CREATE_REQUEST_ELEMENT_NAME_PATTERN,
  TEMPLATE_CREATE_REQUEST_PARAMS_MAX_ITEMS,
  TEMPLATE_CREATE_REQUEST_PARAMS_NUMBER_MAXIMUM,
  TEMPLATE_SEND_REQUEST_DESTINATIONS_MIN_ITEMS,
  TEMPLATE_SEND_REQUEST_PARAMETERS_MAX_LENGTH,
  USER_STATE_SET_REQUEST_TTL_MINIMUM,
  WEB_URL_PATTERN,
} from "./limits.js";

type S = components["schemas"];

const PhoneNumber: v.GenericSchema<unknown, S["PhoneNumber"]> = /*#__PURE__*/ matching(
  PHONE_NUMBER_PATTERN,
  "a phone number with country code and without +, e.g. 593987654321",
);
const WebUrl: v.GenericSchema<unknown, S["WebUrl"]> = /*#__PURE__*/ matching(WEB_URL_PATTERN, "an http:// or https:// URL");
const TemplateButtonParameter: v.GenericSchema<unknown, S["TemplateButtonParameter"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    type: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.literal("URL")),
    payload: /*#__PURE__*/ v.optional(anyObject),
    param: /*#__PURE__*/ v.optional(integer),
  }),
);
const TemplateSendCard: v.GenericSchema<unknown, S["TemplateSendCard"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    mediaUrl: /*#__PURE__*/ v.optional(WebUrl),
    params: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(/*#__PURE__*/ v.string())),
    buttonParameters: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(TemplateButtonParameter)),
  }),
);
const TemplateSendRequest: v.GenericSchema<unknown, S["TemplateSendRequest"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({
      elementName: /*#__PURE__*/ str(),
      destinations: /*#__PURE__*/ list(PhoneNumber, TEMPLATE_SEND_REQUEST_DESTINATIONS_MIN_ITEMS),
      type: /*#__PURE__*/ v.optional(/*#__PURE__*/ enumOf(["text", "image", "document", "video"])),
      language: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
      parameters: /*#__PURE__*/ v.optional(
        /*#__PURE__*/ v.array(/*#__PURE__*/ str(TEMPLATE_SEND_REQUEST_PARAMETERS_MAX_LENGTH)),
      ),
      mediaUrl: /*#__PURE__*/ v.optional(WebUrl),
      filename: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
      headerParameters: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(/*#__PURE__*/ v.string())),
      buttonParameters: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(TemplateButtonParameter)),
      buttonPayloads: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(anyObject)),
      actions: /*#__PURE__*/ v.optional(anyObject),
      ltoParams: /*#__PURE__*/ v.optional(
        /*#__PURE__*/ v.pipe(
          anyObject,
          /*#__PURE__*/ v.strictObject({ expirationTime: /*#__PURE__*/ v.optional(integer) }),
        ),
      ),
      cards: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(TemplateSendCard)),
      expirationTime: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
      campaignId: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    }),
  ),
  { key: "type", values: ["image", "video", "document"], then: { required: ["mediaUrl"] } },
);
const TemplateStatus: v.GenericSchema<unknown, S["TemplateStatus"]> = /*#__PURE__*/ enumOf(["PENDING", "REJECTED", "APPROVED"]);
const TemplateCategory: v.GenericSchema<unknown, S["TemplateCategory"]> = /*#__PURE__*/ enumOf(["UTILITY", "MARKETING", "AUTHENTICATION"]);
const TemplateCreateParam: v.GenericSchema<unknown, S["TemplateCreateParam"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    param: /*#__PURE__*/ v.optional(
      /*#__PURE__*/ v.union([
        /*#__PURE__*/ v.string(),
        /*#__PURE__*/ v.pipe(/*#__PURE__*/ v.number(), /*#__PURE__*/ v.integer(NOT_INTEGER)),
      ]),
    ),
    label: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    example: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
  }),
);
const TemplateCreateButton: v.GenericSchema<unknown, S["TemplateCreateButton"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    text: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    type: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    url: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    phone_number: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    example: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.unknown()),
  }),
);
const TemplateCreateRequest: v.GenericSchema<unknown, S["TemplateCreateRequest"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({
      category: TemplateCategory,
      language: /*#__PURE__*/ str(),
      elementName: /*#__PURE__*/ matching(TEMPLATE_CREATE_REQUEST_ELEMENT_NAME_PATTERN, "lowercase letters, digits and _ only"),
      displayName: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
      template: /*#__PURE__*/ str(),
      isVisible: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.boolean()),
      params: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(TemplateCreateParam)),
      paramsNumber: /*#__PURE__*/ v.optional(integer),
      type: /*#__PURE__*/ v.optional(/*#__PURE__*/ enumOf(["HSM", "IMAGE", "VIDEO", "DOCUMENT"])),
      mediaUrl: /*#__PURE__*/ v.optional(WebUrl),
      interactiveAction: /*#__PURE__*/ v.optional(/*#__PURE__*/ enumOf(["NONE", "CALL_TO_ACTION", "QUICK_REPLY", "OTP"])),
      buttons: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(TemplateCreateButton)),
      header: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
      exampleHeader: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
      headerParams: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(anyObject)),
      example: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
      extraSettings: /*#__PURE__*/ v.optional(
        /*#__PURE__*/ v.pipe(
          anyObject,
          /*#__PURE__*/ v.strictObject({
            addSecurityRecommendation: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.boolean()),
            codeExpirationMinutes: /*#__PURE__*/ v.optional(integer),
            allowChangeCategory: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.boolean()),
          }),
        ),
      ),
    }),
  ),
  { key: "type", values: ["IMAGE", "VIDEO", "DOCUMENT"], then: { required: ["mediaUrl"] } },
  {
    key: "interactiveAction",
    values: ["CALL_TO_ACTION", "QUICK_REPLY", "OTP"],
    then: { required: ["buttons"] },
  },
  {
    key: "category",
    values: ["AUTHENTICATION"],
    then: {
      properties: {
        params: /*#__PURE__*/ list(/*#__PURE__*/ v.unknown(), 0, TEMPLATE_CREATE_REQUEST_PARAMS_MAX_ITEMS),
        paramsNumber: /*#__PURE__*/ range(-Infinity, TEMPLATE_CREATE_REQUEST_PARAMS_NUMBER_MAXIMUM),
      },
    },
  },
);
const CsvColumnName: v.GenericSchema<unknown, S["CsvColumnName"]> = /*#__PURE__*/ matching(CSV_COLUMN_NAME_PATTERN, "letters, digits and _ only");
const BulkTemplateParam: v.GenericSchema<unknown, S["BulkTemplateParam"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ param: /*#__PURE__*/ range(BULK_TEMPLATE_PARAM_PARAM_MINIMUM, Infinity, true), column: CsvColumnName }),
);
const IsoDate: v.GenericSchema<unknown, S["IsoDate"]> = /*#__PURE__*/ str();
const BulkTemplateRequest: v.GenericSchema<unknown, S["BulkTemplateRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    campaignName: /*#__PURE__*/ str(),
    elementName: /*#__PURE__*/ str(),
    botId: /*#__PURE__*/ str(),
    fileUrl: WebUrl,
    params: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(BulkTemplateParam)),
    type: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    mediaUrl: /*#__PURE__*/ v.optional(WebUrl),
    buttonPayloads: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(anyObject)),
    actions: /*#__PURE__*/ v.optional(anyObject),
    scheduledAt: /*#__PURE__*/ v.optional(IsoDate),
  }),
);
const BulkTemplateUpload: v.GenericSchema<unknown, S["BulkTemplateUpload"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    campaignName: /*#__PURE__*/ str(),
    elementName: /*#__PURE__*/ str(),
    botId: /*#__PURE__*/ str(),
    file: /*#__PURE__*/ v.string(),
    params: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(BulkTemplateParam)),
    type: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    mediaUrl: /*#__PURE__*/ v.optional(WebUrl),
    buttonPayloads: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(anyObject)),
    actions: /*#__PURE__*/ v.optional(anyObject),
    scheduledAt: /*#__PURE__*/ v.optional(IsoDate),
  }),
);
const PageNumber: v.GenericSchema<unknown, S["PageNumber"]> = /*#__PURE__*/ range(PAGE_NUMBER_MINIMUM, Infinity, true);
const PageLimit50: v.GenericSchema<unknown, S["PageLimit50"]> = /*#__PURE__*/ range(PAGE_LIMIT50_MINIMUM, PAGE_LIMIT50_MAXIMUM, true);
const CampaignBotId: v.GenericSchema<unknown, S["CampaignBotId"]> = /*#__PURE__*/ str();
const CampaignStatus: v.GenericSchema<unknown, S["CampaignStatus"]> = /*#__PURE__*/ enumOf(["COMPLETED", "PENDING", "IN_PROGRESS", "SCHEDULED"]);
const AttendedConversationsRequest: v.GenericSchema<unknown, S["AttendedConversationsRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ startAt: IsoDate, endAt: IsoDate, getJson: /*#__PURE__*/ v.literal(true) }),
);
const AttendedPageLimit: v.GenericSchema<unknown, S["AttendedPageLimit"]> = /*#__PURE__*/ range(ATTENDED_PAGE_LIMIT_MINIMUM, Infinity, true);
const EventWebhookEvent: v.GenericSchema<unknown, S["EventWebhookEvent"]> = /*#__PURE__*/ enumOf(["delivered_channel", "delivered_user", "failed", "read", "reply"]);
const EventWebhookSubscription: v.GenericSchema<unknown, S["EventWebhookSubscription"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    url: WebUrl,
    events: /*#__PURE__*/ unique(/*#__PURE__*/ list(EventWebhookEvent, EVENT_WEBHOOK_SUBSCRIPTION_EVENTS_MIN_ITEMS)),
  }),
);
const EventWebhookSubscribeRequest: v.GenericSchema<unknown, S["EventWebhookSubscribeRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ webhooks: /*#__PURE__*/ list(EventWebhookSubscription, EVENT_WEBHOOK_SUBSCRIBE_REQUEST_WEBHOOKS_MIN_ITEMS) }),
);
const HttpsUrl: v.GenericSchema<unknown, S["HttpsUrl"]> = /*#__PURE__*/ matching(HTTPS_URL_PATTERN, "an https:// URL");
const RoomMessage: v.GenericSchema<unknown, S["RoomMessage"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({
      id: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
      type: /*#__PURE__*/ enumOf(["text", "image", "video", "document", "TEXT", "IMAGE", "VIDEO", "DOCUMENT"]),
      text: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
      mediaUrl: /*#__PURE__*/ v.optional(HttpsUrl),
    }),
  ),
  {
    key: "type",
    values: ["text", "TEXT"],
    orAbsent: true,
    then: { required: ["text"] },
    else: { required: ["mediaUrl"] },
  },
);
const RoomMessageRequest: v.GenericSchema<unknown, S["RoomMessageRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    senderId: /*#__PURE__*/ str(),
    messages: /*#__PURE__*/ list(RoomMessage, ROOM_MESSAGE_REQUEST_MESSAGES_MIN_ITEMS),
  }),
);
const UserStateSetRequest: v.GenericSchema<unknown, S["UserStateSetRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    botId: /*#__PURE__*/ str(),
    userId: PhoneNumber,
    state: /*#__PURE__*/ enumOf(["manual", "auto"]),
    ttl: /*#__PURE__*/ v.optional(/*#__PURE__*/ range(USER_STATE_SET_REQUEST_TTL_MINIMUM, Infinity)),
  }),
);
const UserCacheBotId: v.GenericSchema<unknown, S["UserCacheBotId"]> = /*#__PURE__*/ str();
const UserCacheMergeRequest: v.GenericSchema<unknown, S["UserCacheMergeRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ params: anyObject, botId: /*#__PURE__*/ str() }),
);
const ResourceRefreshRequest: v.GenericSchema<unknown, S["ResourceRefreshRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    resourceUrl: HttpsUrl,
    ttl: /*#__PURE__*/ range(RESOURCE_REFRESH_REQUEST_TTL_MINIMUM, RESOURCE_REFRESH_REQUEST_TTL_MAXIMUM, true),
  }),
);
const DatumRowsLimit: v.GenericSchema<unknown, S["DatumRowsLimit"]> = /*#__PURE__*/ range(DATUM_ROWS_LIMIT_MINIMUM, Infinity, true);
const DatumRowFieldsRequest: v.GenericSchema<unknown, S["DatumRowFieldsRequest"]> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.strictObject({ fields: anyObject }));
const CreateWidgetRequest: v.GenericSchema<unknown, S["CreateWidgetRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    bot: /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.strictObject({ id: /*#__PURE__*/ str() })),
    widget: /*#__PURE__*/ v.pipe(
      anyObject,
      /*#__PURE__*/ v.looseObject({
        properties: /*#__PURE__*/ v.optional(anyObject),
        theme: /*#__PURE__*/ v.optional(anyObject),
        startButton: /*#__PURE__*/ v.optional(anyObject),
        tooltipPanel: /*#__PURE__*/ v.optional(anyObject),
      }),
    ),
    credentials: /*#__PURE__*/ v.optional(
      /*#__PURE__*/ v.pipe(
        anyObject,
        /*#__PURE__*/ v.strictObject({
          blacKList: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(/*#__PURE__*/ v.string())),
          whiteList: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.array(/*#__PURE__*/ v.string())),
        }),
      ),
    ),
  }),
);
const CreateWidgetUserRequest: v.GenericSchema<unknown, S["CreateWidgetUserRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    user: /*#__PURE__*/ v.pipe(
      anyObject,
      /*#__PURE__*/ v.strictObject({ id: /*#__PURE__*/ str(), names: /*#__PURE__*/ str(), legalId: /*#__PURE__*/ v.optional(integer) }),
    ),
  }),
);
const PmaAuthType: v.GenericSchema<unknown, S["PmaAuthType"]> = /*#__PURE__*/ enumOf(["bearer", "api_key", "basic", "no_auth"]);
const PmaIntegrationCreateRequest: v.GenericSchema<unknown, S["PmaIntegrationCreateRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    webhookUrl: HttpsUrl,
    authType: /*#__PURE__*/ v.optional(PmaAuthType),
    authorization: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
  }),
);
const PmaIntegrationUpdateRequest: v.GenericSchema<unknown, S["PmaIntegrationUpdateRequest"]> = /*#__PURE__*/ keyCount(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({
      webhookUrl: /*#__PURE__*/ v.optional(HttpsUrl),
      authType: /*#__PURE__*/ v.optional(PmaAuthType),
      authorization: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    }),
  ),
  PMA_INTEGRATION_UPDATE_REQUEST_MIN_PROPERTIES,
);
const PmaAssignment: v.GenericSchema<unknown, S["PmaAssignment"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ type: /*#__PURE__*/ enumOf(["queue", "operator", "team"]), target: /*#__PURE__*/ str() }),
);
const PmaConversationStartRequest: v.GenericSchema<unknown, S["PmaConversationStartRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    botId: /*#__PURE__*/ str(),
    userId: /*#__PURE__*/ str(),
    initialMessage: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    metadata: /*#__PURE__*/ v.optional(anyObject),
    assignment: /*#__PURE__*/ v.optional(PmaAssignment),
  }),
);
const PmaRedirectPayload: v.GenericSchema<unknown, S["PmaRedirectPayload"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({ type: /*#__PURE__*/ enumOf(["text", "edge"]), text: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()) }),
  ),
  { key: "type", values: ["text"], orAbsent: true, then: { required: ["text"] } },
);
const PmaConversationCloseRequest: v.GenericSchema<unknown, S["PmaConversationCloseRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    botId: /*#__PURE__*/ str(),
    userId: /*#__PURE__*/ str(),
    redirectPayload: /*#__PURE__*/ v.optional(PmaRedirectPayload),
  }),
);
const PmaTextContent: v.GenericSchema<unknown, S["PmaTextContent"]> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.strictObject({ body: /*#__PURE__*/ str() }));
const PmaCaptionedMediaContent: v.GenericSchema<unknown, S["PmaCaptionedMediaContent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ url: WebUrl, mime_type: /*#__PURE__*/ str(), caption: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()) }),
);
const PmaAudioContent: v.GenericSchema<unknown, S["PmaAudioContent"]> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.strictObject({ url: WebUrl, mime_type: /*#__PURE__*/ str() }));
const PmaDocumentContent: v.GenericSchema<unknown, S["PmaDocumentContent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ url: WebUrl, mime_type: /*#__PURE__*/ str(), filename: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()) }),
);
const PmaMessageValue: v.GenericSchema<unknown, S["PmaMessageValue"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.strictObject({
      id: /*#__PURE__*/ str(),
      type: /*#__PURE__*/ enumOf(["text", "image", "video", "audio", "document"]),
      content: anyObject,
    }),
  ),
  { key: "type", values: ["text"], orAbsent: true, then: { properties: { content: PmaTextContent } } },
  {
    key: "type",
    values: ["image", "video"],
    orAbsent: true,
    then: { properties: { content: PmaCaptionedMediaContent } },
  },
  { key: "type", values: ["audio"], orAbsent: true, then: { properties: { content: PmaAudioContent } } },
  { key: "type", values: ["document"], orAbsent: true, then: { properties: { content: PmaDocumentContent } } },
);
const PmaAgentMessage: v.GenericSchema<unknown, S["PmaAgentMessage"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    field: /*#__PURE__*/ v.literal("messages"),
    object: /*#__PURE__*/ v.literal("message_event"),
    event_type: /*#__PURE__*/ v.literal("incoming_message"),
    project_id: /*#__PURE__*/ str(),
    room_id: /*#__PURE__*/ str(),
    bot_id: /*#__PURE__*/ str(),
    user_id: /*#__PURE__*/ str(),
    value: PmaMessageValue,
  }),
);
const MemoryValue: v.GenericSchema<unknown, S["MemoryValue"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    value: /*#__PURE__*/ v.unknown(),
    ttl: /*#__PURE__*/ v.optional(/*#__PURE__*/ range(MEMORY_VALUE_TTL_MINIMUM, MEMORY_VALUE_TTL_MAXIMUM, true)),
    contentType: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
  }),
);
const MemorySetRequest: v.GenericSchema<unknown, S["MemorySetRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    userReferenceId: /*#__PURE__*/ str(),
    botId: /*#__PURE__*/ str(),
    values: /*#__PURE__*/ keyCount(
      /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.record(/*#__PURE__*/ v.string(), MemoryValue)),
      MEMORY_SET_REQUEST_VALUES_MIN_PROPERTIES,
      MEMORY_SET_REQUEST_VALUES_MAX_PROPERTIES,
    ),
  }),
);
const MemoryHashTtl: v.GenericSchema<unknown, S["MemoryHashTtl"]> = /*#__PURE__*/ range(MEMORY_HASH_TTL_MINIMUM, Infinity, true);
const MemoryGetAllRequest: v.GenericSchema<unknown, S["MemoryGetAllRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ userReferenceId: /*#__PURE__*/ str(), botId: /*#__PURE__*/ str() }),
);
const MemoryFindOneRequest: v.GenericSchema<unknown, S["MemoryFindOneRequest"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ userReferenceId: /*#__PURE__*/ str(), botId: /*#__PURE__*/ str(), key: /*#__PURE__*/ str() }),
);
const PmaEventContact: v.GenericSchema<unknown, S["PmaEventContact"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({ id: /*#__PURE__*/ str(), name: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()) }),
);
const PmaEventConversation: v.GenericSchema<unknown, S["PmaEventConversation"]> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.looseObject({ id: /*#__PURE__*/ str() }));
const PmaEventBot: v.GenericSchema<unknown, S["PmaEventBot"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({ id: /*#__PURE__*/ str(), name: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()) }),
);
const PmaEventTextContent: v.GenericSchema<unknown, S["PmaEventTextContent"]> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.looseObject({ body: /*#__PURE__*/ v.string() }));
const PmaEventMediaContent: v.GenericSchema<unknown, S["PmaEventMediaContent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    url: /*#__PURE__*/ str(),
    mime_type: /*#__PURE__*/ v.string(),
    caption: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
  }),
);
const PmaEventAudioContent: v.GenericSchema<unknown, S["PmaEventAudioContent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({ url: /*#__PURE__*/ str(), mime_type: /*#__PURE__*/ v.string() }),
);
const PmaEventDocumentContent: v.GenericSchema<unknown, S["PmaEventDocumentContent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    url: /*#__PURE__*/ str(),
    mime_type: /*#__PURE__*/ v.string(),
    filename: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
  }),
);
const PmaEventValue: v.GenericSchema<unknown, S["PmaEventValue"]> = /*#__PURE__*/ when(
  /*#__PURE__*/ v.pipe(
    anyObject,
    /*#__PURE__*/ v.looseObject({
      id: /*#__PURE__*/ str(),
      type: /*#__PURE__*/ enumOf(["text", "image", "video", "audio", "document"]),
      content: anyObject,
    }),
  ),
  { key: "type", values: ["text"], orAbsent: true, then: { properties: { content: PmaEventTextContent } } },
  {
    key: "type",
    values: ["image", "video"],
    orAbsent: true,
    then: { properties: { content: PmaEventMediaContent } },
  },
  { key: "type", values: ["audio"], orAbsent: true, then: { properties: { content: PmaEventAudioContent } } },
  {
    key: "type",
    values: ["document"],
    orAbsent: true,
    then: { properties: { content: PmaEventDocumentContent } },
  },
);
const PmaMessageEvent: v.GenericSchema<unknown, S["PmaMessageEvent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    field: /*#__PURE__*/ v.literal("messages"),
    object: /*#__PURE__*/ v.literal("message_event"),
    event_type: /*#__PURE__*/ v.literal("message"),
    timestamp: /*#__PURE__*/ v.optional(integer),
    project_id: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    room_id: /*#__PURE__*/ v.string(),
    contact: /*#__PURE__*/ v.optional(PmaEventContact),
    conversation: /*#__PURE__*/ v.optional(PmaEventConversation),
    bot: /*#__PURE__*/ v.optional(PmaEventBot),
    value: PmaEventValue,
  }),
);
const PmaConversationEvent: v.GenericSchema<unknown, S["PmaConversationEvent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    field: /*#__PURE__*/ v.literal("messages"),
    object: /*#__PURE__*/ v.literal("message_event"),
    event_type: /*#__PURE__*/ enumOf(["conversation.start", "conversation.close"]),
    timestamp: /*#__PURE__*/ v.optional(integer),
    project_id: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    room_id: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    contact: /*#__PURE__*/ v.optional(PmaEventContact),
    conversation: /*#__PURE__*/ v.optional(PmaEventConversation),
    bot: /*#__PURE__*/ v.optional(PmaEventBot),
  }),
);
const DeliveryNotificationEvent: v.GenericSchema<unknown, S["DeliveryNotificationEvent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    event: EventWebhookEvent,
    messageId: /*#__PURE__*/ v.optional(/*#__PURE__*/ str()),
    botId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    userId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    timestamp: /*#__PURE__*/ v.optional(integer),
    error: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.unknown()),
  }),
);
const UserMessageBubble: v.GenericSchema<unknown, S["UserMessageBubble"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    type: /*#__PURE__*/ str(),
    text: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    mediaUrl: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    mediaType: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    mediaSize: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.number()),
  }),
);
const UserMessageEvent: v.GenericSchema<unknown, S["UserMessageEvent"]> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    messageId: /*#__PURE__*/ str(),
    bubble: UserMessageBubble,
    names: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    userId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    botId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    received: /*#__PURE__*/ v.optional(integer),
    status: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    owner: /*#__PURE__*/ v.literal("user"),
  }),
);

/** `POST /v2/whatsapp/{botId}/hsm`: the JSON body. */
export const sendTemplateBody: v.GenericSchema<unknown, NonNullable<operations["sendTemplate"]["requestBody"]>["content"]["application/json"]> = TemplateSendRequest;

/** `GET /v1/bots/{botId}/templates`: the query parameters. */
export const listTemplatesQuery: v.GenericSchema<unknown, NonNullable<operations["listTemplates"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    query: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    status: /*#__PURE__*/ v.optional(TemplateStatus),
    category: /*#__PURE__*/ v.optional(TemplateCategory),
  }),
);

/** `POST /v1/bots/{botId}/templates`: the JSON body. */
export const createTemplateBody: v.GenericSchema<unknown, NonNullable<operations["createTemplate"]["requestBody"]>["content"]["application/json"]> = TemplateCreateRequest;

/** `POST /v1/bots/{botId}/templates`: the query parameters. */
export const createTemplateQuery: v.GenericSchema<unknown, NonNullable<operations["createTemplate"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ sendToAprove: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.boolean()) }),
);

/** `POST /v1/hsm/file`: the JSON body. */
export const sendBulkTemplateBody: v.GenericSchema<unknown, NonNullable<operations["sendBulkTemplate"]["requestBody"]>["content"]["application/json"]> = BulkTemplateRequest;

/** `POST /v1/hsm/file`: the multipart body. */
export const sendBulkTemplateForm: v.GenericSchema<unknown, NonNullable<operations["sendBulkTemplate"]["requestBody"]>["content"]["multipart/form-data"]> = BulkTemplateUpload;

/** `GET /v1/campaigns`: the query parameters. */
export const listCampaignsQuery: v.GenericSchema<unknown, NonNullable<operations["listCampaigns"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    page: /*#__PURE__*/ v.optional(PageNumber),
    limit: /*#__PURE__*/ v.optional(PageLimit50),
    botId: CampaignBotId,
    startAt: IsoDate,
    endAt: IsoDate,
    elementName: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    status: /*#__PURE__*/ v.optional(CampaignStatus),
  }),
);

/** `GET /v1/external/messages/history/{botId}`: the query parameters. */
export const getChatHistoryQuery: v.GenericSchema<unknown, NonNullable<operations["getChatHistory"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({
    limit: /*#__PURE__*/ v.optional(PageLimit50),
    page: /*#__PURE__*/ v.optional(PageNumber),
    startAt: /*#__PURE__*/ v.optional(IsoDate),
    endAt: /*#__PURE__*/ v.optional(IsoDate),
    clientId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    messageId: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
  }),
);

/** `POST /v1/metrics/conversations/attended/external`: the JSON body. */
export const listAttendedConversationsBody: v.GenericSchema<unknown, NonNullable<operations["listAttendedConversations"]["requestBody"]>["content"]["application/json"]> = AttendedConversationsRequest;

/** `POST /v1/metrics/conversations/attended/external`: the query parameters. */
export const listAttendedConversationsQuery: v.GenericSchema<unknown, NonNullable<operations["listAttendedConversations"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ limit: /*#__PURE__*/ v.optional(AttendedPageLimit), page: /*#__PURE__*/ v.optional(PageNumber) }),
);

/** `POST /v1/bots/{botId}/events/webhook`: the JSON body. */
export const setWebhookConfigBody: v.GenericSchema<unknown, NonNullable<operations["setWebhookConfig"]["requestBody"]>["content"]["application/json"]> = EventWebhookSubscribeRequest;

/** `POST /v1/rooms/{roomId}/message`: the JSON body. */
export const sendRoomMessageBody: v.GenericSchema<unknown, NonNullable<operations["sendRoomMessage"]["requestBody"]>["content"]["application/json"]> = RoomMessageRequest;

/** `POST /v1/users/state`: the JSON body. */
export const setUserStateBody: v.GenericSchema<unknown, NonNullable<operations["setUserState"]["requestBody"]>["content"]["application/json"]> = UserStateSetRequest;

/** `GET /v1/users/{userId}/cache`: the query parameters. */
export const getUserCacheQuery: v.GenericSchema<unknown, NonNullable<operations["getUserCache"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(anyObject, /*#__PURE__*/ v.strictObject({ botId: UserCacheBotId }));

/** `POST /v1/users/{userId}/cache`: the JSON body. */
export const mergeUserCacheBody: v.GenericSchema<unknown, NonNullable<operations["mergeUserCache"]["requestBody"]>["content"]["application/json"]> = UserCacheMergeRequest;

/** `POST /v1/external/assets/refresh`: the JSON body. */
export const refreshResourceBody: v.GenericSchema<unknown, NonNullable<operations["refreshResource"]["requestBody"]>["content"]["application/json"]> = ResourceRefreshRequest;

/** `GET /v2/databases`: the query parameters. */
export const listDatabasesQuery: v.GenericSchema<unknown, NonNullable<operations["listDatabases"]["parameters"]["query"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ shouldPaginate: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()) }),
);

/** `GET /v2/databases/{databaseId}/rows`: the query parameters (others pass through: `x-query-passthrough`). */
export const listRowsQuery: v.GenericSchema<unknown, NonNullable<operations["listRows"]["parameters"]["query"]> & { [key: string]: unknown }> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.looseObject({
    limit: /*#__PURE__*/ v.optional(DatumRowsLimit),
    page: /*#__PURE__*/ v.optional(PageNumber),
    search: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
    searchBy: /*#__PURE__*/ v.optional(/*#__PURE__*/ v.string()),
  }),
);

/** `POST /v2/databases/{databaseId}/rows`: the JSON body. */
export const createRowBody: v.GenericSchema<unknown, NonNullable<operations["createRow"]["requestBody"]>["content"]["application/json"]> = DatumRowFieldsRequest;

/** `PUT /v2/databases/{databaseId}/rows/{rowId}`: the JSON body. */
export const updateRowBody: v.GenericSchema<unknown, NonNullable<operations["updateRow"]["requestBody"]>["content"]["application/json"]> = DatumRowFieldsRequest;

/** `POST /v1/widget/create`: the JSON body. */
export const createWidgetBody: v.GenericSchema<unknown, NonNullable<operations["createWidget"]["requestBody"]>["content"]["application/json"]> = CreateWidgetRequest;

/** `POST /v1/widget/user`: the JSON body. */
export const createWidgetUserBody: v.GenericSchema<unknown, NonNullable<operations["createWidgetUser"]["requestBody"]>["content"]["application/json"]> = CreateWidgetUserRequest;

/** `POST /jelouapi/v1/external-support/{projectId}`: the JSON body. */
export const createPmaIntegrationBody: v.GenericSchema<unknown, NonNullable<operations["createPmaIntegration"]["requestBody"]>["content"]["application/json"]> = PmaIntegrationCreateRequest;

/** `PATCH /jelouapi/v1/external-support/{projectId}`: the JSON body. */
export const updatePmaIntegrationBody: v.GenericSchema<unknown, NonNullable<operations["updatePmaIntegration"]["requestBody"]>["content"]["application/json"]> = PmaIntegrationUpdateRequest;

/** `POST /jelouapi/v1/external-support/{projectId}/conversations/start`: the JSON body. */
export const startPmaConversationBody: v.GenericSchema<unknown, NonNullable<operations["startPmaConversation"]["requestBody"]>["content"]["application/json"]> = PmaConversationStartRequest;

/** `POST /jelouapi/v1/external-support/{projectId}/conversations/close`: the JSON body. */
export const closePmaConversationBody: v.GenericSchema<unknown, NonNullable<operations["closePmaConversation"]["requestBody"]>["content"]["application/json"]> = PmaConversationCloseRequest;

/** `POST /v1/external-support/webhook`: the JSON body. */
export const sendPmaAgentMessageBody: v.GenericSchema<unknown, NonNullable<operations["sendPmaAgentMessage"]["requestBody"]>["content"]["application/json"]> = PmaAgentMessage;

/** `POST /workflows/v2/memory/users/set`: the JSON body. */
export const setMemoryBody: v.GenericSchema<unknown, NonNullable<operations["setMemory"]["requestBody"]>["content"]["application/json"]> = MemorySetRequest;

/** `POST /workflows/v2/memory/users/set`: the header parameters. */
export const setMemoryHeaders: v.GenericSchema<unknown, NonNullable<operations["setMemory"]["parameters"]["header"]>> = /*#__PURE__*/ v.pipe(
  anyObject,
  /*#__PURE__*/ v.strictObject({ "x-hash-ttl": /*#__PURE__*/ v.optional(MemoryHashTtl) }),
);

/** `POST /workflows/v2/memory/users/get-all`: the JSON body. */
export const getAllMemoryBody: v.GenericSchema<unknown, NonNullable<operations["getAllMemory"]["requestBody"]>["content"]["application/json"]> = MemoryGetAllRequest;

/** `POST /workflows/v2/memory/users/find-one`: the JSON body. */
export const findOneMemoryBody: v.GenericSchema<unknown, NonNullable<operations["findOneMemory"]["requestBody"]>["content"]["application/json"]> = MemoryFindOneRequest;

/** Webhook `pmaMessage`: the event Jelou posts. */
export const pmaMessageEvent: v.GenericSchema<unknown, NonNullable<webhooks["pmaMessage"]["post"]["requestBody"]>["content"]["application/json"]> = PmaMessageEvent;

/** Webhook `pmaConversationStart`: the event Jelou posts. */
export const pmaConversationStartEvent: v.GenericSchema<unknown, NonNullable<webhooks["pmaConversationStart"]["post"]["requestBody"]>["content"]["application/json"]> = PmaConversationEvent;

/** Webhook `pmaConversationClose`: the event Jelou posts. */
export const pmaConversationCloseEvent: v.GenericSchema<unknown, NonNullable<webhooks["pmaConversationClose"]["post"]["requestBody"]>["content"]["application/json"]> = PmaConversationEvent;

/** Webhook `deliveryNotification`: the event Jelou posts. */
export const deliveryNotificationEvent: v.GenericSchema<unknown, NonNullable<webhooks["deliveryNotification"]["post"]["requestBody"]>["content"]["application/json"]> = DeliveryNotificationEvent;

/** Webhook `userMessage`: the event Jelou posts. */
export const userMessageEvent: v.GenericSchema<unknown, NonNullable<webhooks["userMessage"]["post"]["requestBody"]>["content"]["application/json"]> = UserMessageEvent;
