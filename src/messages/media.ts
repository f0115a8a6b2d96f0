import * as v from "valibot";
import { httpsUrl, recipient } from "./fields.js";

/** The shape every media message shares: a type, a recipient and an HTTPS `mediaUrl`, plus its own fields. */
export const mediaSchema = <T extends string, E extends v.ObjectEntries>(type: T, extra: E) =>
  v.strictObject({ type: v.literal(type), ...recipient, mediaUrl: httpsUrl, ...extra });
