import * as v from "valibot";
import type { components } from "../../generated/openapi.js";
import {
  CAROUSEL_CARD_INDEX_MAXIMUM,
  CAROUSEL_CARD_INDEX_MINIMUM,
  CAROUSEL_MESSAGE_PARAMETERS_CARDS_MAX_ITEMS,
  CAROUSEL_MESSAGE_PARAMETERS_CARDS_MIN_ITEMS,
  CAROUSEL_MESSAGE_TEXT_MAX_LENGTH,
  CAROUSEL_QUICK_REPLY_BUTTON_QUICK_REPLY_TITLE_MAX_LENGTH,
  CAROUSEL_QUICK_REPLY_CARD_ACTION_BUTTONS_MAX_ITEMS,
  CAROUSEL_QUICK_REPLY_CARD_ACTION_BUTTONS_MIN_ITEMS,
} from "../../generated/limits.js";
import { httpsUrl, list, range, recipient, str, stringOrObject, webUrl } from "./fields.js";
import { builder } from "./build.js";

const imageHeader = v.strictObject({ type: v.literal("image"), image: v.strictObject({ link: httpsUrl }) });
const videoHeader = v.strictObject({ type: v.literal("video"), video: v.strictObject({ link: httpsUrl }) });

const common = {
  card_index: range(CAROUSEL_CARD_INDEX_MINIMUM, CAROUSEL_CARD_INDEX_MAXIMUM, true),
  // Chosen by `type` like the cards below; anything but "video" is checked as an image header.
  header: v.lazy((h: unknown) => ((h as { type?: unknown } | null)?.type === "video" ? videoHeader : imageHeader)),
  body: v.optional(v.strictObject({ text: str() })),
};

// A card with `type: "cta_url"` opens a URL; a card without `type` carries quick-reply buttons.
const urlCard = v.strictObject({
  ...common,
  type: v.literal("cta_url"),
  action: v.strictObject({
    name: v.literal("cta_url"),
    parameters: v.strictObject({ display_text: str(), url: webUrl }),
  }),
});
const quickReplyCard = v.strictObject({
  ...common,
  action: v.strictObject({
    buttons: list(
      v.strictObject({
        type: v.literal("quick_reply"),
        quick_reply: v.strictObject({
          title: str(CAROUSEL_QUICK_REPLY_BUTTON_QUICK_REPLY_TITLE_MAX_LENGTH),
          payload: v.optional(stringOrObject),
          id: v.optional(str()),
        }),
      }),
      CAROUSEL_QUICK_REPLY_CARD_ACTION_BUTTONS_MIN_ITEMS,
      CAROUSEL_QUICK_REPLY_CARD_ACTION_BUTTONS_MAX_ITEMS,
    ),
  }),
});

type Card = v.InferOutput<typeof urlCard> | v.InferOutput<typeof quickReplyCard>;
// Picking the card schema by its shape keeps issues precise (a union would report both shapes):
// a `type` or an action `name` means a URL card, anything else a quick-reply card.
const card = v.lazy((c: unknown) => {
  const o = (c ?? {}) as { type?: unknown; action?: { name?: unknown } };
  return o.type !== undefined || o.action?.name !== undefined ? urlCard : quickReplyCard;
});

/** Schema of a carousel (`type: "CAROUSEL"`): 1–10 cards that all share one header type. */
export const carouselSchema = v.strictObject({
  type: v.literal("CAROUSEL"),
  ...recipient,
  text: str(CAROUSEL_MESSAGE_TEXT_MAX_LENGTH),
  parameters: v.pipe(
    v.strictObject({
      cards: list(
        card as v.GenericSchema<unknown, Card>,
        CAROUSEL_MESSAGE_PARAMETERS_CARDS_MIN_ITEMS,
        CAROUSEL_MESSAGE_PARAMETERS_CARDS_MAX_ITEMS,
      ),
    }),
    // The contract's if/then: once any card has an image header, every card must.
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const cards = dataset.value.cards;
      if (!cards.some((c) => c.header.type === "image")) return;
      const i = cards.findIndex((c) => c.header.type !== "image");
      if (i >= 0)
        addIssue({
          message: "must be image like the other cards' headers",
          path: ["cards", i, "header", "type"].map((key) => ({ key })) as unknown as [v.IssuePathItem],
        });
    }),
  ),
});

/** Scrollable cards with an image or video header and a URL or quick-reply buttons. */
export type CarouselMessage = components["schemas"]["CarouselMessage"];

/**
 * Builds a carousel message.
 *
 * @example
 * messages.carousel({ userId, text: "Our offers", parameters: { cards: [{ card_index: 0, type: "cta_url",
 *   header: { type: "image", image: { link: "https://example.com/1.png" } }, body: { text: "Deal #1" },
 *   action: { name: "cta_url", parameters: { display_text: "Shop", url: "https://example.com/d/1" } } }] } });
 */
export const carousel = builder<CarouselMessage>(carouselSchema, "CAROUSEL");
