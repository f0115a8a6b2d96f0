// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.

/** The message `type` values of #/components/schemas/Message, in spec order, each once (`text` serves text and list). */
export const MESSAGE_TYPES = ["text","quick_reply","image","audio","video","file","sticker","location","contacts","location_request","cta_url","voice_call","CAROUSEL"] as const;
/** One message `type` of `POST /v1/bots/{botId}/messages`. */
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Each option of #/components/schemas/Message, in spec order: its component schema and its `type`. */
export const MESSAGE_SCHEMAS = [
  { schema: "TextMessage", type: "text" },
  { schema: "ListMessage", type: "text" },
  { schema: "QuickReplyMessage", type: "quick_reply" },
  { schema: "ImageMessage", type: "image" },
  { schema: "AudioMessage", type: "audio" },
  { schema: "VideoMessage", type: "video" },
  { schema: "FileMessage", type: "file" },
  { schema: "StickerMessage", type: "sticker" },
  { schema: "LocationMessage", type: "location" },
  { schema: "ContactsMessage", type: "contacts" },
  { schema: "LocationRequestMessage", type: "location_request" },
  { schema: "UrlButtonMessage", type: "cta_url" },
  { schema: "CallButtonMessage", type: "voice_call" },
  { schema: "CarouselMessage", type: "CAROUSEL" },
] as const;
/** The component schema name of one message option. */
export type MessageSchemaName = (typeof MESSAGE_SCHEMAS)[number]["schema"];
