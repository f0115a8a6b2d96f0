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
    "/v2/whatsapp/{botId}/hsm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a template to individual numbers
         * @description Sends a Meta-approved HSM template to one or more phone numbers, outside the 24-hour
         *     session window. `mediaUrl` is required for image, video and document templates.
         *     Authentication templates may not contain URLs, emojis or media.
         */
        post: operations["sendTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bots/{botId}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Lists the bot's HSM templates, optionally filtered by name, approval status and
         *     category. The current docs answer `{ data: [...] }`; the older paginated shape
         *     (`pagination`/`results`/`links`) is not modelled.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Creates an HSM template for the bot and, with `sendToAprove=true`, submits it to
         *     WhatsApp for approval (a template can only be sent once approved). The query
         *     parameter is spelled `sendToAprove` on the wire.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hsm/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a template in bulk from a CSV
         * @description Starts a bulk campaign that sends a template to every row of a CSV file, either
         *     given by URL (`application/json`, `fileUrl`) or attached (`multipart/form-data`,
         *     `file`). The CSV is UTF-8; its first row is a header of letters, digits and `_`;
         *     the first column is the recipient's phone number with country code and without `+`;
         *     the other columns are template parameters, mapped by `params`.
         */
        post: operations["sendBulkTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bulk campaigns
         * @description Lists a bot's bulk campaigns created between two dates, paginated (at most 50 per
         *     page). `elementName` and `status` filters and the item shape come from the older docs.
         */
        get: operations["listCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/messages/history/{botId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get chat history
         * @description Lists the bot's messages, paginated (at most 50 per page), optionally between two
         *     dates, for one integration client, or the conversation that contains one message.
         */
        get: operations["getChatHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/conversations/attended/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List conversations handled by agents
         * @description Lists the conversations that human agents handled between two dates, paginated.
         *     `getJson` must be `true` (the endpoint then answers JSON).
         */
        post: operations["listAttendedConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bots/{botId}/events/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get delivery webhooks (old API)
         * @description Returns the webhook URL subscribed to each delivery event of the bot's templates.
         *     Old API, documented only in the GitBook pages; the current docs configure
         *     Notification URLs in the dashboard.
         */
        get: operations["getWebhookConfig"];
        put?: never;
        /**
         * Subscribe delivery webhooks (old API)
         * @description Subscribes URLs to delivery events of the bot's templates: `delivered_channel`
         *     (sent via WhatsApp), `delivered_user` (delivered to the user), `failed`, `read` (only
         *     when the user has read receipts on) and `reply`. Old API, documented only in the
         *     GitBook pages; check the current subscriptions first to avoid duplicates.
         */
        post: operations["setWebhookConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rooms/{roomId}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send messages into a conversation room
         * @description Posts one or more messages into a conversation room as `senderId` (a bot, an operator
         *     or any uuid). Only users who wrote to the bot in the last 24 hours receive them
         *     (WhatsApp policy). `messages[].type` is accepted in lower case (`text`) and upper case
         *     (`TEXT`), because the docs show both; `text` is required for text messages and
         *     `mediaUrl` for the others.
         */
        post: operations["sendRoomMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's state
         * @description Returns the user and whether the bot answers them (`auto`) or a human does (`manual`).
         */
        get: operations["getUserState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a user's state
         * @description Switches a user between `auto` (the bot answers) and `manual` (the bot stops
         *     auto-replying so a human can). `ttl` is how many seconds the manual state lasts before
         *     it expires.
         */
        post: operations["setUserState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/cache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a user's cache
         * @description Returns the free-form cache the bot keeps for this user.
         */
        get: operations["getUserCache"];
        put?: never;
        /**
         * Merge into a user's cache
         * @description Merges `params` into the user's cache for `botId`; keys not sent are kept.
         */
        post: operations["mergeUserCache"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/assets/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a signed URL for a resource
         * @description Returns a signed, temporary URL for a stored media resource, valid for `ttl` seconds (900 to 3,600).
         */
        post: operations["refreshResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/databases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List databases
         * @description Lists the company's Datum databases with their schemas. `state` false means deleted.
         */
        get: operations["listDatabases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/databases/{databaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a database
         * @description Returns one Datum database (the path is inferred from the docs' heading).
         */
        get: operations["getDatabase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/databases/{databaseId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rows
         * @description Lists a database's rows, paginated. Query parameters other than `limit` and `page` are
         *     passed through unchanged (`x-query-passthrough`): integrations filter with `search`
         *     and `searchBy`, which Jelou's docs do not list.
         */
        get: operations["listRows"];
        put?: never;
        /**
         * Create a row
         * @description Creates a row with the given fields (free-form: each database defines its own).
         */
        post: operations["createRow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/databases/{databaseId}/rows/{rowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a row
         * @description Returns one row.
         */
        get: operations["getRow"];
        /**
         * Update a row
         * @description Updates a row; only the fields sent change.
         */
        put: operations["updateRow"];
        post?: never;
        /**
         * Delete a row
         * @description Deletes a row. Irreversible.
         */
        delete: operations["deleteRow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a web widget
         * @description Creates a web widget for a bot and returns it with its API key. `widget` is free-form
         *     beyond its documented keys; `credentials.blacKList` keeps the docs' spelling.
         */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or get a widget user
         * @description Creates the widget user (or returns the existing one with this `id`) and their room.
         */
        post: operations["createWidgetUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jelouapi/v1/external-support/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get the PMA integration
         * @description Returns the project's integration (without the signing secret).
         */
        get: operations["getPmaIntegration"];
        put?: never;
        /**
         * Create the PMA integration
         * @description Registers the external panel's webhook for this project. The answer carries the
         *     `signingSecret` that signs webhook traffic in both directions; it is shown only here.
         */
        post: operations["createPmaIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the PMA integration
         * @description Changes the webhook URL and/or how Jelou authenticates to it.
         */
        patch: operations["updatePmaIntegration"];
        trace?: never;
    };
    "/jelouapi/v1/external-support/{projectId}/conversations/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a panel conversation
         * @description Hands a bot user over to the external panel and emits `conversation.start` to its
         *     webhook. `assignment` routes it to a queue, an operator or a team.
         */
        post: operations["startPmaConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jelouapi/v1/external-support/{projectId}/conversations/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a panel conversation
         * @description Ends the panel conversation, hands the user back to the bot (optionally with a text or
         *     to a flow edge, `redirectPayload`) and emits `conversation.close`.
         */
        post: operations["closePmaConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jelouapi/v1/external-support/{projectId}/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
                /** @description Conversation to read. */
                conversationId: components["schemas"]["PmaConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a panel conversation
         * @description Returns a panel conversation and its state.
         */
        get: operations["getPmaConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external-support/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an agent message to the user
         * @description The external panel posts an agent's message here and Jelou delivers it to the user.
         *     Authenticated only by `X-Jelou-Signature: sha256=<hex>`, the HMAC-SHA256 of the exact
         *     raw body keyed with the integration's `signingSecret` (no Basic credentials).
         */
        post: operations["sendPmaAgentMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/v2/memory/users/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write memory keys
         * @description Stores up to 20 keys for a user of a bot. Each value MUST be wrapped as
         *     `{ "value": … }` (an unwrapped value is stored empty); `ttl` expires one key,
         *     the `x-hash-ttl` header the user's whole memory (default 30 days). Scope `memory:write`.
         */
        post: operations["setMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/v2/memory/users/get-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read all memory keys
         * @description Returns every stored key of a user of a bot. Scope `memory:read`.
         */
        post: operations["getAllMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/v2/memory/users/find-one": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read one memory key
         * @description Returns one stored key of a user of a bot. Scope `memory:read`.
         */
        post: operations["findOneMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    pmaMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's message, for the external support panel
         * @description Jelou posts each message of a user in a panel conversation to the integration's
         *     `webhookUrl`, signed with `X-Jelou-Signature: sha256=<hex>` (HMAC-SHA256 of the exact raw
         *     body, keyed with the `signingSecret`). Verify the signature over the bytes received,
         *     before parsing: re-serialized JSON does not give the same bytes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "field": "messages",
                     *       "object": "message_event",
                     *       "event_type": "message",
                     *       "timestamp": 1705312800000,
                     *       "project_id": "PROJECT_ID",
                     *       "room_id": "ROOM_ID",
                     *       "contact": {
                     *         "id": "593987654321",
                     *         "name": "María José"
                     *       },
                     *       "conversation": {
                     *         "id": "CONVERSATION_ID"
                     *       },
                     *       "bot": {
                     *         "id": "BOT_ID",
                     *         "name": "Soporte"
                     *       },
                     *       "value": {
                     *         "id": "wamid.HBgM",
                     *         "type": "text",
                     *         "content": {
                     *           "body": "¿Puedo pagar en línea? 🙏"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PmaMessageEvent"];
                };
            };
            responses: {
                /** @description Received. Answer fast; any other status makes Jelou treat the delivery as failed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    pmaConversationStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A panel conversation started
         * @description Emitted when a conversation is handed to the panel (`POST …/conversations/start`). The
         *     docs name the event but do not show its body: typed by the fields every PMA event carries,
         *     other fields kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "field": "messages",
                     *       "object": "message_event",
                     *       "event_type": "conversation.start",
                     *       "timestamp": 1705312800000,
                     *       "project_id": "PROJECT_ID",
                     *       "room_id": "ROOM_ID",
                     *       "contact": {
                     *         "id": "593987654321",
                     *         "name": "María José"
                     *       },
                     *       "conversation": {
                     *         "id": "CONVERSATION_ID"
                     *       },
                     *       "bot": {
                     *         "id": "BOT_ID",
                     *         "name": "Soporte"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PmaConversationEvent"];
                };
            };
            responses: {
                /** @description Received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    pmaConversationClose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A panel conversation closed
         * @description Emitted when a panel conversation ends (`POST …/conversations/close`). Body not shown in
         *     the docs: typed by the fields every PMA event carries, other fields kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "field": "messages",
                     *       "object": "message_event",
                     *       "event_type": "conversation.close",
                     *       "timestamp": 1705313400000,
                     *       "project_id": "PROJECT_ID",
                     *       "room_id": "ROOM_ID",
                     *       "conversation": {
                     *         "id": "CONVERSATION_ID"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PmaConversationEvent"];
                };
            };
            responses: {
                /** @description Received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    deliveryNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message was delivered, read, replied to, or failed
         * @description Posted to the bot's notification URL for each subscribed event (`delivered_channel`,
         *     `delivered_user`, `read`, `failed`, `reply`). The docs show that payload examples exist
         *     but not their bodies: typed by `event` and the fields of a notification record, other
         *     fields kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "event": "read",
                     *       "messageId": "MESSAGE_ID",
                     *       "botId": "BOT_ID",
                     *       "userId": "593987654321",
                     *       "timestamp": 1705312860000
                     *     }
                     */
                    "application/json": components["schemas"]["DeliveryNotificationEvent"];
                };
            };
            responses: {
                /** @description Received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    userMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's message while the bot user is in `manual` state (old API)
         * @description Jelou forwards each message of a user in `manual` state to the configured URL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "messageId": "MESSAGE_ID",
                     *       "bubble": {
                     *         "type": "text",
                     *         "text": "Hola",
                     *         "¿me ayudan con mi pedido?": null
                     *       },
                     *       "names": "María José",
                     *       "userId": "USER_ID",
                     *       "botId": "BOT_ID",
                     *       "received": 1705312800000,
                     *       "status": "created",
                     *       "owner": "user"
                     *     }
                     */
                    "application/json": components["schemas"]["UserMessageEvent"];
                };
            };
            responses: {
                /** @description Received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
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
         * @description Button label, 1 to 20 characters, not blank (whitespace and zero-width characters count
         *     as blank), without emoji and without WhatsApp markdown markers (`*`, `_`, `~`, backtick).
         *
         *     `pattern` is portable: it refuses the markdown markers, blank titles, U+FE0F, the keycap
         *     U+20E3 and every emoji pictograph of the Basic Multilingual Plane (`©`, `™`, `☺`, `❤`,
         *     `✅`, …), and reads the same in every regex engine. Emoji above U+FFFF (`😀`, `👍`, flags,
         *     skin tones) cannot be written in a form that ECMA-262 with and without the `u` flag, Python
         *     and RE2 all read alike, so `pattern` lets them through. `x-sdk-pattern` (ECMA-262 with the
         *     `u` flag) is what the SDK enforces before sending: `pattern` plus every
         *     `Extended_Pictographic`, `Regional_Indicator` and `Emoji_Modifier` code point. Every title
         *     the SDK accepts matches `pattern`.
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
        FlowUserId: components["schemas"]["PhoneNumber"];
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
        /**
         * @description Phone number with country code and without `+` (E.164 digits).
         * @example 593987654321
         */
        PhoneNumber: string;
        /** @description Page to return, from 1. */
        PageNumber: number;
        /** @description Items per page, at most 50. */
        PageLimit50: number;
        /** @description Where a page sits in a paginated list. */
        Pagination: {
            /** @description Items per page. */
            limit?: number;
            /** @description This page's number, from 1. */
            page?: number;
            /** @description Items in the whole list. */
            total?: number;
            /** @description Items before this page. */
            offset?: number;
            /** @description Pages in the whole list. */
            totalPages?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A link to one page of a paginated list. */
        PageLink: {
            /** @description Page number. */
            number?: number;
            /** @description URL of that page. */
            url?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The platform's success envelope. Real examples carry `message` as a list of strings,
         *     `statusMessage: "success"` and `status: 1`; the endpoint's payload is in `data`.
         */
        PlatformEnvelope: {
            /** @description Human-readable message, a string or a list of strings. */
            message?: string | string[];
            /** @description `success` on success. */
            statusMessage?: string;
            /** @description `1` on success. */
            status?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * Individual template send
         * @description Body of `POST /v2/whatsapp/{botId}/hsm`. `mediaUrl` is required when `type` is
         *     `image`, `video` or `document`.
         */
        TemplateSendRequest: {
            /** @description Name of a WhatsApp-approved template. */
            elementName: string;
            /** @description Recipients, phone numbers with country code and without `+`. */
            destinations: components["schemas"]["PhoneNumber"][];
            /**
             * @description Template kind (older docs list the values); Jelou assumes `text` when omitted.
             * @enum {string}
             */
            type?: "text" | "image" | "document" | "video";
            /** @description Template language code, e.g. `en`. */
            language?: string;
            /**
             * @description Values of the body variables (`{{1}}`, `{{2}}`, ...), in order. The page states each
             *     is at most 15 characters (see docs/spec-decisions.md).
             */
            parameters?: string[];
            /** @description URL of the header media; required for image, video and document templates. */
            mediaUrl?: components["schemas"]["WebUrl"];
            /** @description File name shown for document templates (older docs spell it `fileName`). */
            filename?: string;
            /** @description Values of the header variables, in order. */
            headerParameters?: string[];
            /** @description Values of dynamic URL buttons. */
            buttonParameters?: components["schemas"]["TemplateButtonParameter"][];
            /**
             * @description Payloads of the quick-reply buttons, returned on tap; needed when the template has
             *     quick-reply buttons, e.g. `[{ "flowId": 1, "action": "More information" }]`.
             */
            buttonPayloads?: {
                [key: string]: unknown;
            }[];
            /** @description Actions to run for the recipients (shape not documented). */
            actions?: {
                [key: string]: unknown;
            };
            /** @description Parameters of a limited-time-offer template. */
            ltoParams?: {
                /** @description When the offer expires (unit not documented; Meta uses Unix milliseconds). */
                expirationTime?: number;
            };
            /** @description Cards of a carousel template, in order. */
            cards?: components["schemas"]["TemplateSendCard"][];
            /** @description Expiration of the message (format not documented). */
            expirationTime?: string;
            /** @description Campaign the send belongs to. */
            campaignId?: string;
        };
        /** @description Value of one dynamic URL button. */
        TemplateButtonParameter: {
            /**
             * @description Button kind; only `URL` is documented.
             * @constant
             */
            type?: "URL";
            /** @description Button payload. */
            payload?: {
                [key: string]: unknown;
            };
            /** @description Which button or variable the value fills. */
            param?: number;
        };
        /** @description One card of a carousel template. */
        TemplateSendCard: {
            /** @description URL of the card's header media. */
            mediaUrl?: components["schemas"]["WebUrl"];
            /** @description Values of the card's body variables, in order. */
            params?: string[];
            /** @description Values of the card's dynamic URL buttons. */
            buttonParameters?: components["schemas"]["TemplateButtonParameter"][];
        };
        /** @description One entry per destination. */
        TemplateSendResult: ({
            /** @description Id of the message sent. */
            id?: string;
            /** @description The phone number it was sent to. */
            destination?: string;
        } & {
            [key: string]: unknown;
        })[];
        /**
         * @description WhatsApp approval status of a template.
         * @enum {string}
         */
        TemplateStatus: "PENDING" | "REJECTED" | "APPROVED";
        /**
         * @description WhatsApp category of a template.
         * @enum {string}
         */
        TemplateCategory: "UTILITY" | "MARKETING" | "AUTHENTICATION";
        /** @description The bot's templates (current docs; the older paginated shape is not modelled). */
        TemplateListResponse: {
            /** @description The templates. */
            data?: components["schemas"]["Template"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A template as listed. */
        Template: {
            /** @description Body text with `{{1}}`-style variables. */
            template?: string;
            /** @description Name shown to operators. */
            displayName?: string;
            /** @description Template name used to send it. */
            elementName?: string;
            /** @description The body variables. */
            params?: ({
                /** @description Label of the variable. */
                label?: string;
                /** @description Number of the variable (type not documented). */
                param?: string | number;
            } & {
                [key: string]: unknown;
            })[];
            /** @description How many body variables the template has. */
            paramsNumber?: number;
            /** @description Whether operators see the template. */
            isVisible?: boolean;
            /** @description Language code. */
            language?: string;
            /** @description Approval status (`PENDING`, `REJECTED`, `APPROVED`; not closed here). */
            status?: string;
            /** @description Category (`UTILITY`, `MARKETING`, `AUTHENTICATION`; not closed here). */
            category?: string;
            /** @description Creation time (ISO 8601). */
            createdAt?: string;
            /** @description Last update time (ISO 8601). */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * New template
         * @description Body of `POST /v1/bots/{botId}/templates`. `mediaUrl` is required for `IMAGE`,
         *     `VIDEO` and `DOCUMENT` templates; `buttons` for `CALL_TO_ACTION`, `QUICK_REPLY` and
         *     `OTP`; an `AUTHENTICATION` template has at most one variable.
         */
        TemplateCreateRequest: {
            category: components["schemas"]["TemplateCategory"];
            /** @description Language code, e.g. `en`. */
            language: string;
            /** @description Unique template name; only lowercase letters, digits and `_`. */
            elementName: string;
            /** @description Name shown to operators. */
            displayName?: string;
            /** @description Body text with `{{1}}`-style variables (Meta restricts authentication bodies). */
            template: string;
            /** @description Whether operators see the template. */
            isVisible?: boolean;
            /** @description The body variables; at most one for `AUTHENTICATION`. */
            params?: components["schemas"]["TemplateCreateParam"][];
            /** @description How many body variables the template has; at most one for `AUTHENTICATION`. */
            paramsNumber?: number;
            /**
             * @description Template kind; `HSM` is text only.
             * @enum {string}
             */
            type?: "HSM" | "IMAGE" | "VIDEO" | "DOCUMENT";
            /** @description Sample header media; required for `IMAGE`, `VIDEO` and `DOCUMENT`. */
            mediaUrl?: components["schemas"]["WebUrl"];
            /**
             * @description Kind of buttons the template has.
             * @enum {string}
             */
            interactiveAction?: "NONE" | "CALL_TO_ACTION" | "QUICK_REPLY" | "OTP";
            /** @description The buttons; required for `CALL_TO_ACTION`, `QUICK_REPLY` and `OTP`. */
            buttons?: components["schemas"]["TemplateCreateButton"][];
            /** @description Header text. */
            header?: string;
            /** @description Sample value of the header variable, for review. */
            exampleHeader?: string;
            /** @description The header variables. */
            headerParams?: {
                [key: string]: unknown;
            }[];
            /** @description Sample of the whole body, for review. */
            example?: string;
            /** @description Settings of authentication templates and category changes. */
            extraSettings?: {
                /** @description Add WhatsApp's "do not share this code" notice. */
                addSecurityRecommendation?: boolean;
                /** @description Minutes the code is valid, e.g. 45. */
                codeExpirationMinutes?: number;
                /** @description Let Meta change the category on review. */
                allowChangeCategory?: boolean;
            };
        } & (unknown & unknown & unknown);
        /** @description One body variable of a new template. */
        TemplateCreateParam: {
            /** @description Number of the variable, e.g. `1` for `{{1}}` (type not documented). */
            param?: string | number;
            /** @description Label of the variable. */
            label?: string;
            /** @description Sample value, for review. */
            example?: string;
        };
        /** @description One button of a new template. */
        TemplateCreateButton: {
            /** @description Button label. */
            text?: string;
            /** @description Button kind, e.g. `QUICK_REPLY` (the full list is not documented). */
            type?: string;
            /** @description Target of a URL button. */
            url?: string;
            /** @description Number a call button dials. */
            phone_number?: string;
            /** @description Sample value of a dynamic button (type not documented). */
            example?: unknown;
        };
        /** @description Jelou's answer to a template creation. `status` is a string here. */
        TemplateCreateResponse: {
            /** @description Human-readable message, a string or a list of strings. */
            message?: string | string[];
            /** @description Outcome, e.g. `success`. */
            status?: string;
            /** @description The created template. */
            data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Maps one template variable to a CSV column. */
        BulkTemplateParam: {
            /** @description Number of the template variable (`1` for `{{1}}`). */
            param: number;
            /** @description Header of the CSV column that holds its values. */
            column: components["schemas"]["CsvColumnName"];
        };
        /**
         * @description A header of a campaign CSV: letters, digits and `_` only (no spaces or punctuation). The
         *     first column holds the recipients (`PhoneNumber`: country code, no `+`); the others hold
         *     the template's variables, and `params[].column` names them.
         */
        CsvColumnName: string;
        /**
         * Bulk send, CSV by URL
         * @description JSON body of `POST /v1/hsm/file`; the CSV is read from `fileUrl`.
         */
        BulkTemplateRequest: {
            /** @description Name of the campaign. */
            campaignName: string;
            /** @description Name of a WhatsApp-approved template. */
            elementName: string;
            /** @description Bot that sends the campaign. */
            botId: string;
            /** @description Public URL of the CSV file. */
            fileUrl: components["schemas"]["WebUrl"];
            /** @description Which CSV column fills each template variable; needed when the template has variables. */
            params?: components["schemas"]["BulkTemplateParam"][];
            /** @description Template kind, e.g. `text` (the allowed values are not documented). */
            type?: string;
            /** @description URL of the header media of a media template. */
            mediaUrl?: components["schemas"]["WebUrl"];
            /** @description Payloads of the quick-reply buttons. */
            buttonPayloads?: {
                [key: string]: unknown;
            }[];
            /** @description Actions to run for the recipients (shape not documented). */
            actions?: {
                [key: string]: unknown;
            };
            /** @description When to send, an ISO 8601 date-time, e.g. `2023-11-07T05:31:56Z`; now when omitted. */
            scheduledAt?: components["schemas"]["IsoDate"];
        };
        /**
         * Bulk send, CSV attached
         * @description Multipart body of `POST /v1/hsm/file`; the CSV is the `file` part (the docs do not show
         *     the part's name). `params`, `buttonPayloads` and `actions` are JSON-encoded parts.
         */
        BulkTemplateUpload: {
            /** @description Name of the campaign. */
            campaignName: string;
            /** @description Name of a WhatsApp-approved template. */
            elementName: string;
            /** @description Bot that sends the campaign. */
            botId: string;
            /** @description The CSV file (UTF-8, `.csv`). */
            file: string;
            /** @description Which CSV column fills each template variable. */
            params?: components["schemas"]["BulkTemplateParam"][];
            /** @description Template kind, e.g. `text`. */
            type?: string;
            /** @description URL of the header media of a media template. */
            mediaUrl?: components["schemas"]["WebUrl"];
            /** @description Payloads of the quick-reply buttons. */
            buttonPayloads?: {
                [key: string]: unknown;
            }[];
            /** @description Actions to run for the recipients (shape not documented). */
            actions?: {
                [key: string]: unknown;
            };
            /** @description When to send, an ISO 8601 date-time; now when omitted. */
            scheduledAt?: components["schemas"]["IsoDate"];
        };
        /** @description Jelou's answer to a bulk send. */
        BulkTemplateResponse: {
            /** @description Human-readable messages. */
            message?: string[];
            /** @description Outcome, e.g. `success`. */
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An ISO 8601 date or date-time (Jelou's examples mix both).
         * @example 2024-01-31
         */
        IsoDate: string;
        /**
         * @description Bot whose campaigns are listed.
         * @example BOT_ID
         */
        CampaignBotId: string;
        /**
         * @description State of a bulk campaign.
         * @enum {string}
         */
        CampaignStatus: "COMPLETED" | "PENDING" | "IN_PROGRESS" | "SCHEDULED";
        /** @description A page of campaigns. */
        CampaignListResponse: {
            pagination?: components["schemas"]["Pagination"];
            /** @description Extra information (empty in the examples). */
            _metadata?: {
                [key: string]: unknown;
            };
            /** @description The campaigns of this page. */
            results?: components["schemas"]["Campaign"][];
            /** @description Links to the pages. */
            links?: components["schemas"]["PageLink"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A bulk campaign (shape from the older docs). */
        Campaign: {
            /** @description Campaign id. */
            _id?: string;
            /** @description Campaign name. */
            name?: string;
            /** @description Name of the CSV file. */
            fileName?: string;
            /** @description State (`COMPLETED`, `PENDING`, `IN_PROGRESS`, `SCHEDULED`; not closed here). */
            status?: string;
            /** @description Bot that sent it. */
            botId?: string;
            /** @description Company that owns it. */
            companyId?: number;
            /** @description The bot. */
            bot?: {
                /** @description Bot id. */
                id?: string;
                /** @description Bot name. */
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The company. */
            company?: {
                /** @description Company id. */
                id?: number;
                /** @description Company name. */
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Rows (recipients) in the CSV. */
            rowCount?: number;
            /** @description Where Jelou stored the CSV. */
            storageUrl?: string;
            /** @description Campaign settings (template, parameters, ...). */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description The user who created the campaign. */
            sendBy?: {
                /** @description User id. */
                id?: number;
                /** @description User name. */
                names?: string;
                /** @description User email. */
                email?: string;
                /** @description The user's company. */
                companyId?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description When it is or was scheduled (ISO 8601). */
            scheduledAt?: string;
            /** @description Creation time (ISO 8601). */
            createdAt?: string;
            /** @description Last update time (ISO 8601). */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A page of the bot's messages. */
        ChatHistoryResponse: {
            pagination?: components["schemas"]["Pagination"];
            /** @description Extra information (empty in the examples). */
            _metadata?: {
                [key: string]: unknown;
            };
            /** @description The messages of this page. */
            results?: components["schemas"]["HistoryMessage"][];
            /** @description Links to the pages, when present. */
            links?: components["schemas"]["PageLink"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One message of the history. */
        HistoryMessage: {
            /** @description Who received the message. */
            recipient?: {
                /** @description Recipient id. */
                id?: string;
                /** @description Recipient name. */
                names?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Who sent the message. */
            sender?: {
                /** @description Sender id. */
                id?: string;
                /** @description Sender name. */
                name?: string;
                /** @description Sender kind, e.g. `bot`. */
                type?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Who produced the message, e.g. `bot`. */
            by?: string;
            /** @description Message id. */
            messageId?: string;
            /** @description Delivery status, e.g. `DELIVERED_USER`. */
            status?: string;
            /** @description The message content. */
            bubble?: {
                /** @description Content kind, e.g. `TEXT`. */
                type?: string;
                /** @description Text or caption. */
                text?: string;
                /** @description URL of the media, for media messages. */
                mediaUrl?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description When the message was sent (ISO 8601). */
            createdAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Items per page (default 10; no maximum documented). */
        AttendedPageLimit: number;
        /**
         * Agent conversations query
         * @description Body of `POST /v1/metrics/conversations/attended/external`.
         */
        AttendedConversationsRequest: {
            /** @description Start of the period (ISO 8601). */
            startAt: components["schemas"]["IsoDate"];
            /** @description End of the period (ISO 8601). */
            endAt: components["schemas"]["IsoDate"];
            /**
             * @description Must be `true`.
             * @constant
             */
            getJson: true;
        };
        /** @description A page of conversations handled by agents. */
        AttendedConversationsResponse: {
            /** @description Human-readable messages. */
            message?: string[];
            /** @description Outcome, e.g. `success`. */
            status?: string;
            /** @description The conversations of this page. */
            results?: components["schemas"]["AttendedConversation"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description Links to the pages. */
            links?: components["schemas"]["PageLink"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One conversation handled by an agent. */
        AttendedConversation: {
            /** @description Conversation id. */
            _id?: string;
            /** @description The agent. */
            operator?: {
                /** @description Agent name. */
                names?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The end user. */
            user?: {
                /** @description User id. */
                id?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The bot. */
            bot?: {
                /** @description Bot name. */
                name?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The company. */
            company?: {
                /** @description Company id. */
                id?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description How the conversation was assigned. */
            assignationMethod?: {
                /** @description Team it was assigned to. */
                teamName?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description State, e.g. `active` or `expired`. */
            state?: string;
            /** @description Why the conversation ended. */
            endedReason?: string;
            /** @description Start (ISO 8601). */
            startAt?: string;
            /** @description End (ISO 8601). */
            endAt?: string;
            /** @description Where it came from, e.g. `ticket`. */
            origin?: string;
            /** @description Time the agent took to reply. */
            timeRepliedOperator?: number;
            /** @description Duration of the conversation. */
            conversationDuration?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Delivery event: `delivered_channel` (sent via WhatsApp), `delivered_user` (delivered to
         *     the user), `failed`, `read` (only with the user's read receipts on), `reply`.
         * @enum {string}
         */
        EventWebhookEvent: "delivered_channel" | "delivered_user" | "failed" | "read" | "reply";
        /** @description One URL and the events it receives. */
        EventWebhookSubscription: {
            /** @description Webhook URL. */
            url: components["schemas"]["WebUrl"];
            /** @description Events sent to this URL, each at most once. */
            events: components["schemas"]["EventWebhookEvent"][];
        };
        /**
         * Webhook subscriptions
         * @description Body of `POST /v1/bots/{botId}/events/webhook`.
         */
        EventWebhookSubscribeRequest: {
            /** @description The subscriptions. */
            webhooks: components["schemas"]["EventWebhookSubscription"][];
        };
        /** @description The URL subscribed to each event; events without a subscription are absent. */
        EventWebhookUrls: {
            /** @description URL for `read`. */
            read?: string;
            /** @description URL for `reply`. */
            reply?: string;
            /** @description URL for `failed`. */
            failed?: string;
            /** @description URL for `delivered_user`. */
            delivered_user?: string;
            /** @description URL for `delivered_channel`. */
            delivered_channel?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The bot's delivery webhooks. */
        EventWebhookConfigResponse: components["schemas"]["PlatformEnvelope"] & {
            data?: components["schemas"]["EventWebhookUrls"];
        };
        /** @description The subscriptions created. */
        EventWebhookSubscribeResponse: components["schemas"]["PlatformEnvelope"] & {
            /** @description The subscriptions, as stored. */
            data?: ({
                /** @description Webhook URL. */
                url?: string;
                /** @description Its events. */
                events?: string[];
            } & {
                [key: string]: unknown;
            })[];
        };
        /**
         * @description Conversation room id.
         * @example ROOM_ID
         */
        RoomId: string;
        /** @description Messages to post into a room, and who posts them. */
        RoomMessageRequest: {
            /** @description Who sends the messages: `Bot.id`, `Bot.socketId`, `Operator.id` or any uuid. */
            senderId: string;
            /** @description Messages to post, in order. */
            messages: components["schemas"]["RoomMessage"][];
        };
        /**
         * @description One message posted into a room. `text` is required when `type` is `text`/`TEXT`,
         *     `mediaUrl` otherwise.
         */
        RoomMessage: {
            /** @description Message id (a uuid); required by the widget pages, absent from the rooms page example. */
            id?: string;
            /**
             * @description Message type. The rooms page writes it in lower case, the widget pages and the spec
             *     example in upper case; both are accepted.
             * @enum {string}
             */
            type: "text" | "image" | "video" | "document" | "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT";
            /** @description Message text; required for text messages. */
            text?: string;
            /** @description Public HTTPS URL of the file; required for image, video and document messages. */
            mediaUrl?: components["schemas"]["HttpsUrl"];
        };
        /** @description Jelou answers 200 "Message sent" without a documented body. */
        RoomMessageResponse: {
            [key: string]: unknown;
        };
        /** @description A bot user and their state. */
        UserState: {
            /** @description User id (the phone number without `+`). */
            id?: string;
            /** @description User's name. */
            names?: string;
            /** @description Bot the user talks to. */
            botId?: string;
            /** @description Group id of the user. */
            groupId?: string;
            /**
             * @description `auto`: the bot answers; `manual`: the bot stays silent so a human can answer.
             * @enum {string}
             */
            state?: "auto" | "manual";
        } & {
            [key: string]: unknown;
        };
        /** @description New state of a bot user. */
        UserStateSetRequest: {
            /** @description Bot the user talks to. */
            botId: string;
            /** @description The user's phone number with country code and without `+`. */
            userId: components["schemas"]["PhoneNumber"];
            /**
             * @description `manual` stops the bot from auto-replying; `auto` gives the user back to the bot.
             * @enum {string}
             */
            state: "manual" | "auto";
            /** @description Seconds the `manual` state lasts before it expires. */
            ttl?: number;
        };
        /**
         * @description Bot whose cache of the user to read.
         * @example BOT_ID
         */
        UserCacheBotId: string;
        /** @description The user's cache, free-form (whatever the bot and `mergeUserCache` stored). */
        UserCache: {
            [key: string]: unknown;
        };
        /** @description Keys to merge into the user's cache. */
        UserCacheMergeRequest: {
            /** @description Free-form keys merged into the cache (existing keys not sent are kept). */
            params: {
                [key: string]: unknown;
            };
            /** @description Bot whose cache of the user to update. */
            botId: string;
        };
        /** @description Resource to sign and how long the signed URL lives. */
        ResourceRefreshRequest: {
            /** @description HTTPS URL of the stored resource. */
            resourceUrl: components["schemas"]["HttpsUrl"];
            /** @description Lifetime of the signed URL in seconds, 900 to 3,600. */
            ttl: number;
        };
        /** @description The signed URL. */
        ResourceRefreshResponse: {
            /** @description Signed, temporary URL of the resource. */
            signedUrl?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Datum database id (an integer in examples, sent as its digits).
         * @example 42
         */
        DatumDatabaseId: string;
        /**
         * @description Row id (`_id`).
         * @example 65a4f0c2e4b0a1b2c3d4e5f6
         */
        DatumRowId: string;
        /** @description Rows per page, from 1 (no maximum is documented). */
        DatumRowsLimit: number;
        /** @description A Datum database. */
        DatumDatabase: {
            /** @description Database id (an integer in examples, "string" in the field tables). */
            id?: number | string;
            /** @description Database name. */
            name?: string;
            /** @description URL-safe name. */
            slug?: string;
            /** @description Storage driver, e.g. `elastic`. */
            driver?: string;
            /** @description Database description. */
            description?: string | null;
            /** @description Owning company. */
            companyId?: number | string;
            /** @description JSON-schema-like description of the rows: `type`, `properties{field: {type, database}}`, `required[]`. */
            schema?: {
                [key: string]: unknown;
            };
            /** @description Columns of the database (their shape is not documented). */
            columns?: unknown[];
            /** @description Free-form metadata. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description `false` when the database was deleted. */
            state?: boolean;
            /** @description Creation time (ISO 8601). */
            createdAt?: string;
            /** @description Last update time (ISO 8601). */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The company's databases in the platform envelope. */
        DatumDatabaseList: components["schemas"]["PlatformEnvelope"] & {
            /** @description The databases. */
            data?: components["schemas"]["DatumDatabase"][];
        };
        /** @description One database in the platform envelope. */
        DatumDatabaseEnvelope: components["schemas"]["PlatformEnvelope"] & {
            /** @description The database. */
            data?: components["schemas"]["DatumDatabase"];
        };
        /** @description A row. Besides these three keys it carries the database's own fields. */
        DatumRow: {
            /** @description Row id. */
            _id?: string;
            /** @description Creation time (ISO 8601). */
            createdAt?: string;
            /** @description Last update time (ISO 8601). */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of rows. */
        DatumRowPage: {
            /** @description Where this page sits. */
            pagination?: components["schemas"]["Pagination"];
            /** @description Free-form metadata. */
            _metadata?: {
                [key: string]: unknown;
            };
            /** @description The rows of this page. */
            results?: components["schemas"]["DatumRow"][];
            /** @description Links to the pages. */
            links?: components["schemas"]["PageLink"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One row in the platform envelope. */
        DatumRowEnvelope: components["schemas"]["PlatformEnvelope"] & {
            /** @description The row. */
            data?: components["schemas"]["DatumRow"];
        };
        /** @description The deleted row's id in the platform envelope. */
        DatumDeletedRowEnvelope: components["schemas"]["PlatformEnvelope"] & {
            /** @description The deleted row. */
            data?: {
                /** @description Id of the deleted row. */
                _id?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Fields of a row to create, or the fields to change in an update (others are kept). */
        DatumRowFieldsRequest: {
            /** @description Free-form field values, keyed by the database's field names. */
            fields: {
                [key: string]: unknown;
            };
        };
        /** @description Bot, widget settings and allowed/blocked origins of a new web widget. */
        CreateWidgetRequest: {
            /** @description Bot the widget talks to. */
            bot: {
                /** @description Bot id. */
                id: string;
            };
            /** @description Widget settings; free-form beyond the documented keys. */
            widget: {
                /** @description General properties, e.g. `type`. */
                properties?: {
                    [key: string]: unknown;
                };
                /** @description Look of the widget: `position`, `status`, `font{googlefont, name}`, `vars{color{…}}`. */
                theme?: {
                    [key: string]: unknown;
                };
                /** @description Settings of the button that opens the widget. */
                startButton?: {
                    [key: string]: unknown;
                };
                /** @description Settings of the tooltip panel. */
                tooltipPanel?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description Origins allowed or blocked from loading the widget. */
            credentials?: {
                /** @description Blocked origins. The key is spelled `blacKList` (capital K), as Jelou expects. */
                blacKList?: string[];
                /** @description Allowed origins. */
                whiteList?: string[];
            };
        };
        /** @description The new widget, its bot and its API key in the platform envelope. */
        CreateWidgetResponse: components["schemas"]["PlatformEnvelope"] & {
            /** @description The created objects. */
            data?: {
                /** @description The bot. */
                Bot?: {
                    [key: string]: unknown;
                };
                /** @description The widget. */
                Widget?: {
                    [key: string]: unknown;
                };
                /** @description The widget's API key. */
                ApiKey?: {
                    /** @description Key id. */
                    id?: number | string;
                    /** @description `1` active, `0` inactive. */
                    state?: number;
                    /** @description The key the web widget uses. */
                    key?: string;
                    /** @description Widget the key belongs to. */
                    widgetId?: number | string;
                    /** @description Creation time (ISO 8601). */
                    createdAt?: string;
                    /** @description Last update time (ISO 8601). */
                    updatedAt?: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /** @description The widget user to create or fetch. */
        CreateWidgetUserRequest: {
            /** @description The user. */
            user: {
                /** @description Your id for the user; the same id returns the same user. */
                id: string;
                /** @description User's name. */
                names: string;
                /** @description National id number (an integer in the docs). */
                legalId?: number;
            };
        };
        /** @description The user, their room and group room in the platform envelope. */
        CreateWidgetUserResponse: components["schemas"]["PlatformEnvelope"] & {
            /** @description The user and rooms. */
            data?: {
                /** @description The user, with `roomId` and `socketId`. */
                User?: {
                    [key: string]: unknown;
                };
                /** @description The user's room (`channel` `Widget`). */
                Room?: {
                    [key: string]: unknown;
                };
                /** @description The group room. */
                groupRoom?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description Jelou project (brain) id.
         * @example PROJECT_ID
         */
        PmaProjectId: string;
        /**
         * @description Panel conversation id.
         * @example CONVERSATION_ID
         */
        PmaConversationId: string;
        /**
         * @description How Jelou authenticates to the panel's webhook: `bearer` → `Authorization: Bearer …`,
         *     `api_key` → `X-API-Key: …`, `basic` → `Authorization: Basic …`, `no_auth` → no header.
         * @enum {string}
         */
        PmaAuthType: "bearer" | "api_key" | "basic" | "no_auth";
        /** @description The panel's webhook and how Jelou authenticates to it. */
        PmaIntegrationCreateRequest: {
            /** @description Public HTTPS URL where Jelou posts conversation events and user messages. */
            webhookUrl: components["schemas"]["HttpsUrl"];
            /** @description How Jelou authenticates to the webhook. */
            authType?: components["schemas"]["PmaAuthType"];
            /** @description The credential sent with `authType` (token, key, or `user:password`). */
            authorization?: string;
        };
        /** @description Fields of the integration to change (at least one). */
        PmaIntegrationUpdateRequest: {
            /** @description New public HTTPS webhook URL. */
            webhookUrl?: components["schemas"]["HttpsUrl"];
            /** @description How Jelou authenticates to the webhook. */
            authType?: components["schemas"]["PmaAuthType"];
            /** @description The credential sent with `authType`. */
            authorization?: string;
        };
        /**
         * @description The project's integration. `signingSecret` is returned only when the integration is
         *     created: keep it, it signs webhook traffic in both directions.
         */
        PmaIntegration: {
            /** @description Integration id. */
            id?: string;
            /** @description Project (brain) id. */
            brainId?: string;
            /** @description The panel's webhook URL. */
            webhookUrl?: string;
            /** @description How Jelou authenticates to the webhook (`bearer`, `api_key`, `basic`, `no_auth`). */
            authType?: string;
            /** @description HMAC-SHA256 key of `X-Jelou-Signature`; only in the create answer. */
            signingSecret?: string;
            /** @description Creation time (ISO 8601). */
            createdAt?: string;
            /** @description Last update time (ISO 8601). */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The integration in the platform envelope (no signing secret). */
        PmaIntegrationEnvelope: components["schemas"]["PlatformEnvelope"] & {
            /** @description The integration. */
            data?: components["schemas"]["PmaIntegration"];
        };
        /** @description Where the panel should route the conversation. */
        PmaAssignment: {
            /**
             * @description Kind of target.
             * @enum {string}
             */
            type: "queue" | "operator" | "team";
            /** @description The queue, operator or team, as the panel names it. */
            target: string;
        };
        /** @description The bot user to hand over to the panel. */
        PmaConversationStartRequest: {
            /** @description Bot the user talks to. */
            botId: string;
            /** @description The bot user to hand over. */
            userId: string;
            /** @description First message shown to the agent. */
            initialMessage?: string;
            /** @description Free-form data passed to the panel, e.g. `{ "ticketId": "…" }`. */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description Where the panel should route the conversation. */
            assignment?: components["schemas"]["PmaAssignment"];
        };
        /**
         * @description What the bot does when the user comes back: send `text` (`type: text`, `text`
         *     required) or continue from a flow edge (`type: edge`).
         */
        PmaRedirectPayload: {
            /**
             * @description Send a text, or continue from a flow edge.
             * @enum {string}
             */
            type: "text" | "edge";
            /** @description The text to send (for `type: text`). */
            text?: string;
        };
        /** @description The panel conversation to close. */
        PmaConversationCloseRequest: {
            /** @description Bot the user talks to. */
            botId: string;
            /** @description The user whose conversation ends. */
            userId: string;
            /** @description What the bot does when it takes the user back. */
            redirectPayload?: components["schemas"]["PmaRedirectPayload"];
        };
        /** @description Platform envelope answered by start and close (no `data` documented). */
        PmaConversationAck: components["schemas"]["PlatformEnvelope"];
        /** @description A panel conversation. */
        PmaConversation: {
            /** @description Conversation id. */
            _id?: string;
            /** @description Room of the conversation. */
            roomId?: string;
            /** @description State, e.g. `closed`. */
            state?: string;
            /** @description Start time (ISO 8601). */
            startAt?: string;
            /** @description End time (ISO 8601), while open possibly absent or null. */
            endAt?: string | null;
            /** @description Why the conversation ended. */
            endedReason?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A panel conversation in the platform envelope. */
        PmaConversationEnvelope: components["schemas"]["PlatformEnvelope"] & {
            /** @description The conversation. */
            data?: components["schemas"]["PmaConversation"];
        };
        /** @description An agent's message, posted by the external panel to Jelou. */
        PmaAgentMessage: {
            /**
             * @description Always `messages`.
             * @constant
             */
            field: "messages";
            /**
             * @description Always `message_event`.
             * @constant
             */
            object: "message_event";
            /**
             * @description Always `incoming_message`.
             * @constant
             */
            event_type: "incoming_message";
            /** @description Project (brain) id. */
            project_id: string;
            /** @description Room of the conversation (from the events Jelou sent). */
            room_id: string;
            /** @description Bot the user talks to. */
            bot_id: string;
            /** @description The user who receives the message. */
            user_id: string;
            /** @description The message. */
            value: components["schemas"]["PmaMessageValue"];
        };
        /**
         * @description A message: `content` is `PmaTextContent` for `text`, `PmaCaptionedMediaContent` for
         *     `image`/`video`, `PmaAudioContent` for `audio`, `PmaDocumentContent` for `document`.
         */
        PmaMessageValue: {
            /** @description The panel's id of the message. */
            id: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "text" | "image" | "video" | "audio" | "document";
            /** @description The message content; its shape depends on `type`. */
            content: {
                [key: string]: unknown;
            };
        } & (unknown & unknown & unknown & unknown);
        /** @description Content of a text message. */
        PmaTextContent: {
            /** @description The text. */
            body: string;
        };
        /** @description Content of an image or video message. */
        PmaCaptionedMediaContent: {
            /** @description URL of the file. */
            url: components["schemas"]["WebUrl"];
            /** @description MIME type, e.g. `image/jpeg`. */
            mime_type: string;
            /** @description Caption. */
            caption?: string;
        };
        /** @description Content of an audio message. */
        PmaAudioContent: {
            /** @description URL of the file. */
            url: components["schemas"]["WebUrl"];
            /** @description MIME type, e.g. `audio/ogg`. */
            mime_type: string;
        };
        /** @description Content of a document message. */
        PmaDocumentContent: {
            /** @description URL of the file. */
            url: components["schemas"]["WebUrl"];
            /** @description MIME type, e.g. `application/pdf`. */
            mime_type: string;
            /** @description File name shown to the user. */
            filename?: string;
        };
        /** @description Jelou answers 200 without a documented body. */
        PmaWebhookAck: {
            [key: string]: unknown;
        };
        /** @description Seconds until the user's whole memory expires (default 30 days). */
        MemoryHashTtl: number;
        /**
         * @description One stored key. The data goes in `value`: a bare value not wrapped as
         *     `{ "value": … }` is stored empty, so the contract rejects it.
         */
        MemoryValue: {
            /** @description The data to store, any JSON value. */
            value: unknown;
            /** @description Seconds until this key expires, at most 86,400 (24 hours). */
            ttl?: number;
            /** @description Content type of the value, e.g. `text/plain`. */
            contentType?: string;
        };
        /** @description Keys to store for a user of a bot. */
        MemorySetRequest: {
            /** @description Your reference for the user. */
            userReferenceId: string;
            /** @description Bot the memory belongs to. */
            botId: string;
            /** @description Keys to store, 1 to 20 per request, each wrapped as `{ "value": … }`. */
            values: {
                [key: string]: components["schemas"]["MemoryValue"];
            };
        };
        /** @description The user whose memory to read. */
        MemoryGetAllRequest: {
            /** @description Your reference for the user. */
            userReferenceId: string;
            /** @description Bot the memory belongs to. */
            botId: string;
        };
        /** @description The key to read. */
        MemoryFindOneRequest: {
            /** @description Your reference for the user. */
            userReferenceId: string;
            /** @description Bot the memory belongs to. */
            botId: string;
            /** @description Key to read. */
            key: string;
        };
        /** @description Answer of the Memory API; its shape is not visible in the docs, so it is free-form. */
        MemoryResponse: {
            [key: string]: unknown;
        };
        /** @description The user of a PMA event. */
        PmaEventContact: {
            /** @description User id (a phone number on WhatsApp). */
            id: string;
            /** @description The user's name. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The conversation of a PMA event. */
        PmaEventConversation: {
            /** @description Conversation id (for `GET …/conversations/{conversationId}`). */
            id: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The bot of a PMA event. */
        PmaEventBot: {
            /** @description Bot id. */
            id: string;
            /** @description Bot name. */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `event_type: message`: a user wrote to the panel. */
        PmaMessageEvent: {
            /**
             * @description Always `messages`.
             * @constant
             */
            field: "messages";
            /**
             * @description Always `message_event`.
             * @constant
             */
            object: "message_event";
            /**
             * @description Always `message`.
             * @constant
             */
            event_type: "message";
            /** @description When it happened, in milliseconds since 1970 (checked against a replay tolerance). */
            timestamp?: number;
            /** @description Project (brain) id. */
            project_id?: string;
            /** @description Room of the conversation; the panel answers to it. */
            room_id: string;
            /** @description The user. */
            contact?: components["schemas"]["PmaEventContact"];
            /** @description The panel conversation. */
            conversation?: components["schemas"]["PmaEventConversation"];
            /** @description The bot the user talks to. */
            bot?: components["schemas"]["PmaEventBot"];
            /** @description The message. */
            value: components["schemas"]["PmaEventValue"];
        } & {
            [key: string]: unknown;
        };
        /** @description `event_type: conversation.start` or `conversation.close`; body not shown in the docs, so typed by the fields every PMA event carries. */
        PmaConversationEvent: {
            /**
             * @description Always `messages`.
             * @constant
             */
            field: "messages";
            /**
             * @description Always `message_event`.
             * @constant
             */
            object: "message_event";
            /**
             * @description Started or closed.
             * @enum {string}
             */
            event_type: "conversation.start" | "conversation.close";
            /** @description When it happened, in milliseconds since 1970 (checked against a replay tolerance). */
            timestamp?: number;
            /** @description Project (brain) id. */
            project_id?: string;
            /** @description Room of the conversation; the panel answers to it. */
            room_id?: string;
            /** @description The user. */
            contact?: components["schemas"]["PmaEventContact"];
            /** @description The panel conversation. */
            conversation?: components["schemas"]["PmaEventConversation"];
            /** @description The bot the user talks to. */
            bot?: components["schemas"]["PmaEventBot"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A user's message: `content` is `PmaEventTextContent` for `text`, `PmaEventMediaContent`
         *     for `image`/`video`, `PmaEventAudioContent` for `audio`, `PmaEventDocumentContent` for
         *     `document`.
         */
        PmaEventValue: ({
            /** @description Message id; the same message delivered twice has the same id. */
            id: string;
            /**
             * @description Message type.
             * @enum {string}
             */
            type: "text" | "image" | "video" | "audio" | "document";
            /** @description The content; its shape depends on `type`. */
            content: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) & (unknown & unknown & unknown & unknown);
        /** @description Content of a text message. */
        PmaEventTextContent: {
            /** @description The text, as the user wrote it. */
            body: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Content of an image or video message. */
        PmaEventMediaContent: {
            /** @description URL of the file. */
            url: string;
            /** @description MIME type, e.g. `image/jpeg`. */
            mime_type: string;
            /** @description Caption, when the user wrote one. */
            caption?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Content of an audio message. */
        PmaEventAudioContent: {
            /** @description URL of the file. */
            url: string;
            /** @description MIME type, e.g. `audio/ogg`. */
            mime_type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Content of a document message. */
        PmaEventDocumentContent: {
            /** @description URL of the file. */
            url: string;
            /** @description MIME type, e.g. `application/pdf`. */
            mime_type: string;
            /** @description File name, when known. */
            filename?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A delivery notification. The docs list the events but do not show the bodies: typed by
         *     `event` and the identifiers a notification record carries; other fields are kept.
         */
        DeliveryNotificationEvent: {
            /** @description Which delivery event. */
            event: components["schemas"]["EventWebhookEvent"];
            /** @description Id of the message the notification is about (as answered by the send). */
            messageId?: string;
            /** @description Bot that sent the message. */
            botId?: string;
            /** @description The recipient. */
            userId?: string;
            /** @description When it happened, in milliseconds since 1970 (checked against a replay tolerance). */
            timestamp?: number;
            /** @description Why it failed (`failed` only); its shape is not documented. */
            error?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description The message of a `UserMessageEvent`. */
        UserMessageBubble: {
            /** @description Message type: `text`, `image`, `location`, … */
            type: string;
            /** @description The text (text messages, captions). */
            text?: string;
            /** @description URL of the file (media messages). */
            mediaUrl?: string;
            /** @description MIME type of the file. */
            mediaType?: string;
            /** @description Size of the file. */
            mediaSize?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A user's message while the bot user is in `manual` state (old API). */
        UserMessageEvent: {
            /** @description Message id. */
            messageId: string;
            /** @description The message. */
            bubble: components["schemas"]["UserMessageBubble"];
            /** @description The user's name. */
            names?: string;
            /** @description The user. */
            userId?: string;
            /** @description The bot. */
            botId?: string;
            /** @description When Jelou received it, in milliseconds since 1970 (checked against a replay tolerance). */
            received?: number;
            /** @description Always `created` in the docs. */
            status?: string;
            /**
             * @description Always `user`.
             * @constant
             */
            owner: "user";
        } & {
            [key: string]: unknown;
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
        /**
         * @description Rate limited. Documented for this endpoint (the only one in the docs); the request was
         *     not processed and may be retried after `Retry-After` when Jelou sends it.
         */
        AttendedTooManyRequests: {
            headers: {
                /** @description Seconds to wait, or an HTTP date. */
                "Retry-After"?: string;
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
        /** @description Conversation room that receives the messages. */
        RoomIdPath: components["schemas"]["RoomId"];
        /** @description The user's phone number with country code and without `+`. */
        UserPhonePath: components["schemas"]["PhoneNumber"];
        /**
         * @description Datum database id. Examples show an integer, field tables say string: the contract
         *     takes a non-empty string (an integer id is sent as its decimal digits).
         */
        DatumDatabaseIdPath: components["schemas"]["DatumDatabaseId"];
        /** @description Row id (`_id` of the row). */
        DatumRowIdPath: components["schemas"]["DatumRowId"];
        /** @description Jelou project (brain) the external support panel belongs to. */
        PmaProjectIdPath: components["schemas"]["PmaProjectId"];
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
    sendTemplate: {
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
                "application/json": components["schemas"]["TemplateSendRequest"];
            };
        };
        responses: {
            /** @description One entry per destination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                     *         "destination": "593987654321"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TemplateSendResult"];
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
    listTemplates: {
        parameters: {
            query?: {
                /** @description Search by `elementName`. */
                query?: string;
                /** @description Only templates with this approval status. */
                status?: components["schemas"]["TemplateStatus"];
                /** @description Only templates of this category. */
                category?: components["schemas"]["TemplateCategory"];
            };
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "template": "Hello {{1}}, your order {{2}} is on its way.",
                     *           "displayName": "Order update",
                     *           "elementName": "order_update",
                     *           "params": [
                     *             {
                     *               "label": "Name",
                     *               "param": "1"
                     *             },
                     *             {
                     *               "label": "Order",
                     *               "param": "2"
                     *             }
                     *           ],
                     *           "paramsNumber": 2,
                     *           "isVisible": true,
                     *           "language": "en",
                     *           "status": "APPROVED",
                     *           "category": "UTILITY",
                     *           "createdAt": "2024-01-15T10:00:00.000Z",
                     *           "updatedAt": "2024-01-16T08:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTemplate: {
        parameters: {
            query?: {
                /** @description Submit the template to WhatsApp for approval (sic, one `p`). */
                sendToAprove?: boolean;
            };
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateCreateRequest"];
            };
        };
        responses: {
            /** @description Template created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Template created successfully"
                     *       ],
                     *       "status": "success",
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendBulkTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTemplateRequest"];
                "multipart/form-data": components["schemas"]["BulkTemplateUpload"];
            };
        };
        responses: {
            /** @description Campaign accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Campaign created successfully"
                     *       ],
                     *       "status": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["BulkTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCampaigns: {
        parameters: {
            query: {
                /**
                 * @description Page to return, from 1 (default 1).
                 * @example 1
                 */
                page?: components["schemas"]["PageNumber"];
                /**
                 * @description Campaigns per page, 1 to 50 (default 10).
                 * @example 10
                 */
                limit?: components["schemas"]["PageLimit50"];
                /**
                 * @description Bot whose campaigns are listed.
                 * @example BOT_ID
                 */
                botId: components["schemas"]["CampaignBotId"];
                /**
                 * @description Start of the period (ISO 8601 date).
                 * @example 2024-01-01
                 */
                startAt: components["schemas"]["IsoDate"];
                /**
                 * @description End of the period (ISO 8601 date).
                 * @example 2024-01-31
                 */
                endAt: components["schemas"]["IsoDate"];
                /** @description Only campaigns of this template (older docs). */
                elementName?: string;
                /** @description Only campaigns in this state (older docs). */
                status?: components["schemas"]["CampaignStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pagination": {
                     *         "limit": 10,
                     *         "page": 1,
                     *         "total": 1,
                     *         "offset": 0,
                     *         "totalPages": 1
                     *       },
                     *       "_metadata": {},
                     *       "results": [
                     *         {
                     *           "_id": "654a1b2c3d4e5f6a7b8c9d0e",
                     *           "name": "November promo",
                     *           "fileName": "contacts.csv",
                     *           "status": "COMPLETED",
                     *           "botId": "BOT_ID",
                     *           "companyId": 135,
                     *           "bot": {
                     *             "id": "BOT_ID",
                     *             "name": "Store bot"
                     *           },
                     *           "company": {
                     *             "id": 135,
                     *             "name": "Store"
                     *           },
                     *           "rowCount": 250,
                     *           "storageUrl": "https://storage.example.com/contacts.csv",
                     *           "metadata": {},
                     *           "sendBy": {
                     *             "id": 42,
                     *             "names": "Ana Perez",
                     *             "email": "ana@example.com",
                     *             "companyId": 135
                     *           },
                     *           "scheduledAt": "2023-11-07T05:31:56Z",
                     *           "createdAt": "2023-11-06T18:00:00Z",
                     *           "updatedAt": "2023-11-07T06:10:00Z"
                     *         }
                     *       ],
                     *       "links": [
                     *         {
                     *           "number": 1,
                     *           "url": "https://api.jelou.ai/v1/campaigns?page=1&limit=10"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getChatHistory: {
        parameters: {
            query?: {
                /**
                 * @description Messages per page, 1 to 50 (default 10).
                 * @example 10
                 */
                limit?: components["schemas"]["PageLimit50"];
                /**
                 * @description Page to return, from 1 (default 1).
                 * @example 1
                 */
                page?: components["schemas"]["PageNumber"];
                /**
                 * @description Start of the period (ISO 8601).
                 * @example 2024-01-01
                 */
                startAt?: components["schemas"]["IsoDate"];
                /**
                 * @description End of the period (ISO 8601).
                 * @example 2024-01-31
                 */
                endAt?: components["schemas"]["IsoDate"];
                /** @description Only messages of this integration client. */
                clientId?: string;
                /** @description Return the conversation that contains this message. */
                messageId?: string;
            };
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pagination": {
                     *         "limit": 10,
                     *         "page": 1,
                     *         "total": 1,
                     *         "offset": 0,
                     *         "totalPages": 1
                     *       },
                     *       "_metadata": {},
                     *       "results": [
                     *         {
                     *           "recipient": {
                     *             "id": "593987654321",
                     *             "names": "John"
                     *           },
                     *           "sender": {
                     *             "id": "BOT_ID",
                     *             "name": "Store bot",
                     *             "type": "bot"
                     *           },
                     *           "by": "bot",
                     *           "messageId": "msg_123456789",
                     *           "status": "DELIVERED_USER",
                     *           "bubble": {
                     *             "type": "TEXT",
                     *             "text": "Hello, how can I help you?"
                     *           },
                     *           "createdAt": "2024-01-15T10:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChatHistoryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listAttendedConversations: {
        parameters: {
            query?: {
                /** @description Conversations per page (default 10). */
                limit?: components["schemas"]["AttendedPageLimit"];
                /** @description Page to return, from 1 (default 1). */
                page?: components["schemas"]["PageNumber"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendedConversationsRequest"];
            };
        };
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Conversations retrieved successfully"
                     *       ],
                     *       "status": "success",
                     *       "results": [
                     *         {
                     *           "_id": "65a4f0c2e1b2c3d4e5f6a7b8",
                     *           "operator": {
                     *             "names": "Ana Perez"
                     *           },
                     *           "user": {
                     *             "id": "593987654321"
                     *           },
                     *           "bot": {
                     *             "name": "Store bot"
                     *           },
                     *           "company": {
                     *             "id": 135
                     *           },
                     *           "assignationMethod": {
                     *             "teamName": "Support"
                     *           },
                     *           "state": "expired",
                     *           "endedReason": "closed_by_operator",
                     *           "startAt": "2024-01-15T10:00:00.000Z",
                     *           "endAt": "2024-01-15T10:20:00.000Z",
                     *           "origin": "ticket",
                     *           "timeRepliedOperator": 35,
                     *           "conversationDuration": 1200
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "limit": 10,
                     *         "page": 1,
                     *         "total": 1,
                     *         "offset": 0,
                     *         "totalPages": 1
                     *       },
                     *       "links": [
                     *         {
                     *           "number": 1,
                     *           "url": "https://api.jelou.ai/v1/metrics/conversations/attended/external?limit=10&page=1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AttendedConversationsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["AttendedTooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWebhookConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot that sends the message. Any non-empty id except `.` and `..`, which URL resolution would drop from the path and so send elsewhere (the SDK refuses them). */
                botId: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscribed URLs, by event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Webhooks retrieved succesfully!"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "read": "https://webhook.example.com/read",
                     *         "reply": "https://webhook.example.com/read",
                     *         "failed": "https://webhook.example.com/status",
                     *         "delivered_user": "https://webhook.example.com/status",
                     *         "delivered_channel": "https://webhook.example.com/status"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EventWebhookConfigResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setWebhookConfig: {
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
                "application/json": components["schemas"]["EventWebhookSubscribeRequest"];
            };
        };
        responses: {
            /** @description Subscriptions created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Webhooks created successfully!"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": [
                     *         {
                     *           "url": "https://webhook.example.com/status",
                     *           "events": [
                     *             "delivered_user",
                     *             "delivered_channel"
                     *           ]
                     *         },
                     *         {
                     *           "url": "https://webhook.example.com/replies",
                     *           "events": [
                     *             "failed",
                     *             "reply"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EventWebhookSubscribeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendRoomMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation room that receives the messages. */
                roomId: components["parameters"]["RoomIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "senderId": "agent-12345",
                 *       "messages": [
                 *         {
                 *           "type": "text",
                 *           "text": "Hello"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RoomMessageRequest"];
            };
        };
        responses: {
            /** @description Message sent (no body documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["RoomMessageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getUserState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's phone number with country code and without `+`. */
                userId: components["parameters"]["UserPhonePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and their state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "593987654321",
                     *       "names": "John Doe",
                     *       "botId": "BOT_ID",
                     *       "groupId": "GROUP_ID",
                     *       "state": "auto"
                     *     }
                     */
                    "application/json": components["schemas"]["UserState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setUserState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "botId": "BOT_ID",
                 *       "userId": "593987654321",
                 *       "state": "manual",
                 *       "ttl": 3600
                 *     }
                 */
                "application/json": components["schemas"]["UserStateSetRequest"];
            };
        };
        responses: {
            /** @description The user with the new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "593987654321",
                     *       "names": "John Doe",
                     *       "botId": "BOT_ID",
                     *       "groupId": "GROUP_ID",
                     *       "state": "manual"
                     *     }
                     */
                    "application/json": components["schemas"]["UserState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getUserCache: {
        parameters: {
            query: {
                /**
                 * @description Bot whose cache to read (required by the current docs; older copies omit it).
                 * @example BOT_ID
                 */
                botId: components["schemas"]["UserCacheBotId"];
            };
            header?: never;
            path: {
                /** @description The user's phone number with country code and without `+`. */
                userId: components["parameters"]["UserPhonePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's cache. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groupId": "GROUP_ID",
                     *       "orderNumber": "ORD-12345"
                     *     }
                     */
                    "application/json": components["schemas"]["UserCache"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    mergeUserCache: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's phone number with country code and without `+`. */
                userId: components["parameters"]["UserPhonePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "botId": "BOT_ID",
                 *       "params": {
                 *         "orderNumber": "ORD-12345"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UserCacheMergeRequest"];
            };
        };
        responses: {
            /** @description Cache updated (body not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groupId": "GROUP_ID",
                     *       "orderNumber": "ORD-12345"
                     *     }
                     */
                    "application/json": components["schemas"]["UserCache"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    refreshResource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resourceUrl": "https://storage.jelou.ai/files/document.pdf",
                 *       "ttl": 900
                 *     }
                 */
                "application/json": components["schemas"]["ResourceRefreshRequest"];
            };
        };
        responses: {
            /** @description The signed URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signedUrl": "https://storage.jelou.ai/files/document.pdf?signature=abc123&expires=900"
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceRefreshResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listDatabases: {
        parameters: {
            query?: {
                /** @description Whether to paginate, as text (`true` / `false`); the docs type it as a string. */
                shouldPaginate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The databases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Databases retrieved successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": [
                     *         {
                     *           "id": 42,
                     *           "name": "Orders",
                     *           "slug": "orders",
                     *           "driver": "elastic",
                     *           "description": "Customer orders",
                     *           "companyId": 7,
                     *           "schema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "orderNumber": {
                     *                 "type": "string",
                     *                 "database": "keyword"
                     *               }
                     *             },
                     *             "required": [
                     *               "orderNumber"
                     *             ]
                     *           },
                     *           "state": true,
                     *           "createdAt": "2024-01-15T10:00:00.000Z",
                     *           "updatedAt": "2024-01-15T10:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DatumDatabaseList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Database retrieved successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "id": 42,
                     *         "name": "Orders",
                     *         "slug": "orders",
                     *         "driver": "elastic",
                     *         "state": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DatumDatabaseEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRows: {
        parameters: {
            query?: {
                /**
                 * @description Rows per page (no maximum is documented for rows).
                 * @example 10
                 */
                limit?: components["schemas"]["DatumRowsLimit"];
                /**
                 * @description Page to return, from 1.
                 * @example 1
                 */
                page?: components["schemas"]["PageNumber"];
                /**
                 * @description Text to search for. Not in Jelou's docs; used by integrations and passed through
                 *     as is.
                 */
                search?: string;
                /**
                 * @description Field that `search` applies to. Not in Jelou's docs; used by integrations and
                 *     passed through as is.
                 */
                searchBy?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pagination": {
                     *         "limit": 10,
                     *         "page": 1,
                     *         "total": 1,
                     *         "offset": 0,
                     *         "totalPages": 1
                     *       },
                     *       "_metadata": {},
                     *       "results": [
                     *         {
                     *           "_id": "65a4f0c2e4b0a1b2c3d4e5f6",
                     *           "createdAt": "2024-01-15T10:00:00.000Z",
                     *           "updatedAt": "2024-01-15T10:00:00.000Z",
                     *           "orderNumber": "ORD-12345"
                     *         }
                     *       ],
                     *       "links": [
                     *         {
                     *           "number": 1,
                     *           "url": "https://api.jelou.ai/v2/databases/42/rows?page=1&limit=10"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DatumRowPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "orderNumber": "ORD-12345",
                 *         "total": 25.5
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DatumRowFieldsRequest"];
            };
        };
        responses: {
            /** @description The created row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Row created successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "_id": "65a4f0c2e4b0a1b2c3d4e5f6",
                     *         "createdAt": "2024-01-15T10:00:00.000Z",
                     *         "updatedAt": "2024-01-15T10:00:00.000Z",
                     *         "orderNumber": "ORD-12345",
                     *         "total": 25.5
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DatumRowEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
                /** @description Row id (`_id` of the row). */
                rowId: components["parameters"]["DatumRowIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Row retrieved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Row retrieved successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "_id": "65a4f0c2e4b0a1b2c3d4e5f6",
                     *         "createdAt": "2024-01-15T10:00:00.000Z",
                     *         "updatedAt": "2024-01-15T10:00:00.000Z",
                     *         "orderNumber": "ORD-12345"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DatumRowEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
                /** @description Row id (`_id` of the row). */
                rowId: components["parameters"]["DatumRowIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "total": 30
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DatumRowFieldsRequest"];
            };
        };
        responses: {
            /** @description The updated row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Row updated successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "_id": "65a4f0c2e4b0a1b2c3d4e5f6",
                     *         "createdAt": "2024-01-15T10:00:00.000Z",
                     *         "updatedAt": "2024-01-16T09:30:00.000Z",
                     *         "orderNumber": "ORD-12345",
                     *         "total": 30
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DatumRowEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Datum database id. Examples show an integer, field tables say string: the contract
                 *     takes a non-empty string (an integer id is sent as its decimal digits).
                 */
                databaseId: components["parameters"]["DatumDatabaseIdPath"];
                /** @description Row id (`_id` of the row). */
                rowId: components["parameters"]["DatumRowIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Row deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Row deleted successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "_id": "65a4f0c2e4b0a1b2c3d4e5f6"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DatumDeletedRowEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bot": {
                 *         "id": "BOT_ID"
                 *       },
                 *       "widget": {
                 *         "properties": {
                 *           "type": "widget"
                 *         },
                 *         "theme": {
                 *           "position": "right",
                 *           "font": {
                 *             "googlefont": "Roboto",
                 *             "name": "Roboto"
                 *           }
                 *         }
                 *       },
                 *       "credentials": {
                 *         "blacKList": [],
                 *         "whiteList": [
                 *           "https://www.example.com"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWidgetRequest"];
            };
        };
        responses: {
            /** @description Widget created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Widget created successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "Bot": {
                     *           "id": "BOT_ID"
                     *         },
                     *         "Widget": {
                     *           "id": 15
                     *         },
                     *         "ApiKey": {
                     *           "id": 3,
                     *           "state": 1,
                     *           "key": "WIDGET_API_KEY",
                     *           "widgetId": 15,
                     *           "createdAt": "2024-01-15T10:00:00.000Z",
                     *           "updatedAt": "2024-01-15T10:00:00.000Z"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreateWidgetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWidgetUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": {
                 *         "id": "user-12345",
                 *         "names": "John Doe"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWidgetUserRequest"];
            };
        };
        responses: {
            /** @description User created or retrieved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "User created successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "User": {
                     *           "id": "user-12345",
                     *           "names": "John Doe",
                     *           "roomId": "ROOM_ID"
                     *         },
                     *         "Room": {
                     *           "id": "ROOM_ID",
                     *           "channel": "Widget"
                     *         },
                     *         "groupRoom": {}
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreateWidgetUserResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getPmaIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Integration retrieved successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "brainId": "PROJECT_ID",
                     *         "webhookUrl": "https://support.example.com/jelou/webhook",
                     *         "createdAt": "2024-01-15T10:00:00.000Z",
                     *         "updatedAt": "2024-01-15T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PmaIntegrationEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPmaIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookUrl": "https://support.example.com/jelou/webhook",
                 *       "authType": "bearer",
                 *       "authorization": "my-webhook-token"
                 *     }
                 */
                "application/json": components["schemas"]["PmaIntegrationCreateRequest"];
            };
        };
        responses: {
            /** @description Integration created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "INTEGRATION_ID",
                     *       "brainId": "PROJECT_ID",
                     *       "webhookUrl": "https://support.example.com/jelou/webhook",
                     *       "authType": "bearer",
                     *       "signingSecret": "SIGNING_SECRET",
                     *       "createdAt": "2024-01-15T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PmaIntegration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updatePmaIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookUrl": "https://support.example.com/jelou/webhook-v2",
                 *       "authType": "api_key",
                 *       "authorization": "my-api-key"
                 *     }
                 */
                "application/json": components["schemas"]["PmaIntegrationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "INTEGRATION_ID",
                     *       "brainId": "PROJECT_ID",
                     *       "webhookUrl": "https://support.example.com/jelou/webhook-v2",
                     *       "authType": "api_key",
                     *       "createdAt": "2024-01-15T10:00:00.000Z",
                     *       "updatedAt": "2024-01-16T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PmaIntegration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    startPmaConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "botId": "BOT_ID",
                 *       "userId": "593987654321",
                 *       "initialMessage": "The customer asks for a refund",
                 *       "metadata": {
                 *         "ticketId": "TCK-123"
                 *       },
                 *       "assignment": {
                 *         "type": "queue",
                 *         "target": "support"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PmaConversationStartRequest"];
            };
        };
        responses: {
            /** @description Conversation started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Conversation started successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PmaConversationAck"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalServerError"];
        };
    };
    closePmaConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "botId": "BOT_ID",
                 *       "userId": "593987654321",
                 *       "redirectPayload": {
                 *         "type": "text",
                 *         "text": "Thanks for contacting us"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PmaConversationCloseRequest"];
            };
        };
        responses: {
            /** @description Conversation closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Conversation closed successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PmaConversationAck"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getPmaConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Jelou project (brain) the external support panel belongs to. */
                projectId: components["parameters"]["PmaProjectIdPath"];
                /** @description Conversation to read. */
                conversationId: components["schemas"]["PmaConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": [
                     *         "Conversation retrieved successfully"
                     *       ],
                     *       "statusMessage": "success",
                     *       "status": 1,
                     *       "data": {
                     *         "_id": "CONVERSATION_ID",
                     *         "roomId": "ROOM_ID",
                     *         "state": "closed",
                     *         "startAt": "2024-01-15T10:00:00.000Z",
                     *         "endAt": "2024-01-15T10:20:00.000Z",
                     *         "endedReason": "closed_by_operator"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PmaConversationEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendPmaAgentMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "field": "messages",
                 *       "object": "message_event",
                 *       "event_type": "incoming_message",
                 *       "project_id": "PROJECT_ID",
                 *       "room_id": "ROOM_ID",
                 *       "bot_id": "BOT_ID",
                 *       "user_id": "593987654321",
                 *       "value": {
                 *         "id": "msg-001",
                 *         "type": "text",
                 *         "content": {
                 *           "body": "Hi, I am Ana from support. How can I help?"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PmaAgentMessage"];
            };
        };
        responses: {
            /** @description Message accepted (body not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["PmaWebhookAck"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setMemory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Seconds until the user's whole memory expires (default 30 days). */
                "x-hash-ttl"?: components["schemas"]["MemoryHashTtl"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userReferenceId": "593987654321",
                 *       "botId": "BOT_ID",
                 *       "values": {
                 *         "plan": {
                 *           "value": "premium",
                 *           "ttl": 3600,
                 *           "contentType": "text/plain"
                 *         },
                 *         "cart": {
                 *           "value": {
                 *             "items": 2
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MemorySetRequest"];
            };
        };
        responses: {
            /** @description Keys stored (body not visible in the docs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["MemoryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getAllMemory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userReferenceId": "593987654321",
                 *       "botId": "BOT_ID"
                 *     }
                 */
                "application/json": components["schemas"]["MemoryGetAllRequest"];
            };
        };
        responses: {
            /** @description The user's memory (body not visible in the docs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["MemoryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    findOneMemory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userReferenceId": "593987654321",
                 *       "botId": "BOT_ID",
                 *       "key": "plan"
                 *     }
                 */
                "application/json": components["schemas"]["MemoryFindOneRequest"];
            };
        };
        responses: {
            /** @description The key (body not visible in the docs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["MemoryResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
