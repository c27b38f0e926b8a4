// Embedded PGlite as drizzle uses it, without a per-query copy (issue 17: a statement's fixed cost on PGlite).
//
// Drizzle wants timestamps, dates, intervals and a few array types back as the text PostgreSQL sent (it converts
// them itself), so it passes its own parsers for those types with every query. PGlite then builds a new parser table
// for that query, copying its own of several hundred entries: ≈ 0.13 ms a statement, more than a primary-key read
// costs. Here the instance takes those types as text once, as its own parsers, and drizzle is handed a client that
// leaves the per-query parsers out when they are exactly drizzle's (so they could only repeat the instance's).
import { type PGlite, types } from '@electric-sql/pglite';

/** The types drizzle asks PGlite to answer as text (drizzle-orm's `pglite/session.js`). */
export const TEXT_TYPES: readonly number[] = [
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.DATE,
  1231, // numeric[]
  1115, // timestamp[]
  1185, // timestamptz[]
  1187, // interval[]
  1182, // date[]
];
const TEXT_TYPE_KEYS = new Set(TEXT_TYPES.map(String));
const asText = (value: string) => value;

/**
 * Makes the instance answer `TEXT_TYPES` as text by default. Called once it is ready: PGlite sets its array
 * parsers while it starts, after the constructor's `parsers` option would have been applied.
 */
export function parseTextTypesAsText(pglite: PGlite): void {
  for (const type of TEXT_TYPES) pglite.parsers[type] = asText;
}

/** Whether a query's parsers are drizzle's: exactly the text types, nothing else. */
function onlyTextTypes(parsers: object): boolean {
  const keys = Object.keys(parsers);
  return keys.length === TEXT_TYPE_KEYS.size && keys.every((k) => TEXT_TYPE_KEYS.has(k));
}

type QueryOptions = { parsers?: object } & Record<string, unknown>;
type Queryable = {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  transaction?(fn: (tx: Queryable) => Promise<unknown>): Promise<unknown>;
};

/**
 * The client drizzle is given: the instance (or a transaction of it) with `query` passing drizzle's redundant
 * parsers on as absent, and `transaction` handing its callback the same kind of client. Everything else is the
 * instance's own, bound to it (PGlite keeps private state that a proxy as `this` could not reach).
 */
export function leanClient<T extends object>(target: T): T {
  const client = target as unknown as Queryable;
  const bound = new Map<PropertyKey, unknown>();
  const query: Queryable['query'] = (sql, params, options) =>
    client.query(
      sql,
      params,
      options?.parsers && onlyTextTypes(options.parsers) ? { ...options, parsers: undefined } : options,
    );
  const transaction = (fn: (tx: Queryable) => Promise<unknown>) =>
    client.transaction!((tx) => fn(leanClient(tx)));
  return new Proxy(target, {
    get(t, prop) {
      if (prop === 'query') return query;
      if (prop === 'transaction' && client.transaction) return transaction;
      const value = Reflect.get(t, prop, t);
      if (typeof value !== 'function') return value;
      let fn = bound.get(prop);
      if (!fn) {
        fn = (value as (...args: unknown[]) => unknown).bind(t);
        bound.set(prop, fn);
      }
      return fn;
    },
  });
}
