// jelou-sdk: validated message builders and a thin fetch client for the Jelou messaging API.
// Data path: builder (valibot schema) → validateMessage → createJelou().send → fetch → result or typed error.
export { createJelou } from "./client.js";
export type { JelouClient, JelouOptions, SendOptions, SendResult, Hooks, RequestInfo, ResponseInfo } from "./client.js";
export type { AuthOptions } from "./auth.js";
export { basicAuthorization } from "./auth.js";
export type { RetryOptions } from "./retry.js";
export { validateMessage } from "./validate.js";
export type { Message, ValidationResult } from "./validate.js";
export * as messages from "./messages/index.js";
export type { TextMessage } from "./messages/text.js";
export type { ListMessage } from "./messages/list.js";
export type { QuickReplyMessage } from "./messages/quick-reply.js";
export type { ImageMessage } from "./messages/image.js";
export type { AudioMessage } from "./messages/audio.js";
export type { VideoMessage } from "./messages/video.js";
export type { FileMessage } from "./messages/file.js";
export type { StickerMessage } from "./messages/sticker.js";
export type { LocationMessage } from "./messages/location.js";
export type { ContactsMessage } from "./messages/contacts.js";
export type { LocationRequestMessage } from "./messages/location-request.js";
export type { UrlButtonMessage } from "./messages/url-button.js";
export type { CallButtonMessage } from "./messages/call-button.js";
export type { CarouselMessage } from "./messages/carousel.js";
export type { FlowMessage } from "./messages/flow.js";
export { JelouError, JelouValidationError, JelouApiError, JelouTimeoutError, JelouNetworkError } from "./errors.js";
export type { Issue, JelouErrorBody } from "./errors.js";
