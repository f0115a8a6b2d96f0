// The message types, one schema and builder per file. Exported as the `messages` namespace so a
// bundler keeps only the builders an app calls.
export { text } from "./text.js";
export { list } from "./list.js";
export { quickReply } from "./quick-reply.js";
export { image } from "./image.js";
export { audio } from "./audio.js";
export { video } from "./video.js";
export { file } from "./file.js";
export { sticker } from "./sticker.js";
export { location } from "./location.js";
export { contacts } from "./contacts.js";
export { locationRequest } from "./location-request.js";
export { urlButton } from "./url-button.js";
export { callButton } from "./call-button.js";
export { carousel } from "./carousel.js";
export { flow } from "./flow.js";
