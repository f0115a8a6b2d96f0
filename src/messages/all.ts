// The `messages` namespace of the whole-API entry: every session message builder plus the
// template builder (which the messages-only entry leaves out with the rest of the API).
export * from "./index.js";
export { template } from "./template.js";
