// Compile-time checks of the webhook event types: the known fields of a PMA message survive the
// narrowing of its content (a regression made `room_id` unknown). Type-checked by tsconfig.test.json.
import type { JelouEvent } from "../../src/webhooks/index.js";

export function roomOf(event: JelouEvent): string | undefined {
  if (event.type !== "message") return undefined;
  const room: string = event.data.room_id;
  if (event.data.value.type === "text") {
    const body: string = event.data.value.content.body;
    return `${room}:${body}`;
  }
  return room;
}
