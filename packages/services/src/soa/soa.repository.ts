// Data access for SoA entries: rows plus their links and imported text, in Annex A order.
import {
  ANNEX_A_CONTROL_REFS,
  annexAArea,
  findRequirement,
  type ImplementationStatus,
  type SoaEntry,
  type SoaSnapshotRow,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

const { soaEntries, controlTexts, entityLinks } = tables;
export type SoaEntryRow = typeof soaEntries.$inferSelect;

const ORDER = new Map(ANNEX_A_CONTROL_REFS.map((r, i) => [r, i]));

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
        .where(and(eq(soaEntries.organizationId, orgId), eq(soaEntries.controlRef, controlRef)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** All entries with their links, in Annex A order. */
    async listFull(orgId: string): Promise<SoaEntry[]> {
      const rows = await db.select().from(soaEntries).where(eq(soaEntries.organizationId, orgId));
      rows.sort((a, b) => (ORDER.get(a.controlRef) ?? 99) - (ORDER.get(b.controlRef) ?? 99));
      return this.hydrate(orgId, rows);
    },

    /**
     * For each control ref: the sorted, distinct ids of linked risks, evidence and documents. Aggregated in the
     * database (issue 17), so the answer is one row per control and link type, not one per link; any relation and
     * either direction count, as `linksOfMany` reads them.
     */
    async linkedIdsByControl(orgId: string, refs: string[]): Promise<Map<string, Map<string, string[]>>> {
      const out = new Map<string, Map<string, string[]>>();
      if (refs.length === 0) return out;
      const types = Object.values(SOA_LINK_FIELDS);
      const result = await db.execute(sql`
        select ref, other_type,
          to_json(array_agg(distinct other_id collate "C" order by other_id collate "C"))::text as ids
        from (
          select from_id as ref, to_type as other_type, to_id as other_id from ${entityLinks}
          where organization_id = ${orgId} and from_type = 'control' and ${inArray(entityLinks.fromId, refs)}
            and ${inArray(entityLinks.toType, types)}
          union all
          select to_id, from_type, from_id from ${entityLinks}
          where organization_id = ${orgId} and to_type = 'control' and ${inArray(entityLinks.toId, refs)}
            and ${inArray(entityLinks.fromType, types)}
        ) l
        group by ref, other_type`);
      const rows = ((result as { rows?: unknown }).rows ?? result) as {
        ref: string;
        other_type: string;
        ids: string;
      }[];
      for (const r of rows) {
        const byType = out.get(r.ref) ?? new Map<string, string[]>();
        byType.set(r.other_type, JSON.parse(r.ids) as string[]);
        out.set(r.ref, byType);
      }
      return out;
    },

    /** Adds titles, areas, links and the full-text flag to rows. */
    async hydrate(orgId: string, rows: SoaEntryRow[]): Promise<SoaEntry[]> {
      const refs = rows.map((r) => r.controlRef);
      const [links, texts] = await Promise.all([
        this.linkedIdsByControl(orgId, refs),
        db
          .select({ ref: controlTexts.controlRef })
          .from(controlTexts)
          .where(eq(controlTexts.organizationId, orgId)),
      ]);
      const idsOf = (ref: string, type: string) => links.get(ref)?.get(type) ?? [];
      const withText = new Set(texts.map((t) => t.ref));
      return rows.map((r) => ({
        id: r.id,
        organizationId: r.organizationId,
        controlRef: r.controlRef,
        title: findRequirement('iso-iec-42001-2023', r.controlRef)?.title ?? r.controlRef,
        area: annexAArea(r.controlRef),
        applicable: r.applicable,
        justification: r.justification,
        implementationStatus: r.implementationStatus as ImplementationStatus,
        ownerId: r.ownerId,
        riskIds: idsOf(r.controlRef, SOA_LINK_FIELDS.riskIds),
        evidenceIds: idsOf(r.controlRef, SOA_LINK_FIELDS.evidenceIds),
        documentIds: idsOf(r.controlRef, SOA_LINK_FIELDS.documentIds),
        hasFullText: withText.has(r.controlRef),
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        version: r.version,
      }));
    },

    async update(orgId: string, controlRef: string, set: Partial<SoaEntryRow>): Promise<void> {
      await db
        .update(soaEntries)
        .set(set)
        .where(and(eq(soaEntries.organizationId, orgId), eq(soaEntries.controlRef, controlRef)));
    },
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
