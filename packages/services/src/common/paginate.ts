// Keyset pagination shared by every collection: stable order on (sort column, id), opaque cursors.
import { AppError, isCalendarDate, type ListQuery, type Page, parseSort } from '@openaims/core';
import { and, asc, desc, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { cursorJson, invalidCursor } from './cursor-json.ts';

interface CursorValue {
  v: string | number | null;
  id: string;
}

function encodeCursor(c: CursorValue): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/**
 * Decodes a cursor and checks its value against the sort column's type: a cursor is base64url JSON anyone can
 * edit, and a value of the wrong type (a word for a timestamp, text for an integer, a NUL) would otherwise
 * reach PostgreSQL and fail there with a 500 instead of a 400.
 */
function decodeCursor(cursor: string, col: PgColumn): CursorValue {
  const c = cursorJson(cursor) as CursorValue;
  if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || c.id.length > 200)
    throw invalidCursor();
  const v = c.v;
  if (v === null) return { v, id: c.id };
  if (col.dataType === 'number') {
    const isInt = /Integer|Serial/.test(col.columnType);
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      (isInt && (!Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1))
    )
      throw invalidCursor();
  } else if (col.dataType === 'date') {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) || Number.isNaN(Date.parse(v)))
      throw invalidCursor();
  } else if (col.columnType === 'PgDateString') {
    if (typeof v !== 'string' || !isCalendarDate(v)) throw invalidCursor();
  } else if (typeof v !== 'string' || v.length > 1000) {
    throw invalidCursor();
  }
  return { v, id: c.id };
}

/** Escapes LIKE wildcards so `q` matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The `where`, `orderBy` and page-building parts of a keyset-paginated list query. */
export interface KeysetPlan<R> {
  where: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  toPage(rows: R[]): Page<R>;
}

/** Plans a keyset page: sort by an allowed field then by id; `q` searches the given text columns. */
export function planPage<F extends string, R extends { id: string }>(opts: {
  query: ListQuery;
  sortable: Record<F, PgColumn>;
  defaultSort: { field: NoInfer<F>; desc: boolean };
  idColumn: PgColumn;
  searchColumns?: PgColumn[];
  sortValue: (row: R, field: F) => string | number | Date | null;
}): KeysetPlan<R> {
  const sort = parseSort(opts.query.sort, Object.keys(opts.sortable) as F[], opts.defaultSort);
  if ('error' in sort)
    throw new AppError('VALIDATION_FAILED', sort.error, { errors: [{ path: 'sort', message: sort.error }] });
  const col = opts.sortable[sort.field];
  const conds: SQL[] = [];
  if (opts.query.q && opts.searchColumns?.length) {
    const pattern = likePattern(opts.query.q);
    const anyMatch = or(...opts.searchColumns.map((c) => ilike(c, pattern)));
    if (anyMatch) conds.push(anyMatch);
  }
  if (opts.query.cursor) {
    const c = decodeCursor(opts.query.cursor, col);
    const cmp = sort.desc ? sql`<` : sql`>`;
    conds.push(sql`(${col}, ${opts.idColumn}) ${cmp} (${c.v}, ${c.id})`);
  }
  const dir = sort.desc ? desc : asc;
  return {
    where: conds.length ? and(...conds) : undefined,
    orderBy: [dir(col), dir(opts.idColumn)],
    limit: opts.query.limit + 1,
    toPage(rows) {
      const hasMore = rows.length > opts.query.limit;
      const items = hasMore ? rows.slice(0, opts.query.limit) : rows;
      const last = items[items.length - 1];
      let nextCursor: string | null = null;
      if (hasMore && last) {
        const v = opts.sortValue(last, sort.field);
        nextCursor = encodeCursor({ v: v instanceof Date ? v.toISOString() : v, id: last.id });
      }
      return { items, nextCursor };
    },
  };
}

/** A ULID-style id of one kind (`acl_…`, `cmt_…`): what a newest-first cursor must look like. */
const idCursor = (prefix: string) => new RegExp(`^${prefix}_[0-9a-hjkmnp-tv-z]{26}$`);

/**
 * Newest-first pages of records whose ids are time-ordered (logs, threads): the cursor is the last id shown.
 * `fetch` runs the query with `before` (the id bound, or undefined on the first page), ordered by id
 * descending, limited to `take` rows; a cursor that is not such an id is a 400, never a query.
 */
export async function newestIdPage<R, T extends { id: string }>(
  query: { cursor?: string; limit?: number },
  prefix: string,
  idCol: PgColumn,
  fetch: (before: SQL | undefined, take: number) => Promise<R[]>,
  map: (row: R) => T,
): Promise<Page<T>> {
  if (query.cursor !== undefined && !idCursor(prefix).test(query.cursor)) throw invalidCursor();
  const limit = query.limit ?? 50;
  const rows = await fetch(query.cursor ? sql`${idCol} < ${query.cursor}` : undefined, limit + 1);
  const items = rows.slice(0, limit).map(map);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.id : null };
}
