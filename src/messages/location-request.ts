import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import { recipient, str } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a location request: text explaining why, plus a "send location" button. */
export const locationRequestSchema = v.strictObject({ type: v.literal("location_request"), ...recipient, text: str() });

/** Asks the user to share their location. */
export type LocationRequestMessage = components["schemas"]["LocationRequestMessage"];

/**
 * Builds a location request.
 *
 * @example
 * messages.locationRequest({ userId, text: "Share your location to find the nearest store" });
 */
export const locationRequest = builder<LocationRequestMessage>(locationRequestSchema, "location_request");
