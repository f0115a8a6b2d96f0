// Jelou's paginated lists (`{ pagination, results, links }`) as `for await` over items, fetched a
// page at a time and only when the loop asks for more.

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** The page number asked for, from 1. */
  page: number;
  /** Pages in the whole list, when Jelou says. */
  totalPages?: number;
  /** Items in the whole list, when Jelou says. */
  total?: number;
}

/**
 * A list that is read lazily: `for await (const item of list)` walks every item of every page,
 * `for await (const page of list.pages())` walks page by page, `await list.page(2)` reads one page.
 * It stops after the last page (by `totalPages`, a short page or an empty one); an aborted `signal`
 * stops it with the call's error.
 *
 * @example
 * for await (const campaign of jelou.campaigns.list({ botId, startAt, endAt })) console.log(campaign.name);
 */
export interface Paginated<T> extends AsyncIterable<T> {
  pages(): AsyncIterableIterator<Page<T>>;
  page(n: number): Promise<Page<T>>;
}

/** What a list endpoint answers, as far as paging goes. */
export interface PageBody<T> {
  results?: T[];
  pagination?: { page?: number; totalPages?: number; total?: number; limit?: number };
}

/** Makes a `Paginated` from a function that reads page `n`; `first` is where `pages()` starts. */
export function paginate<T>(read: (n: number) => Promise<PageBody<T>>, first = 1): Paginated<T> {
  const page = async (n: number): Promise<[Page<T>, boolean]> => {
    const body = await read(n);
    const p = body.pagination;
    return [{ items: body.results ?? [], page: n, totalPages: p?.totalPages, total: p?.total }, isLast(body, n)];
  };
  async function* pages(): AsyncIterableIterator<Page<T>> {
    for (let n = first; ; n++) {
      const [p, last] = await page(n);
      yield p;
      if (last) return;
    }
  }
  return {
    pages,
    page: async (n) => (await page(n))[0],
    async *[Symbol.asyncIterator]() {
      for await (const p of pages()) yield* p.items;
    },
  };
}

/** The last page: Jelou says so, or it is empty or short, or Jelou answered another page than asked (it ignores `page`). */
function isLast<T>(body: PageBody<T>, n: number): boolean {
  const items = body.results ?? [];
  const p = body.pagination;
  if (items.length === 0) return true;
  if (p?.page !== undefined && p.page !== n) return true;
  if (p?.totalPages !== undefined) return n >= p.totalPages;
  return p?.limit !== undefined && items.length < p.limit;
}
