// The message types the playground offers: the 14 of POST /v1/bots/{botId}/messages and the flow
// button. Each is a form (fields keyed by their dotted path in the payload) and a first draft
// taken from the contract's examples. Limits are named, never numbers: `max: "LIST_OPTION_TITLE_MAX_LENGTH"`
// is looked up in /api/limits, which the server reads from generated/limits.json.

/** A text input; `max` names the limit the counter shows. */
const text = (key, label, o = {}) => ({ kind: "text", key, label, ...o });
/** A number input; `min`/`max` name limits. */
const num = (key, label, o = {}) => ({ kind: "number", key, label, ...o });
/** A select; `onPick(item, value)` may reshape the item (the form is redrawn after). */
const choice = (key, label, options, o = {}) => ({ kind: "choice", key, label, options, ...o });
/** A list of items; `item()` is a new item; `optional` lists are dropped from the payload when empty. */
const repeat = (key, label, o, fields) => ({ kind: "repeat", key, label, fields, ...o });

const MEDIA = (ext) => text("mediaUrl", "Media URL (https)", { placeholder: `https://example.com/file.${ext}` });

const card = (i, kind = "cta_url") => ({
  card_index: i,
  ...(kind === "cta_url" && { type: "cta_url" }),
  header: { type: "image", image: { link: `https://example.com/image${i + 1}.png` } },
  body: { text: `Deal #${i + 1}` },
  action:
    kind === "cta_url"
      ? { name: "cta_url", parameters: { display_text: "Shop now", url: `https://shop.example.com/deal${i + 1}` } }
      : { buttons: [{ type: "quick_reply", quick_reply: { title: "Interested", id: `deal${i + 1}` } }] },
});

const cardFields = [
  choice(
    "type",
    "Card kind",
    [
      ["cta_url", "URL button"],
      ["", "Quick replies"],
    ],
    {
      onPick(c, v) {
        const fresh = card(c.card_index, v || "quick_reply");
        if (v) c.type = v;
        else delete c.type;
        c.action = fresh.action;
      },
    },
  ),
  choice(
    "header.type",
    "Header",
    [
      ["image", "Image"],
      ["video", "Video"],
    ],
    {
      onPick(c, v) {
        const link = c.header.image?.link ?? c.header.video?.link ?? "";
        c.header = { type: v, [v]: { link } };
      },
    },
  ),
  text((c) => `header.${c.header?.type === "video" ? "video" : "image"}.link`, "Header media URL (https)"),
  text("body.text", "Card text", { multiline: true }),
  text("action.parameters.display_text", "Button text", { when: (c) => c.type === "cta_url" }),
  text("action.parameters.url", "Button URL", { when: (c) => c.type === "cta_url" }),
  repeat(
    "action.buttons",
    "Quick-reply buttons",
    {
      when: (c) => c.type !== "cta_url",
      max: "CAROUSEL_QUICK_REPLY_CARD_ACTION_BUTTONS_MAX_ITEMS",
      item: (i) => ({ type: "quick_reply", quick_reply: { title: `Button ${i + 1}` } }),
    },
    [
      text("quick_reply.title", "Title", { max: "CAROUSEL_QUICK_REPLY_BUTTON_QUICK_REPLY_TITLE_MAX_LENGTH" }),
      text("quick_reply.id", "Id (optional)"),
    ],
  ),
];

/** @type {{ id: string, label: string, endpoint?: "flow", draft: () => object, fields: object[], finish?: (p: object) => void }[]} */
export const TYPES = [
  {
    id: "text",
    label: "Text",
    draft: () => ({ type: "text", text: "Hello, this is a text message" }),
    fields: [text("text", "Text", { multiline: true, max: "WHATS_APP_TEXT_MAX_LENGTH" })],
  },
  {
    id: "list",
    label: "List",
    draft: () => ({
      type: "text",
      title: "Menu",
      text: "Please select an option",
      buttonText: { text: "See options" },
      options: [
        { id: "s", title: "Small", description: "For one person" },
        { id: "l", title: "Large", description: "Serves two" },
      ],
    }),
    fields: [
      text("title", "Header title"),
      text("text", "Body text", { multiline: true, max: "WHATS_APP_TEXT_MAX_LENGTH" }),
      text("buttonText.text", "Button label"),
      repeat(
        "options",
        "Options",
        { min: "LIST_MESSAGE_OPTIONS_MIN_ITEMS", max: "LIST_MESSAGE_OPTIONS_MAX_ITEMS", item: (i) => ({ title: `Option ${i + 1}` }) },
        [
          text("title", "Title", { max: "LIST_OPTION_TITLE_MAX_LENGTH" }),
          text("description", "Description", { max: "LIST_OPTION_DESCRIPTION_MAX_LENGTH" }),
          text("id", "Id (optional)"),
        ],
      ),
    ],
  },
  {
    id: "quick_reply",
    label: "Quick replies",
    draft: () => ({ type: "quick_reply", text: "Continue?", quick_replies: [{ title: "Yes" }, { title: "No" }] }),
    fields: [
      text("title", "Header title", { max: "QUICK_REPLY_MESSAGE_TITLE_MAX_LENGTH" }),
      text("text", "Text", { multiline: true }),
      repeat(
        "quick_replies",
        "Buttons",
        {
          min: "QUICK_REPLY_MESSAGE_QUICK_REPLIES_MIN_ITEMS",
          max: "QUICK_REPLY_MESSAGE_QUICK_REPLIES_MAX_ITEMS",
          item: (i) => ({ title: `Answer ${i + 1}` }),
        },
        [text("title", "Title", { max: "BUTTON_TITLE_MAX_LENGTH" })],
      ),
    ],
  },
  {
    id: "image",
    label: "Image",
    draft: () => ({ type: "image", mediaUrl: "https://example.com/image.jpg", text: "Caption" }),
    fields: [MEDIA("jpg"), text("text", "Caption", { multiline: true, max: "IMAGE_MESSAGE_TEXT_MAX_LENGTH" })],
  },
  { id: "audio", label: "Audio", draft: () => ({ type: "audio", mediaUrl: "https://example.com/audio.mp3" }), fields: [MEDIA("mp3")] },
  {
    id: "video",
    label: "Video",
    draft: () => ({ type: "video", mediaUrl: "https://example.com/video.mp4" }),
    fields: [MEDIA("mp4"), text("text", "Caption", { multiline: true })],
  },
  {
    id: "file",
    label: "File",
    draft: () => ({ type: "file", mediaUrl: "https://example.com/document.pdf", filename: "document.pdf" }),
    fields: [
      MEDIA("pdf"),
      text("filename", "File name", { max: "FILE_MESSAGE_FILENAME_MAX_LENGTH" }),
      text("text", "Caption", { multiline: true }),
    ],
  },
  {
    id: "sticker",
    label: "Sticker",
    draft: () => ({ type: "sticker", mediaUrl: "https://example.com/sticker.webp" }),
    fields: [MEDIA("webp")],
  },
  {
    id: "location",
    label: "Location",
    draft: () => ({ type: "location", coordinates: { lat: 40.7128, long: -74.006 } }),
    fields: [
      num("coordinates.lat", "Latitude", {
        min: "LOCATION_MESSAGE_COORDINATES_LAT_MINIMUM",
        max: "LOCATION_MESSAGE_COORDINATES_LAT_MAXIMUM",
      }),
      num("coordinates.long", "Longitude", {
        min: "LOCATION_MESSAGE_COORDINATES_LONG_MINIMUM",
        max: "LOCATION_MESSAGE_COORDINATES_LONG_MAXIMUM",
      }),
    ],
  },
  {
    id: "contacts",
    label: "Contacts",
    draft: () => ({
      type: "contacts",
      contacts: [{ name: { formatted_name: "John Smith" }, phones: [{ phone: "+15551234567", type: "Mobile" }] }],
    }),
    fields: [
      repeat(
        "contacts",
        "Contacts",
        { min: "CONTACTS_MESSAGE_CONTACTS_MIN_ITEMS", item: () => ({ name: { formatted_name: "" }, phones: [{ phone: "" }] }) },
        [
          text("name.formatted_name", "Name", { max: "CONTACT_NAME_MAX_LENGTH" }),
          repeat("phones", "Phones", { optional: true, item: () => ({ phone: "", type: "Mobile" }) }, [
            text("phone", "Phone (+country…)"),
            text("type", "Label"),
          ]),
          repeat("emails", "Emails", { optional: true, item: () => ({ email: "" }) }, [text("email", "Email"), text("type", "Label")]),
        ],
      ),
    ],
  },
  {
    id: "location_request",
    label: "Location request",
    draft: () => ({ type: "location_request", text: "Please share your location to find nearby stores" }),
    fields: [text("text", "Text", { multiline: true })],
  },
  {
    id: "cta_url",
    label: "URL button",
    draft: () => ({
      type: "cta_url",
      title: "Welcome",
      text: "Visit our website",
      caption: "Jelou",
      parameters: { url: "https://apps.jelou.ai", display_text: "Visit Website" },
    }),
    fields: [
      text("title", "Header title", { max: "URL_BUTTON_MESSAGE_TITLE_MAX_LENGTH" }),
      text("text", "Body text", { multiline: true, max: "URL_BUTTON_MESSAGE_TEXT_MAX_LENGTH" }),
      text("caption", "Footer", { max: "URL_BUTTON_MESSAGE_CAPTION_MAX_LENGTH" }),
      text("parameters.display_text", "Button text", { max: "URL_BUTTON_MESSAGE_PARAMETERS_DISPLAY_TEXT_MAX_LENGTH" }),
      text("parameters.url", "Button URL", { max: "URL_BUTTON_MESSAGE_PARAMETERS_URL_MAX_LENGTH" }),
    ],
  },
  {
    id: "voice_call",
    label: "Call button",
    draft: () => ({ type: "voice_call", text: "Tap to talk to an agent", parameters: { display_text: "Call Support" } }),
    fields: [text("header", "Header"), text("text", "Body text", { multiline: true }), text("parameters.display_text", "Button text")],
  },
  {
    id: "CAROUSEL",
    label: "Carousel",
    draft: () => ({ type: "CAROUSEL", text: "Check out our offers", parameters: { cards: [card(0), card(1)] } }),
    fields: [
      text("text", "Text", { multiline: true, max: "CAROUSEL_MESSAGE_TEXT_MAX_LENGTH" }),
      repeat(
        "parameters.cards",
        "Cards",
        { min: "CAROUSEL_MESSAGE_PARAMETERS_CARDS_MIN_ITEMS", max: "CAROUSEL_MESSAGE_PARAMETERS_CARDS_MAX_ITEMS", item: (i) => card(i) },
        cardFields,
      ),
    ],
    // card_index is the card's position: kept in step when cards are added or removed.
    finish: (p) => p.parameters?.cards?.forEach((c, i) => (c.card_index = i)),
  },
  {
    id: "flow",
    label: "Flow button",
    endpoint: "flow",
    draft: () => ({
      title: "Hello",
      text: "Complete this flow",
      caption: "Jelou",
      parameters: { flow_name: "welcome_flow", flow_cta: "Start Flow" },
    }),
    fields: [
      text("title", "Header title"),
      text("text", "Body text", { multiline: true }),
      text("caption", "Footer"),
      text("parameters.flow_name", "Flow name (created in Jelou)"),
      text("parameters.flow_cta", "Button text"),
    ],
  },
];
