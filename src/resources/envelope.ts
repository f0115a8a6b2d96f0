// Jelou's platform envelope (`{ message, statusMessage, status, data }`): what most of the
// platform endpoints answer, and whose `data` is what their methods return.
import { JelouApiError } from "../errors.js";
import { dataOf, type Method } from "../transport.js";

/**
 * The `data` of an enveloped answer, or the typed error of a failed call. A 2xx without `data` is
 * not the documented answer: it is reported whole, and for a write Jelou may have acted.
 */
export function dataIn<D>(r: { data?: { data?: D }; error?: unknown; response: Response }, method: Method): D {
  const body = dataOf(r, method);
  if (body.data !== undefined) return body.data;
  throw new JelouApiError(r.response.status, body, method !== "GET");
}
