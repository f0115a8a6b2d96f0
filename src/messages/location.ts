import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  LOCATION_MESSAGE_COORDINATES_LAT_MAXIMUM as LAT_MAX,
  LOCATION_MESSAGE_COORDINATES_LAT_MINIMUM as LAT_MIN,
  LOCATION_MESSAGE_COORDINATES_LONG_MAXIMUM as LONG_MAX,
  LOCATION_MESSAGE_COORDINATES_LONG_MINIMUM as LONG_MIN,
} from "../../generated/limits.js";
import { range, recipient } from "./fields.js";
import { builder } from "./build.js";

/** Schema of a location message; the longitude key is `long`, not `lng`. */
export const locationSchema = v.strictObject({
  type: v.literal("location"),
  ...recipient,
  coordinates: v.strictObject({ lat: range(LAT_MIN, LAT_MAX), long: range(LONG_MIN, LONG_MAX) }),
});

/** A point on the map, in decimal degrees. */
export type LocationMessage = components["schemas"]["LocationMessage"];

/**
 * Builds a location message.
 *
 * @example
 * messages.location({ userId, coordinates: { lat: -2.1894, long: -79.8891 } });
 */
export const location = builder<LocationMessage>(locationSchema, "location");
