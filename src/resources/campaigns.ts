// Bulk template campaigns: send one from a CSV (by URL or attached), and list past campaigns.
// Tag `Campaigns` of openapi.yaml.
import type { components, operations } from "../../generated/openapi.js";
import { listCampaignsQuery, sendBulkTemplateBody, sendBulkTemplateForm } from "../../generated/requests.js";
import { JelouValidationError } from "../errors.js";
import { parse } from "../messages/build.js";
import { paginate, type Paginated } from "../paginate.js";
import type { SendOptions } from "../send.js";
import { dataOf, type CallOptions, type Transport } from "../transport.js";
import { checkCampaignCsv, csvText } from "./campaign-csv.js";

/** A campaign whose CSV Jelou downloads from `fileUrl`. */
export type BulkTemplate = components["schemas"]["BulkTemplateRequest"];
/** A campaign with its CSV attached: text (e.g. from `campaignCsv`) or a `Blob`/`File`. */
export type BulkTemplateUpload = Omit<components["schemas"]["BulkTemplateUpload"], "file"> & { file: string | Blob };
/** Jelou's answer to a campaign send. */
export type BulkTemplateResult = components["schemas"]["BulkTemplateResponse"];
/** Filters of `campaigns.list` (`botId`, `startAt` and `endAt` are required; `limit` ≤ 50). */
export type CampaignQuery = operations["listCampaigns"]["parameters"]["query"];
/** A campaign as `campaigns.list` returns it. */
export type Campaign = components["schemas"]["Campaign"];

/** `client.campaigns`. */
export interface Campaigns {
  /**
   * Sends a template to every row of a CSV (`POST /v1/hsm/file`): as JSON when given `fileUrl`,
   * as multipart with the CSV attached when given `file`. An attached CSV is checked first (UTF-8,
   * header of letters, digits and `_`, a phone without `+` first on every row).
   *
   * @example
   * await jelou.campaigns.send({ campaignName: "promo", elementName: "promo_nov", botId: "BOT_ID", fileUrl: "https://example.com/contacts.csv" });
   */
  send(campaign: BulkTemplate | BulkTemplateUpload, options?: SendOptions): Promise<BulkTemplateResult>;
  /**
   * Lists campaigns of a bot between two dates, lazily, page by page.
   *
   * @example
   * for await (const c of jelou.campaigns.list({ botId: "BOT_ID", startAt: "2026-11-01", endAt: "2026-11-30" })) console.log(c.name, c.status);
   */
  list(query: CampaignQuery, options?: CallOptions): Paginated<Campaign>;
}

const isUpload = (c: BulkTemplate | BulkTemplateUpload): c is BulkTemplateUpload => "file" in c;

/** The multipart body: plain fields as text, structured ones as JSON, the CSV as a file part. */
function formData(c: object): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(c)) {
    if (v === undefined) continue;
    if (k === "file") form.append("file", new Blob([String(v)], { type: "text/csv" }), "campaign.csv");
    else form.append(k, typeof v === "string" ? v : JSON.stringify(v));
  }
  return form;
}

/** `client.campaigns` over a transport. */
export function campaigns(t: Transport): Campaigns {
  return {
    async send(campaign, o = {}) {
      if (!isUpload(campaign)) {
        const body = o.validate === false ? campaign : parse(sendBulkTemplateBody, campaign);
        return dataOf(await t.api(o).POST("/v1/hsm/file", { body }), "POST");
      }
      const upload = { ...campaign, file: await csvText(campaign.file) };
      const body = o.validate === false ? upload : parse(sendBulkTemplateForm, upload);
      if (o.validate !== false) {
        const issues = checkCampaignCsv(
          body.file,
          (body.params ?? []).map((p) => p.column),
        );
        if (issues.length) throw new JelouValidationError(issues);
      }
      return dataOf(await t.api(o).POST("/v1/hsm/file", { body, bodySerializer: formData }), "POST");
    },
    list(query, o = {}) {
      const q = parse(listCampaignsQuery, query);
      const read = async (page: number) => dataOf(await t.api(o).GET("/v1/campaigns", { params: { query: { ...q, page } } }), "GET");
      return paginate(read, q.page ?? 1);
    },
  };
}
