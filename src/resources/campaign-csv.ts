// The CSV of a bulk template campaign, built and checked against the documented rules before
// anything is sent: UTF-8; a header of letters, digits and `_`; recipients in the first column,
// with country code and without `+`.
import { CSV_COLUMN_NAME_PATTERN } from "../../generated/limits.js";
import { JelouValidationError, type Issue } from "../errors.js";
import { describe, itemCount } from "../messages/wording.js";
import { PHONE_NUMBER } from "../params.js";

const COLUMN = new RegExp(CSV_COLUMN_NAME_PATTERN);

/** One recipient of a campaign: the phone column first, then one column per template variable. */
export type CampaignRow = Record<string, string | number>;

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
const field = (x: string) => (/[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);

/**
 * Builds a campaign CSV from rows. Every row has the same columns, in the order of the first; the
 * first column is the recipient's phone. Throws `JelouValidationError` naming the row and column
 * that break a rule.
 *
 * @example
 * const file = campaignCsv([{ phone: "593987654321", name: "Ana" }, { phone: "593912345678", name: "Luis" }]);
 * await jelou.campaigns.send({ campaignName: "promo", elementName: "promo_nov", botId: "BOT_ID", file, params: [{ param: 1, column: "name" }] });
 */
export function campaignCsv(rows: CampaignRow[]): string {
  const issues: Issue[] = [];
  if (!Array.isArray(rows) || rows.length === 0) throw new JelouValidationError([{ path: "rows", message: itemCount(0, 1, Infinity) }]);
  const columns = Object.keys(rows[0]!);
  columns.forEach(
    (c, i) => COLUMN.test(c) || issues.push({ path: `columns.${i}`, message: `must be letters, digits and _ only, got ${describe(c)}` }),
  );
  const lines = [columns.join(",")];
  rows.forEach((row, r) => {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((k, i) => k !== columns[i]))
      issues.push({ path: `rows.${r}`, message: `must have the columns ${columns.join(", ")}, in that order` });
    const phone = String(row[columns[0]!]);
    if (!PHONE_NUMBER.test(phone))
      issues.push({
        path: `rows.${r}.${columns[0]}`,
        message: `must be a phone number with country code and without +, got ${describe(phone)}`,
      });
    lines.push(columns.map((c) => field(String(row[c] ?? ""))).join(","));
  });
  if (issues.length) throw new JelouValidationError(issues);
  return lines.join("\r\n") + "\r\n";
}

/** RFC 4180 records: fields split on commas, records on line breaks outside quotes. */
function records(text: string): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  let f = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') f += c;
      else if (text[i + 1] === '"') ((f += '"'), i++);
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") (rec.push(f), (f = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      (rec.push(f), out.push(rec), (rec = []), (f = ""));
    } else f += c;
  }
  if (f !== "" || rec.length) (rec.push(f), out.push(rec));
  return out;
}

/**
 * Checks a campaign CSV given as text: its header, and the recipient of every row. `columns` are
 * the names `params[].column` refers to, which must be in the header. Returns the issues found.
 */
export function checkCampaignCsv(text: string, columns: string[] = []): Issue[] {
  const issues: Issue[] = [];
  const [header = [], ...rows] = records(text);
  if (header[0]?.startsWith("\uFEFF")) issues.push({ path: "file", message: "must not start with a byte order mark" });
  header.forEach(
    (h, i) =>
      COLUMN.test(h) || issues.push({ path: `file.header.${i}`, message: `must be letters, digits and _ only, got ${describe(h)}` }),
  );
  columns.forEach(
    (c, i) =>
      header.includes(c) || issues.push({ path: `params.${i}.column`, message: `must be a column of the CSV header, got ${describe(c)}` }),
  );
  if (rows.length === 0) issues.push({ path: "file", message: "must have at least one recipient row" });
  rows.forEach((row, r) => {
    if (!PHONE_NUMBER.test(row[0] ?? ""))
      issues.push({
        path: `file.rows.${r}`,
        message: `first column must be a phone number with country code and without +, got ${describe(row[0])}`,
      });
  });
  return issues;
}

/** The CSV as text, refusing bytes that are not UTF-8 (Jelou reads the file as UTF-8). */
export async function csvText(file: string | Blob): Promise<string> {
  if (typeof file === "string") return file;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new JelouValidationError([{ path: "file", message: "must be UTF-8 text" }]);
  }
}
