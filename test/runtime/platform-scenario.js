// A few platform methods (users, Datum paging, Memory, PMA Custom with its Web Crypto signature)
// run through the built bundle. Plain ESM with no imports and no host APIs, like scenario.js, so
// it runs unchanged inside workerd; results are JSON for the Node side to check.

async function outcome(name, run) {
  try {
    return { name, ok: true, result: await run() };
  } catch (e) {
    return { name, ok: false, error: { name: e?.name, message: String(e?.message ?? e), status: e?.status } };
  }
}

export async function runPlatformScenario(sdk, { url, clientId, clientSecret, apiKey, signingSecret }) {
  const jelou = sdk.createJelou({ clientId, clientSecret, apiKey, baseUrl: url, gatewayUrl: url, chatbotUrl: url });
  const results = [];
  // Templates and campaigns first: starting a conversation is what a Worker most often does.
  results.push(
    await outcome("templates.send", () =>
      jelou.templates.send(
        "BOT_ID",
        sdk.messages.template({ elementName: "order_update", destinations: ["593987654321"], parameters: ["Ana"] }),
      ),
    ),
  );
  results.push(
    await outcome("templates.send +phone", () =>
      jelou.templates.send("BOT_ID", { elementName: "order_update", destinations: ["+593987654321"] }),
    ),
  );
  const file = sdk.campaignCsv([{ phone: "593987654321", name: "Ñandú" }]);
  results.push(
    await outcome("campaigns.send file", () =>
      jelou.campaigns.send({
        campaignName: "promo",
        elementName: "promo_nov",
        botId: "BOT_ID",
        file,
        params: [{ param: 1, column: "name" }],
      }),
    ),
  );
  results.push(
    await outcome("campaigns.list", async () => {
      const ids = [];
      for await (const c of jelou.campaigns.list({ botId: "BOT_ID", startAt: "2026-11-01", endAt: "2026-11-30", limit: 10 }))
        ids.push(c._id);
      return ids;
    }),
  );
  results.push(
    await outcome("conversations.history", async () => (await jelou.conversations.history("BOT_ID", { limit: 5 }).page(1)).items.length),
  );
  results.push(await outcome("users.getState", () => jelou.users.getState("593987654321")));
  results.push(
    await outcome("datum.rows.list", async () => {
      const ids = [];
      for await (const row of jelou.datum.rows("42").list({ limit: 10, search: "ORD" })) ids.push(row._id);
      return ids;
    }),
  );
  const values = { plan: { value: "premium", ttl: 3600 } };
  results.push(
    await outcome("memory.set", () =>
      jelou.memory.set({ userReferenceId: "593987654321", botId: "BOT_ID", values }, { hashTtlSeconds: 600 }),
    ),
  );
  // Refused before sending: the Node side checks the mock never saw it.
  results.push(
    await outcome("memory.set unwrapped", () =>
      jelou.memory.set({ userReferenceId: "593987654321", botId: "BOT_ID", values: { plan: "premium" } }),
    ),
  );
  results.push(await outcome("pma.integrations.get", () => jelou.pma.integrations.get("PROJECT_ID")));
  const message = {
    field: "messages",
    object: "message_event",
    event_type: "incoming_message",
    project_id: "PROJECT_ID",
    room_id: "ROOM_ID",
    bot_id: "BOT_ID",
    user_id: "593987654321",
    value: { id: "msg-001", type: "text", content: { body: "Hola, soy Ana ✓" } },
  };
  results.push(await outcome("pma.sendAgentMessage", () => jelou.pma.sendAgentMessage(message, { signingSecret })));
  return results;
}
