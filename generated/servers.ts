// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.

/** Default URL of the `api` host (openapi.yaml `servers`). */
export const API_URL = "https://api.jelou.ai";
/** Default URL of the `gateway` host (openapi.yaml `servers`). */
export const GATEWAY_URL = "https://gateway.jelou.ai";
/** Default URL of the `chatbot` host (openapi.yaml `servers`). */
export const CHATBOT_URL = "https://chatbot.jelou.ai";
/** Paths served by another host than `api.jelou.ai`, by host name. */
export const PATH_HOSTS: Record<string, "gateway" | "chatbot"> = {
  "/jelouapi/v1/external-support/{projectId}": "gateway",
  "/jelouapi/v1/external-support/{projectId}/conversations/start": "gateway",
  "/jelouapi/v1/external-support/{projectId}/conversations/close": "gateway",
  "/jelouapi/v1/external-support/{projectId}/conversations/{conversationId}": "gateway",
  "/v1/external-support/webhook": "chatbot",
  "/workflows/v2/memory/users/set": "gateway",
  "/workflows/v2/memory/users/get-all": "gateway",
  "/workflows/v2/memory/users/find-one": "gateway"
};
