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
import { and, eq } from 'drizzle-orm';
import { linkRepository } from '../links/link.repository.ts';

const { soaEntries, controlTexts } = tables;
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

    /** Adds titles, areas, links and the full-text flag to rows. */
    async hydrate(orgId: string, rows: SoaEntryRow[]): Promise<SoaEntry[]> {
      const refs = rows.map((r) => r.controlRef);
      const links = linkRepository(db);
      const [risks, evidence, documents, texts] = await Promise.all([
        links.linksOfMany(orgId, 'control', refs, 'risk'),
        links.linksOfMany(orgId, 'control', refs, 'evidence'),
        links.linksOfMany(orgId, 'control', refs, 'document'),
        db
          .select({ ref: controlTexts.controlRef })
          .from(controlTexts)
          .where(eq(controlTexts.organizationId, orgId)),
      ]);
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
        riskIds: risks.get(r.controlRef) ?? [],
        evidenceIds: evidence.get(r.controlRef) ?? [],
        documentIds: documents.get(r.controlRef) ?? [],
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
