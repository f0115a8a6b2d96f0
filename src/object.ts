/**
 * A JSON object (not an array, not null): the one test of "is this an object?" the SDK uses.
 *
 * @example
 * if (!isObject(data)) throw new JelouApiError(status, data, true);
 */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
