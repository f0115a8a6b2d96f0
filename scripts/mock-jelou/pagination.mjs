// Paginated lists (`{ pagination, _metadata, results: [...], links }`): a configurable number of
// items per collection, served page by page as `page` / `limit` ask, with distinct ordered ids.
import { propertiesOf, typeOf } from "./validate.mjs";
import { successOf, synthesise } from "./answers.mjs";

/** The schema of one item when the operation answers a paginated list, else undefined. */
/** @param {import("./router.mjs").Contract} contract @param {any} op */
export function pagedItemSchema(contract, op) {
  const { media } = successOf(contract, op);
  const props = media ? propertiesOf(contract, media.schema) : {};
  if (!props.pagination || !props.results) return undefined;
  return contract.resolve(props.results)?.items ?? {};
}

/**
 * One page of a collection. `body` is the operation's documented answer (its envelope fields are
 * kept); `count` the items in the whole collection.
 * @param {import("./router.mjs").Contract} contract @param {import("./router.mjs").Route} route
 * @param {{ body: any, count: number, query: URLSearchParams, rawPath: string, base: string }} at
 */
export function page(contract, route, { body, count, query, rawPath, base }) {
  const itemSchema = pagedItemSchema(contract, route.op);
  const params = [...(route.pathItem.parameters ?? []), ...(route.op.parameters ?? [])].map(contract.resolve);
  const defaultLimit = contract.resolve(params.find((p) => p?.in === "query" && p.name === "limit")?.schema)?.default ?? 10;
  const limit = Math.max(1, Number(query.get("limit") ?? defaultLimit) || defaultLimit);
  const pageNo = Math.max(1, Number(query.get("page") ?? 1) || 1);
  const totalPages = Math.ceil(count / limit);
  const offset = (pageNo - 1) * limit;

  const documented = Array.isArray(body?.results) ? body.results[0] : undefined;
  const template = documented ?? synthesise(contract, itemSchema, "item");
  const itemProps = propertiesOf(contract, itemSchema);
  const idKey = ["_id", "id"].find((k) => k in itemProps || (template && typeof template === "object" && k in template)) ?? "id";
  const numeric = ["integer", "number"].includes(typeOf(contract, itemProps[idKey]) ?? "");
  const results = [];
  for (let n = offset + 1; n <= Math.min(count, offset + limit); n++) {
    const item = template && typeof template === "object" ? structuredClone(template) : {};
    item[idKey] = numeric ? n : `item_${String(n).padStart(5, "0")}`;
    results.push(item);
  }

  const out = body && typeof body === "object" ? { ...body } : {};
  out.pagination = { ...(body?.pagination ?? {}), limit, page: pageNo, total: count, offset, totalPages };
  out.results = results;
  const envelope = propertiesOf(contract, successOf(contract, route.op).media?.schema);
  if ("_metadata" in out || "_metadata" in envelope) out._metadata = out._metadata ?? {};
  const url = (/** @type {number} */ number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(number));
    q.set("limit", String(limit));
    return `${base}${rawPath}?${q}`;
  };
  if ("links" in out || "links" in envelope) out.links = Array.from({ length: totalPages }, (_, i) => ({ number: i + 1, url: url(i + 1) }));
  return out;
}
