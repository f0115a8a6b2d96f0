// Generated from openapi.yaml by scripts/generate.mjs. Do not edit: run `npm run generate`.
export type paths = {
    "/v1/bots/{botId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends one message to a user who wrote to the bot in the last 24 hours.
         *     The body shape depends on `type`. Plain text and the list message share
         *     `type: "text"`; they are told apart by `options`, which the list requires and
         *     plain text forbids.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bots/{botId}/users/{userId}/flow_message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a WhatsApp Flow button
         * @description Sends a message with a button that opens a WhatsApp Flow already created in Jelou
         *     for this bot. Only for bots on WhatsApp Cloud API, Gupshup CAPI or Aldeamo.
         */
        post: operations["sendFlowMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Any message accepted by `POST /v1/bots/{botId}/messages`. Exactly one option matches
         *     a valid payload: `TextMessage` forbids `options` and `ListMessage` requires it.
         */
        Message: components["schemas"]["TextMessage"] | components["schemas"]["ListMessage"] | components["schemas"]["QuickReplyMessage"] | components["schemas"]["ImageMessage"] | components["schemas"]["AudioMessage"] | components["schemas"]["VideoMessage"] | components["schemas"]["FileMessage"] | components["schemas"]["StickerMessage"] | components["schemas"]["LocationMessage"] | components["schemas"]["ContactsMessage"] | components["schemas"]["LocationRequestMessage"] | components["schemas"]["UrlButtonMessage"] | components["schemas"]["CallButtonMessage"] | components["schemas"]["CarouselMessage"];
        /**
         * @description Recipient of the message, as Jelou knows the user (usually the phone number without `+`).
         * @example USER_ID
         */
        UserId: string;
        /** @description Optional copy of the path `botId`; when present it must equal it (the SDK checks). */
        BodyBotId: string;
        /** @description Absolute `https://` URL without spaces. */
        HttpsUrl: string;
        /** @description Absolute `http://` or `https://` URL without spaces (HTTPS recommended). */
        WebUrl: string;
        /**
         * @description Public HTTPS URL that points straight at the file, reachable without authentication.
         *     Size and format are checked by Jelou (`INVALID_MEDIA_URL`, `MEDIA_TOO_LARGE`,
         *     `UNSUPPORTED_MEDIA_TYPE`).
         */
        MediaUrl: components["schemas"]["HttpsUrl"];
        /** @description Message text; WhatsApp caps a text message at 4,096 characters. */
        WhatsAppText: string;
        /**
         * @description Button label, 1 to 20 characters, not blank (zero-width characters count as blank),
         *     without emoji (pictographs, flags, skin tones, keycaps, emoji variation selector) and
         *     without WhatsApp markdown markers (`*`, `_`, `~`, backtick).
         */
        ButtonTitle: string;
        /**
         * Text
         * @description Plain text. Shares `type` with `ListMessage` and forbids its `options`.
         */
        TextMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "text";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Message content, 1 to 4,096 characters. */
            text: components["schemas"]["WhatsAppText"];
        };
        /**
         * List of options
         * @description Text with a button that opens a list of 1 to 10 options. `type` is `"text"`;
         *     `options` is required, which is what tells it apart from `TextMessage`.
         *     The older nested `buttons` shape is not accepted (see docs/spec-decisions.md).
         */
        ListMessage: {
            /**
             * @description Message type (same value as plain text).
             * @constant
             */
            type: "text";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Body shown above the list button. */
            text: components["schemas"]["WhatsAppText"];
            /** @description Title above the option list. */
            title?: string;
            /** @description The button that opens the list. Jelou labels it "Options" when omitted. */
            buttonText?: {
                /**
                 * @description Always `text`; Jelou's default.
                 * @constant
                 */
                type?: "text";
                /** @description Button label. */
                text?: string;
            };
            /** @description The options, 1 to 10. */
            options: components["schemas"]["ListOption"][];
        };
        /** @description One option of a list message. */
        ListOption: {
            /** @description Stable id returned to the webhook on selection; Jelou generates a UUID when omitted. */
            id?: string;
            /** @description Option title, 1 to 24 characters. */
            title: string;
            /** @description Option description, up to 72 characters. */
            description?: string;
        };
        /**
         * Quick replies
         * @description Text with 1 to 3 reply buttons whose titles are unique.
         */
        QuickReplyMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "quick_reply";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Message content. */
            text: string;
            /** @description Optional title, up to 20 characters. */
            title?: string;
            /**
             * @description 1 to 3 buttons. Titles must be unique: each item holds only `title`, so
             *     `uniqueItems` means unique titles (compared exactly, case-sensitive).
             */
            quick_replies: components["schemas"]["QuickReplyButton"][];
        };
        /** @description One quick-reply button. */
        QuickReplyButton: {
            /** @description Button title, 1 to 20 characters, unique, no emoji, no markdown. */
            title: components["schemas"]["ButtonTitle"];
        };
        /**
         * Image
         * @description JPEG or PNG image, at most 5 MB.
         */
        ImageMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "image";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            mediaUrl: components["schemas"]["MediaUrl"];
            /** @description Caption, up to 1,024 characters (the field is `text`, not `caption`). */
            text?: string;
        };
        /**
         * Audio
         * @description AAC, MP4, MPEG, AMR or OGG (opus) audio, at most 16 MB. No caption.
         */
        AudioMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "audio";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            mediaUrl: components["schemas"]["MediaUrl"];
        };
        /**
         * Video
         * @description MP4 or 3GP video, at most 16 MB.
         */
        VideoMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "video";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            mediaUrl: components["schemas"]["MediaUrl"];
            /** @description Caption. */
            text?: string;
        };
        /**
         * File
         * @description Plain text, PDF or Office document, at most 100 MB.
         */
        FileMessage: {
            /**
             * @description Message type (`file`, not `document`).
             * @constant
             */
            type: "file";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            mediaUrl: components["schemas"]["MediaUrl"];
            /** @description Text sent with the file. */
            text?: string;
            /** @description File name shown to the user, up to 47 characters on WhatsApp; inferred from the URL when omitted. */
            filename?: string;
        };
        /**
         * Sticker
         * @description WebP sticker, at most 100 KB.
         */
        StickerMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "sticker";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            mediaUrl: components["schemas"]["MediaUrl"];
        };
        /**
         * Location
         * @description A point on the map.
         */
        LocationMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "location";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Decimal degrees. The key is `long`, not `lng`. */
            coordinates: {
                /** @description Latitude, -90 to 90; negative is south. */
                lat: number;
                /** @description Longitude, -180 to 180; negative is west. */
                long: number;
            };
        };
        /**
         * Contacts
         * @description One or more contact cards (`type` is plural).
         */
        ContactsMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "contacts";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description The contact cards. */
            contacts: components["schemas"]["Contact"][];
        };
        /** @description A name part, up to 127 characters. */
        ContactName: string;
        /** @description One contact card; every field is optional but the card may not be empty. */
        Contact: {
            /** @description The contact's name. */
            name?: {
                formatted_name?: components["schemas"]["ContactName"];
                first_name?: components["schemas"]["ContactName"];
                last_name?: components["schemas"]["ContactName"];
                middle_name?: components["schemas"]["ContactName"];
            };
            /** @description Phone numbers. */
            phones?: {
                /** @description E.164 number, e.g. `+15551234567`. */
                phone: string;
                /** @description Label such as `Mobile`, `Work` or `Home`. */
                type?: string;
                /** @description WhatsApp id of the number. */
                wa_id?: string;
            }[];
            /** @description Email addresses. */
            emails?: {
                /** @description Email address. */
                email: string;
                /** @description Label such as `Work` or `Personal`. */
                type?: string;
            }[];
            /** @description Postal addresses. */
            addresses?: components["schemas"]["ContactAddress"][];
        };
        /** @description A postal address; every part is optional. */
        ContactAddress: {
            /** @description Street. */
            street?: string;
            /** @description City. */
            city?: string;
            /** @description State or region. */
            state?: string;
            /** @description Postal code. */
            zip?: string;
            /** @description Country name. */
            country?: string;
            /** @description Country code, e.g. `US`. */
            country_code?: string;
            /** @description Label, e.g. `Office`. */
            type?: string;
        };
        /**
         * Location request
         * @description Text with a button that asks the user to share their location.
         */
        LocationRequestMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "location_request";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Why the location is needed. */
            text: string;
        };
        /**
         * URL button
         * @description Header, body, footer and one button that opens a URL.
         */
        UrlButtonMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "cta_url";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Header, 1 to 60 characters. */
            title: string;
            /** @description Body, 1 to 1,024 characters. */
            text: string;
            /** @description Footer, 1 to 60 characters. */
            caption: string;
            /** @description The button. */
            parameters: {
                /** @description URL the button opens (HTTPS recommended), up to 4,096 characters. */
                url: components["schemas"]["WebUrl"];
                /** @description Button label, 1 to 18 characters. */
                display_text: string;
            };
        };
        /**
         * Call button
         * @description Text with a button that starts a WhatsApp voice call (calling must be enabled for the account).
         */
        CallButtonMessage: {
            /**
             * @description Message type.
             * @constant
             */
            type: "voice_call";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Header text (named `header` here, `title` on the URL button). */
            header?: string;
            /** @description Body. */
            text: string;
            /** @description The button. */
            parameters: {
                /** @description Button label. */
                display_text: string;
            };
        };
        /**
         * Carousel
         * @description Body text above 1 to 10 scrollable cards (`type` is uppercase).
         */
        CarouselMessage: {
            /**
             * @description Message type, uppercase.
             * @constant
             */
            type: "CAROUSEL";
            userId: components["schemas"]["UserId"];
            botId?: components["schemas"]["BodyBotId"];
            /** @description Main body above the cards, 1 to 1,024 characters. */
            text: string;
            /**
             * @description The cards. All cards use the same header type: if any card has an image header,
             *     every card has one (and likewise for video).
             */
            parameters: {
                /** @description 1 to 10 cards. */
                cards: (components["schemas"]["CarouselUrlCard"] | components["schemas"]["CarouselQuickReplyCard"])[];
            };
        };
        /** @description Zero-based position of the card. */
        CarouselCardIndex: number;
        /** @description Card header, an image or a video. */
        CarouselHeader: {
            /**
             * @description Header kind.
             * @constant
             */
            type: "image";
            /** @description The header image. */
            image: {
                link: components["schemas"]["MediaUrl"];
            };
        } | {
            /**
             * @description Header kind.
             * @constant
             */
            type: "video";
            /** @description The header video. */
            video: {
                link: components["schemas"]["MediaUrl"];
            };
        };
        /** @description Card body. */
        CarouselCardBody: {
            /** @description Card text. */
            text: string;
        };
        /**
         * URL card
         * @description A card whose button opens a URL; `type` is `cta_url` and must be present.
         */
        CarouselUrlCard: {
            card_index: components["schemas"]["CarouselCardIndex"];
            /**
             * @description Present only on URL cards.
             * @constant
             */
            type: "cta_url";
            header: components["schemas"]["CarouselHeader"];
            body?: components["schemas"]["CarouselCardBody"];
            /** @description The URL button. */
            action: {
                /**
                 * @description Action kind.
                 * @constant
                 */
                name: "cta_url";
                /** @description Label and target of the button. */
                parameters: {
                    /** @description Button label. */
                    display_text: string;
                    url: components["schemas"]["WebUrl"];
                };
            };
        };
        /**
         * Quick-reply card
         * @description A card with one or two quick-reply buttons; it has no `type`.
         */
        CarouselQuickReplyCard: {
            card_index: components["schemas"]["CarouselCardIndex"];
            header: components["schemas"]["CarouselHeader"];
            body?: components["schemas"]["CarouselCardBody"];
            /** @description The quick-reply buttons. */
            action: {
                /** @description 1 or 2 buttons per card. */
                buttons: components["schemas"]["CarouselQuickReplyButton"][];
            };
        };
        /** @description One quick-reply button on a card. */
        CarouselQuickReplyButton: {
            /**
             * @description Button kind.
             * @constant
             */
            type: "quick_reply";
            /** @description The button. */
            quick_reply: {
                /** @description Button title, 1 to 20 characters. */
                title: string;
                /** @description Returned to the webhook on tap, a string or an object. */
                payload?: string | {
                    [key: string]: unknown;
                };
                /** @description Button id; Jelou generates a UUID when omitted. */
                id?: string;
            };
        };
        /**
         * @description Recipient of a flow button, the phone number with country code and without `+`.
         * @example 593987654321
         */
        FlowUserId: string;
        /**
         * Flow button
         * @description Body of the flow endpoint. The recipient is in the path, not the body.
         */
        FlowMessage: {
            /** @description Header above the Flow button. */
            title?: string;
            /** @description Body text. */
            text: string;
            /** @description Footer. */
            caption?: string;
            /** @description Which Flow to open and how. */
            parameters: {
                /** @description Slug of a Flow that already exists in Jelou for this bot. */
                flow_name: string;
                /** @description Button label. */
                flow_cta: string;
                /** @description Data handed to the Flow, e.g. `{ "screen": "RECOMMEND" }`. */
                flow_action_payload?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description Result of a send. */
        SendMessageResponse: {
            /** @description Whether Jelou accepted the message. */
            success: boolean;
            /** @description Id to track the message. */
            messageId: string;
        };
        /** @description Jelou answers an empty object. */
        FlowMessageResponse: {
            [key: string]: unknown;
        };
        /**
         * @description Jelou's error body. Every field is optional: some errors carry only `message`
         *     (e.g. `{"message":"Authentication failed"}`), and `message` is a string in the
         *     schema example but an array of strings in real examples.
         */
        ErrorEnvelope: {
            /** @description Human-readable message, a string or a list of strings. */
            message?: string | string[];
            /** @description Usually `failed`. */
            statusMessage?: string;
            /** @description Status flag (`0` in real examples). */
            status?: number;
            /** @description Machine-readable error. */
            error?: {
                /** @description Error code, e.g. `E1019`. */
                code?: string;
                /** @description Error key, e.g. `BOT_NOT_FOUND`. */
                key?: string;
                /** @description What the error means. */
                description?: string;
                /** @description Messages for developers keyed by language (`es`, `en`, `pt`). */
                developerMessages?: {
                    [key: string]: string;
                };
                /** @description Messages for end users keyed by language. */
                clientMessages?: {
                    [key: string]: string;
                };
            };
            /** @description Details of a failed validation. */
            validationError?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description Message could not be sent (`message_could_not_be_send`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing or wrong credentials (`unauthorized`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Authentication failed"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The caller may not use this bot (`forbidden_bot`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The bot does not exist or is not assigned to the company (`bot_not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": [
                 *         "The Bot could not be found at the moment."
                 *       ],
                 *       "statusMessage": "failed",
                 *       "status": 0,
                 *       "error": {
                 *         "code": "E1019",
                 *         "key": "BOT_NOT_FOUND",
                 *         "description": "Error to be thrown when trying to get a Bot.",
                 *         "developerMessages": {
                 *           "en": "The botId is not found in the database or has been deleted."
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A field is missing or invalid (`unprocessable_entity`). */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Rate limited. Not documented for this endpoint; the request was not processed and
         *     may be retried after `Retry-After`.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait, or an HTTP date. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Server error (`internal_server_error`); the message may or may not have been sent. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
        BotIdPath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        responses: {
            /** @description Message sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "messageId": "msg_123456789"
                     *     }
                     */
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendFlowMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
                /** @description Recipient phone number with country code and without `+`. */
                userId: components["schemas"]["FlowUserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlowMessage"];
            };
        };
        responses: {
            /** @description Flow message sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["FlowMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
