// Datum, Jelou's databases: list them, and read, create, update and delete their rows. Tag `Datum`
// of openapi.yaml. Row fields are free-form, so rows are typed by the caller's own shape.
import type { components, operations } from "../../generated/openapi.js";
import { createRowBody, listRowsQuery, updateRowBody } from "../../generated/requests.js";
import { JelouApiError } from "../errors.js";
import { parse } from "../messages/build.js";
import { paginate, type Paginated } from "../paginate.js";
import { pathParam } from "../params.js";
import { dataOf, type CallOptions, type Method, type Transport } from "../transport.js";
import { dataIn } from "./envelope.js";

/** A Datum database and the schema of its rows. `state: false` means deleted. */
export type DatumDatabase = components["schemas"]["DatumDatabase"];
type StoredRow = components["schemas"]["DatumRow"];
/** What Jelou adds to every row: its id and its creation and update times. */
export type DatumRowMeta = Required<Pick<StoredRow, "_id">> & Pick<StoredRow, "createdAt" | "updatedAt">;
/** A row as Jelou answers it: the database's fields (`Row`, your shape) and Jelou's `_id`, `createdAt`, `updatedAt`. */
export type DatumRecord<Row extends object = Record<string, unknown>> = Row & DatumRowMeta;
/**
 * Filters of `rows(…).list`: `limit` and the first `page`, and any other key Jelou takes (e.g.
 * `search`/`searchBy`), passed through unchanged.
 */
export type DatumRowQuery = NonNullable<operations["listRows"]["parameters"]["query"]> &
  Record<string, string | number | boolean | undefined>;
/** Jelou's answer to `rows(…).delete`: the deleted row's id. */
export type DatumDeletedRow = NonNullable<components["schemas"]["DatumDeletedRowEnvelope"]["data"]>;

/** `client.datum.databases`. */
export interface DatumDatabases {
  /**
   * The company's databases, with their schemas.
   *
   * @example
   * const orders = (await jelou.datum.databases.list()).find((d) => d.slug === "orders");
   */
  list(options?: CallOptions): Promise<DatumDatabase[]>;
  /**
   * One database.
   *
   * @example
   * const db = await jelou.datum.databases.get("42");
   */
  get(databaseId: string, options?: CallOptions): Promise<DatumDatabase>;
}

/** The rows of one database, typed as `Row`; `client.datum.rows(databaseId)`. */
export interface DatumRows<Row extends object> {
  /**
   * The rows, read lazily page by page; keys other than `limit` and `page` (e.g. `search`, `searchBy`) go to Jelou as given.
   *
   * @example
   * for await (const row of jelou.datum.rows<Order>("42").list({ limit: 50, search: "ORD-12345", searchBy: "orderNumber" })) console.log(row._id, row.total);
   */
  list(query?: DatumRowQuery, options?: CallOptions): Paginated<DatumRecord<Row>>;
  /**
   * Creates a row with the given fields.
   *
   * @example
   * const { _id } = await jelou.datum.rows<Order>("42").create({ orderNumber: "ORD-12345", total: 25.5 });
   */
  create(fields: Row, options?: CallOptions): Promise<DatumRecord<Row>>;
  /**
   * One row.
   *
   * @example
   * const order = await jelou.datum.rows<Order>("42").get("65a4f0c2e4b0a1b2c3d4e5f6");
   */
  get(rowId: string, options?: CallOptions): Promise<DatumRecord<Row>>;
  /**
   * Changes the fields given; the others are kept.
   *
   * @example
   * await jelou.datum.rows<Order>("42").update("65a4f0c2e4b0a1b2c3d4e5f6", { total: 30 });
   */
  update(rowId: string, fields: Partial<Row>, options?: CallOptions): Promise<DatumRecord<Row>>;
  /**
   * Deletes a row. Irreversible.
   *
   * @example
   * await jelou.datum.rows("42").delete("65a4f0c2e4b0a1b2c3d4e5f6");
   */
  delete(rowId: string, options?: CallOptions): Promise<DatumDeletedRow>;
}

/** `client.datum`. */
export interface Datum {
  databases: DatumDatabases;
  /**
   * The rows of a database. `Row` is the shape of its fields, as you know it (Jelou's answers are not checked against it).
   *
   * @example
   * interface Order { orderNumber: string; total: number }
   * const orders = jelou.datum.rows<Order>("42");
   */
  rows<Row extends object = Record<string, unknown>>(databaseId: string): DatumRows<Row>;
}

// `Row` is the caller's claim about the database's fields; what is checked is Jelou's own `_id`.
const isRecord = <Row extends object>(r: StoredRow): r is StoredRow & DatumRecord<Row> => typeof r._id === "string";

/** A row of Jelou's answer as `DatumRecord<Row>`; a row without `_id` is not the documented answer. */
function checked<Row extends object>(r: StoredRow, status: number, method: Method): DatumRecord<Row> {
  if (isRecord<Row>(r)) return r;
  throw new JelouApiError(status, r, method !== "GET");
}

/** The row of an enveloped answer. */
function rowOf<Row extends object>(
  r: { data?: { data?: StoredRow }; error?: unknown; response: Response },
  method: Method,
): DatumRecord<Row> {
  return checked<Row>(dataIn(r, method), r.response.status, method);
}

/** `client.datum` over a transport. */
export function datum(t: Transport): Datum {
  return {
    databases: {
      async list(o = {}) {
        return dataIn(await t.api(o).GET("/v2/databases", {}), "GET");
      },
      async get(databaseId, o = {}) {
        pathParam("databaseId", databaseId);
        return dataIn(await t.api(o).GET("/v2/databases/{databaseId}", { params: { path: { databaseId } } }), "GET");
      },
    },
    rows<Row extends object = Record<string, unknown>>(databaseId: string): DatumRows<Row> {
      pathParam("databaseId", databaseId);
      const path = { databaseId };
      return {
        list(query = {}, o = {}) {
          const q = parse(listRowsQuery, query);
          const read = async (page: number) => {
            const r = await t.api(o).GET("/v2/databases/{databaseId}/rows", { params: { path, query: { ...q, page } } });
            const body = dataOf(r, "GET");
            return { ...body, results: (body.results ?? []).map((row) => checked<Row>(row, r.response.status, "GET")) };
          };
          return paginate(read, q.page ?? 1);
        },
        async create(fields, o = {}) {
          const body = parse(createRowBody, { fields });
          return rowOf<Row>(await t.api(o).POST("/v2/databases/{databaseId}/rows", { params: { path }, body }), "POST");
        },
        async get(rowId, o = {}) {
          pathParam("rowId", rowId);
          return rowOf<Row>(await t.api(o).GET("/v2/databases/{databaseId}/rows/{rowId}", { params: { path: { ...path, rowId } } }), "GET");
        },
        async update(rowId, fields, o = {}) {
          pathParam("rowId", rowId);
          const body = parse(updateRowBody, { fields });
          return rowOf<Row>(
            await t.api(o).PUT("/v2/databases/{databaseId}/rows/{rowId}", { params: { path: { ...path, rowId } }, body }),
            "PUT",
          );
        },
        async delete(rowId, o = {}) {
          pathParam("rowId", rowId);
          return dataIn(
            await t.api(o).DELETE("/v2/databases/{databaseId}/rows/{rowId}", { params: { path: { ...path, rowId } } }),
            "DELETE",
          );
        },
      };
    },
  };
}
