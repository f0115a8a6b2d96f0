// Media resources stored by Jelou: a signed, temporary URL for one. Tag `Resources` of openapi.yaml.
import type { components } from "../../generated/openapi.js";
import { refreshResourceBody } from "../../generated/requests.js";
import { parse } from "../messages/build.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";

/** The resource to sign and how long its URL lives: `ttl` 900 to 3,600 seconds. */
export type ResourceRefresh = components["schemas"]["ResourceRefreshRequest"];
/** The signed URL. */
export type ResourceRefreshResult = components["schemas"]["ResourceRefreshResponse"];

/** `client.resources`. */
export interface Resources {
  /**
   * A signed URL of a stored resource, valid for `ttl` seconds (900 to 3,600, checked before sending).
   *
   * @example
   * const { signedUrl } = await jelou.resources.refresh({ resourceUrl: "https://storage.jelou.ai/files/document.pdf", ttl: 900 });
   */
  refresh(resource: ResourceRefresh, options?: CallOptions): Promise<ResourceRefreshResult>;
}

/** `client.resources` over a transport. */
export function resources(t: Transport): Resources {
  return {
    async refresh(resource, o = {}) {
      const body = parse(refreshResourceBody, resource);
      return dataOf(await t.api(o).POST("/v1/external/assets/refresh", { body }), "POST");
    },
  };
}
