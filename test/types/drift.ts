// Compile-time drift guard: every valibot schema's output type must equal the payload type that
// openapi-typescript generated from openapi.yaml. `npm run typecheck` (run by test/types.test.ts)
// fails to compile when a schema and the spec disagree about a field, its type or its optionality.
import type * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import type { textSchema } from "../../src/messages/text.js";
import type { listSchema } from "../../src/messages/list.js";
import type { quickReplySchema } from "../../src/messages/quick-reply.js";
import type { imageSchema } from "../../src/messages/image.js";
import type { audioSchema } from "../../src/messages/audio.js";
import type { videoSchema } from "../../src/messages/video.js";
import type { fileSchema } from "../../src/messages/file.js";
import type { stickerSchema } from "../../src/messages/sticker.js";
import type { locationSchema } from "../../src/messages/location.js";
import type { contactsSchema } from "../../src/messages/contacts.js";
import type { locationRequestSchema } from "../../src/messages/location-request.js";
import type { urlButtonSchema } from "../../src/messages/url-button.js";
import type { callButtonSchema } from "../../src/messages/call-button.js";
import type { carouselSchema } from "../../src/messages/carousel.js";
import type { flowSchema } from "../../src/messages/flow.js";

type S = components["schemas"];
// Deeply flattened so that `A & B` and `{ ...A, ...B }` compare equal, then compared for identity
// (mutual assignability would miss a field that is optional on one side and required on the other).
type Flat<T> = T extends (infer U)[] ? Flat<U>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
/** True only when A and B are the same type. */
export type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
type Out<T extends v.GenericSchema> = v.InferOutput<T>;
const same = <A, B>(ok: Same<A, B>) => ok;

same<Out<typeof textSchema>, S["TextMessage"]>(true);
same<Out<typeof listSchema>, S["ListMessage"]>(true);
same<Out<typeof quickReplySchema>, S["QuickReplyMessage"]>(true);
same<Out<typeof imageSchema>, S["ImageMessage"]>(true);
same<Out<typeof audioSchema>, S["AudioMessage"]>(true);
same<Out<typeof videoSchema>, S["VideoMessage"]>(true);
same<Out<typeof fileSchema>, S["FileMessage"]>(true);
same<Out<typeof stickerSchema>, S["StickerMessage"]>(true);
same<Out<typeof locationSchema>, S["LocationMessage"]>(true);
same<Out<typeof contactsSchema>, S["ContactsMessage"]>(true);
same<Out<typeof locationRequestSchema>, S["LocationRequestMessage"]>(true);
same<Out<typeof urlButtonSchema>, S["UrlButtonMessage"]>(true);
same<Out<typeof callButtonSchema>, S["CallButtonMessage"]>(true);
same<Out<typeof carouselSchema>, S["CarouselMessage"]>(true);
same<Out<typeof flowSchema>, S["FlowMessage"]>(true);

// The check itself can fail: a schema that drops, adds or retypes a field is told apart.
same<Out<typeof textSchema>, Omit<S["TextMessage"], "botId">>(false);
same<Out<typeof textSchema>, S["TextMessage"] & { extra: string }>(false);
same<Out<typeof locationSchema>, Omit<S["LocationMessage"], "coordinates"> & { coordinates: { lat: string; long: number } }>(false);
same<Out<typeof listSchema>, Omit<S["ListMessage"], "title"> & { title: string }>(false);
