// Data access for SoA entries: rows plus their links and imported text, in Annex A order.
import {
  ANNEX_A_CONTROL_REFS,
  annexAArea,
  findRequirement,
  type ImplementationStatus,
  SOA_LINK_PREVIEW,
  type SoaEntry,
  type SoaSnapshotRow,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq, type SQL, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { sqlRows } from '../common/sql-rows.ts';
import { type SoaLinkSummary, soaLinkSummary } from './soa-draft-hash.ts';

const { soaEntries, controlTexts, entityLinks } = tables;
export type SoaEntryRow = typeof soaEntries.$inferSelect;

const ORDER = new Map(ANNEX_A_CONTROL_REFS.map((r, i) => [r, i]));

/** One aggregated row of a control's links: the control, the linked records' type, and the aggregate's columns. */
type ControlLinkRow = { ref: string; other_type: string };

/** Aggregated link rows as control ref → linked type → the value read from the row. */
function byControlAndType<R extends ControlLinkRow, V>(
  rows: R[],
  value: (r: R) => V,
): Map<string, Map<string, V>> {
  const out = new Map<string, Map<string, V>>();
  for (const r of rows) {
    const byType = out.get(r.ref) ?? new Map<string, V>();
    byType.set(r.other_type, value(r));
    out.set(r.ref, byType);
  }
  return out;
}

/**
 * The first `n` distinct ids (column `other_id`, byte order) of records of kind `type` linked to control `ref`, in
 * either direction and after `afterId` when given. Each direction is read in the order of its index
 * (`entity_links_uq` from the control, `entity_links_to_from_idx` to it) and cut at `n`, so the read costs `n`
 * rows however many the control links (issue 17). `ref`, `type` and `afterId` are SQL expressions: a lateral
 * query passes its row's columns.
 */
function firstIdsOf(orgId: string, ref: SQL, type: SQL, n: number, afterId?: SQL): SQL {
  const fromAfter = afterId ? sql`and to_id collate "C" > ${afterId}` : sql``;
  const toAfter = afterId ? sql`and from_id collate "C" > ${afterId}` : sql``;
  return sql`
    select other_id from (
      (select to_id collate "C" as other_id from ${entityLinks}
        where organization_id = ${orgId} and from_type = 'control' and from_id = ${ref} and to_type = ${type} ${fromAfter}
        order by 1 limit ${n})
      union
      (select from_id collate "C" from ${entityLinks}
        where organization_id = ${orgId} and to_type = 'control' and to_id = ${ref} and from_type = ${type} ${toAfter}
        order by 1 limit ${n})
    ) u order by 1 limit ${n}`;
}

/** Link types an SoA entry shows, with the API field each fills. */
export const SOA_LINK_FIELDS = { riskIds: 'risk', evidenceIds: 'evidence', documentIds: 'document' } as const;

/** Queries on SoA entries, scoped to one organization. */
export function soaRepository(db: Db) {
  return {
    async find(
      orgId: string,
      controlRef: string,
      opts: { forUpdate?: boolean } = {},
    ): Promise<SoaEntryRow | undefined> {
      const q = db
        .select()
        .from(soaEntries)
        .where(inOrg(soaEntries, orgId, eq(soaEntries.controlRef, controlRef)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** The organization's entry rows in Annex A order. */
    async ordered(orgId: string): Promise<SoaEntryRow[]> {
      const rows = await db.select().from(soaEntries).where(inOrg(soaEntries, orgId));
      return rows.sort((a, b) => (ORDER.get(a.controlRef) ?? 99) - (ORDER.get(b.controlRef) ?? 99));
    },

    /** All entries with their links, in Annex A order. */
    async listFull(orgId: string): Promise<SoaEntry[]> {
      return this.hydrate(orgId, await this.ordered(orgId));
    },

    /**
     * For each control ref: the sorted, distinct ids of linked risks, evidence and documents. Aggregated in the
     * database (issue 17), so the answer is one row per control and link type, not one per link; any relation and
     * either direction count, as `linksOfMany` reads them.
     */
    async linkedIdsByControl(orgId: string, refs: string[]): Promise<Map<string, Map<string, string[]>>> {
      if (refs.length === 0) return new Map();
      const result = await db.execute(sql`
        select ref, other_type,
          to_json(array_agg(distinct other_id collate "C" order by other_id collate "C"))::text as ids
        from (${this.linksOf(orgId, refs)}) l
        group by ref, other_type`);
      const rows = sqlRows<ControlLinkRow & { ids: string }>(result);
      return byControlAndType(rows, (r) => JSON.parse(r.ids) as string[]);
    },

    /**
     * For each control ref and link type: how many distinct records are linked, and the first `preview` ids —
     * counted in the database, so the SoA list does not carry every link (issue 17).
     */
    async linkSummaryByControl(
      orgId: string,
      refs: string[],
      preview: number,
    ): Promise<Map<string, Map<string, { count: number; ids: string[] }>>> {
      if (refs.length === 0) return new Map();
      const result = await db.execute(sql`
        select ref, other_type, count(*)::int as n,
          to_json((array_agg(other_id order by other_id))[1:${preview}::int])::text as ids
        from (${this.linksOf(orgId, refs)}) l
        group by ref, other_type`);
      const rows = sqlRows<ControlLinkRow & { n: number; ids: string }>(result);
      return byControlAndType(rows, (r) => ({ count: Number(r.n), ids: JSON.parse(r.ids) as string[] }));
    },

    /** Distinct (ref, other_type, other_id) of the controls' links to risks, evidence and documents, either direction. */
    linksOf(orgId: string, refs: string[]) {
      const types = Object.values(SOA_LINK_FIELDS);
      return sql`
        select distinct ref, other_type, other_id collate "C" as other_id from (
          select from_id as ref, to_type as other_type, to_id as other_id from ${entityLinks}
          where organization_id = ${orgId} and from_type = 'control' and ${anyOf(entityLinks.fromId, refs)}
            and ${anyOf(entityLinks.toType, types)}
          union all
          select to_id, from_type, from_id from ${entityLinks}
          where organization_id = ${orgId} and to_type = 'control' and ${anyOf(entityLinks.toId, refs)}
            and ${anyOf(entityLinks.fromType, types)}
        ) u`;
    },

    /**
     * One page of a control's links, ordered by type then id (keyset after `after`): each kind read in the order of
     * the link indexes and cut at the page's size, so a page costs its length however many records the control
     * links (issue 17).
     */
    async linksPage(
      orgId: string,
      ref: string,
      opts: { type?: string; after?: { type: string; id: string }; limit: number },
    ): Promise<{ type: string; id: string }[]> {
      const { after } = opts;
      // Kinds in page order from the cursor's kind on; within the cursor's kind, ids after its id ('' is before all).
      const kinds = [...Object.values(SOA_LINK_FIELDS)]
        .sort()
        .filter((t) => (!opts.type || t === opts.type) && (!after || t >= after.type));
      if (kinds.length === 0) return [];
      const types = sql.join(
        kinds.map((t) => sql`${t}`),
        sql`, `,
      );
      const afters = sql.join(
        kinds.map((t) => sql`${after && t === after.type ? after.id : ''}`),
        sql`, `,
      );
      const result = await db.execute(sql`
        select k.other_type as type, x.other_id as id
        from unnest(array[${types}]::text[], array[${afters}]::text[]) with ordinality k(other_type, after_id, ord)
        cross join lateral (${firstIdsOf(orgId, sql`${ref}::text`, sql`k.other_type`, opts.limit, sql`k.after_id`)}) x
        order by k.ord, x.other_id
        limit ${opts.limit}`);
      return sqlRows<{ type: string; id: string }>(result);
    },

    /**
     * All entries in Annex A order with link counts and only the first `preview` ids of each kind (the SoA list,
     * exports); the counts come from the stored summary, recomputed only after a change to the SoA's links (issue 17).
     * The summary holds SOA_LINK_PREVIEW ids; an export that names more reads them from the link index.
     */
    async listSummary(orgId: string, preview: number): Promise<SoaEntry[]> {
      const rows = await this.ordered(orgId);
      const summary = await this.storedSummary(orgId);
      const more = preview > SOA_LINK_PREVIEW ? await this.firstLinkedIds(orgId, preview) : null;
      const withText = await controlsWithText(db, orgId);
      return rows.map((r) =>
        withLinks(r, withText.has(r.controlRef), (type) => {
          const s = summary[r.controlRef]?.[type];
          const ids = more ? (more.get(r.controlRef)?.get(type) ?? []) : (s?.ids ?? []).slice(0, preview);
          return { count: s?.count ?? 0, ids };
        }),
      );
    },

    /**
     * For each control and link type, the first `n` distinct linked ids in byte order — read from the link indexes
     * (`entity_links_to_from_idx` is in that order), so a large organization's SoA is not aggregated whole: at
     * 240,000 links, ≈ 70 ms against ≈ 450 ms for `linkSummaryByControl` (PostgreSQL, issue 17).
     */
    async firstLinkedIds(orgId: string, n: number): Promise<Map<string, Map<string, string[]>>> {
      if (n <= 0) return new Map();
      const refs = sql.join(
        ANNEX_A_CONTROL_REFS.map((r) => sql`${r}`),
        sql`, `,
      );
      const types = sql.join(
        Object.values(SOA_LINK_FIELDS).map((t) => sql`${t}`),
        sql`, `,
      );
      const result = await db.execute(sql`
        select c.ref, t.other_type,
          to_json(array(${firstIdsOf(orgId, sql`c.ref`, sql`t.other_type`, n)}))::text as ids
        from unnest(array[${refs}]::text[]) c(ref) cross join unnest(array[${types}]::text[]) t(other_type)`);
      const rows = sqlRows<ControlLinkRow & { ids: string }>(result);
      return byControlAndType(rows, (r) => JSON.parse(r.ids) as string[]);
    },

    /** Link counts and the first SOA_LINK_PREVIEW ids of each kind, stored and recomputed only after a change to the SoA's links. */
    storedSummary(orgId: string): Promise<SoaLinkSummary> {
      return soaLinkSummary(db, orgId, async () => {
        const computed: SoaLinkSummary = {};
        const all = await this.linkSummaryByControl(orgId, [...ANNEX_A_CONTROL_REFS], SOA_LINK_PREVIEW);
        for (const [ref, byType] of all) computed[ref] = Object.fromEntries(byType);
        return computed;
      });
    },

    /** Adds titles, areas, links and the full-text flag to rows. */
    async hydrate(orgId: string, rows: SoaEntryRow[]): Promise<SoaEntry[]> {
      const refs = rows.map((r) => r.controlRef);
      // One after the other: `db` may be a transaction, i.e. one PostgreSQL connection, where concurrent
      // statements only queue (and pg 9 will refuse them).
      const links = await this.linkedIdsByControl(orgId, refs);
      const withText = await controlsWithText(db, orgId);
      return rows.map((r) =>
        withLinks(r, withText.has(r.controlRef), (type) => {
          const ids = links.get(r.controlRef)?.get(type) ?? [];
          return { count: ids.length, ids };
        }),
      );
    },

    async update(orgId: string, controlRef: string, set: Partial<SoaEntryRow>): Promise<void> {
      await db
        .update(soaEntries)
        .set(set)
        .where(inOrg(soaEntries, orgId, eq(soaEntries.controlRef, controlRef)));
    },
  };
}

/** The controls of an organization with imported full text (each entry's `hasFullText` flag). */
async function controlsWithText(db: Db, orgId: string): Promise<Set<string>> {
  const texts = await db
    .select({ ref: controlTexts.controlRef })
    .from(controlTexts)
    .where(inOrg(controlTexts, orgId));
  return new Set(texts.map((t) => t.ref));
}

/**
 * An entry with its linked risks, evidence and documents: the ids it shows and how many there are in all
 * (the list shows a preview of ids with full counts, a single entry all of them).
 */
function withLinks(
  r: SoaEntryRow,
  hasFullText: boolean,
  linked: (type: string) => { count: number; ids: string[] },
): SoaEntry {
  const [risk, ev, doc] = [
    linked(SOA_LINK_FIELDS.riskIds),
    linked(SOA_LINK_FIELDS.evidenceIds),
    linked(SOA_LINK_FIELDS.documentIds),
  ];
  return {
    ...entryOf(r, hasFullText),
    riskIds: risk.ids,
    evidenceIds: ev.ids,
    documentIds: doc.ids,
    riskCount: risk.count,
    evidenceCount: ev.count,
    documentCount: doc.count,
  };
}

/** An entry's own fields (links are added by withLinks). */
function entryOf(
  r: SoaEntryRow,
  hasFullText: boolean,
): Omit<
  SoaEntry,
  'riskIds' | 'evidenceIds' | 'documentIds' | 'riskCount' | 'evidenceCount' | 'documentCount'
> {
  return {
    id: r.id,
    organizationId: r.organizationId,
    controlRef: r.controlRef,
    title: findRequirement('iso-iec-42001-2023', r.controlRef)?.title ?? r.controlRef,
    area: annexAArea(r.controlRef),
    applicable: r.applicable,
    justification: r.justification,
    implementationStatus: r.implementationStatus as ImplementationStatus,
    ownerId: r.ownerId,
    hasFullText,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** The frozen form of an entry inside an SoA version. */
export function toSnapshotRow(e: SoaEntry): SoaSnapshotRow {
  return {
    controlRef: e.controlRef,
    title: e.title,
    applicable: e.applicable,
    justification: e.justification,
    implementationStatus: e.implementationStatus,
    ownerId: e.ownerId,
    riskIds: e.riskIds,
    evidenceIds: e.evidenceIds,
    documentIds: e.documentIds,
  };
}
