import { canonicalJson } from '@openaims/core';
import { sql } from 'drizzle-orm';
import {
  customType,
  type ExtraConfigColumn,
  index,
  integer,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** `timestamptz` read and written as JS Dates. */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The key of a tenant row: its id and the organization it belongs to (the Citus distribution key). */
export const tenantKeyColumns = () => ({
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
});

/** Columns every versioned tenant entity has (DESIGN §4: id, createdAt, updatedAt, version). */
export const entityColumns = () => ({
  ...tenantKeyColumns(),
  createdAt: tstz('created_at').notNull(),
  updatedAt: tstz('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** A required title and a free-text description that defaults to empty. */
export const titleColumns = () => ({
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
});

/**
 * Who (or what) did something to a row and when, both null until it happens: `byAtColumns('approved')` gives
 * `approvedBy` (`approved_by`) and `approvedAt` (`approved_at`).
 */
export function byAtColumns<P extends string>(prefix: P) {
  const name = prefix.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const by = text(`${name}_by`);
  const at = tstz(`${name}_at`);
  return { [`${prefix}By`]: by, [`${prefix}At`]: at } as Record<`${P}By`, typeof by> &
    Record<`${P}At`, typeof at>;
}

/**
 * Keyset-pagination indexes, one per sort a list offers: `<table>_org_<key>_idx` on (organization_id, column, id),
 * so a page of one organization's rows in that order is read from the index.
 */
export function sortIndexes(
  table: string,
  t: { organizationId: ExtraConfigColumn; id: ExtraConfigColumn },
  sorts: Record<string, ExtraConfigColumn>,
) {
  return Object.entries(sorts).map(([key, column]) =>
    index(`${table}_org_${key}_idx`).on(t.organizationId, column, t.id),
  );
}

/** A re-import finds its record again by `external_ref`, unique in the organization where it is set. */
export const externalRefIndex = (
  table: string,
  t: { organizationId: ExtraConfigColumn; externalRef: ExtraConfigColumn },
) =>
  uniqueIndex(`${table}_org_external_ref_uq`)
    .on(t.organizationId, t.externalRef)
    .where(sql`external_ref is not null`);

/**
 * A `json` column written as canonical JSON text (`canonicalJson`: sorted keys, no white space) and read back as
 * a value. PostgreSQL keeps `json` text as written (`jsonb` re-renders it), so the stored bytes are exactly what a
 * content digest hashed and the database itself can recompute that digest (the ledger verify, issue 17).
 */
export const canonicalJsonColumn = customType<{ data: unknown; driverData: string | unknown }>({
  dataType: () => 'json',
  toDriver: (value) => canonicalJson(value),
  // Both drivers parse `json` already; a string arrives only where a driver hands the text over as it is.
  fromDriver: (value) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
});
