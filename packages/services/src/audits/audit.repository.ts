// Data access for the audit programme, audits, checklist items and findings. Every query takes the organization id.
import {
  AUDIT_SORTS,
  type Audit,
  type AuditProgramme,
  AuditProgrammeSchema,
  AuditSchema,
  type ChecklistItem,
  ChecklistItemSchema,
  FINDING_SORTS,
  type Finding,
  FindingSchema,
  type ListQuery,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { auditProgrammes, audits, auditChecklistItems, findings } = tables;
export type ProgrammeRow = typeof auditProgrammes.$inferSelect;
export type AuditRow = typeof audits.$inferSelect;
export type ChecklistRow = typeof auditChecklistItems.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

/** Row → API entity. */
export const toProgramme: (r: ProgrammeRow) => AuditProgramme = projection(
  AuditProgrammeSchema,
  auditProgrammes,
);

/** Row → API entity. */
export const toAudit: (r: AuditRow) => Audit = projection(AuditSchema, audits);

/** Row → API entity. */
export const toChecklistItem: (r: ChecklistRow) => ChecklistItem = projection(
  ChecklistItemSchema,
  auditChecklistItems,
);

/** Row → API entity. */
export const toFinding: (r: FindingRow) => Finding = projection(FindingSchema, findings);

/** Queries on the audit tables, scoped to one organization. */
export function auditRepository(db: Db) {
  return {
    programmes: tenantTable(db, auditProgrammes),
    audits: tenantTable(db, audits),
    items: tenantTable(db, auditChecklistItems),
    findings: tenantTable(db, findings),

    async listProgrammes(orgId: string, query: ListQuery & { status?: string }): Promise<Page<ProgrammeRow>> {
      return tenantPage(db, auditProgrammes, orgId, query, {
        sortable: {
          startYear: auditProgrammes.startYear,
          createdAt: auditProgrammes.createdAt,
          title: auditProgrammes.title,
        },
        defaultSort: { field: 'startYear', desc: true },
        searchColumns: [auditProgrammes.title],
        filters: [eqIf(auditProgrammes.status, query.status)],
      });
    },

    listAudits(
      orgId: string,
      query: ListQuery & { status?: string; programmeId?: string },
    ): Promise<Page<AuditRow>> {
      return tenantPage(db, audits, orgId, query, {
        sortable: sortColumns(audits, AUDIT_SORTS),
        defaultSort: { field: 'plannedStart', desc: true },
        searchColumns: [audits.title, audits.criteria],
        filters: [eqIf(audits.status, query.status), eqIf(audits.programmeId, query.programmeId)],
      });
    },

    async checklistOf(orgId: string, auditId: string): Promise<ChecklistRow[]> {
      return db
        .select()
        .from(auditChecklistItems)
        .where(inOrg(auditChecklistItems, orgId, eq(auditChecklistItems.auditId, auditId)))
        .orderBy(asc(auditChecklistItems.position));
    },

    async deleteChecklist(orgId: string, auditId: string): Promise<void> {
      await db
        .delete(auditChecklistItems)
        .where(inOrg(auditChecklistItems, orgId, eq(auditChecklistItems.auditId, auditId)));
    },

    async findingsOf(orgId: string, auditId: string): Promise<FindingRow[]> {
      return db
        .select()
        .from(findings)
        .where(inOrg(findings, orgId, eq(findings.auditId, auditId)))
        .orderBy(asc(findings.createdAt), asc(findings.id));
    },

    listFindings(
      orgId: string,
      query: ListQuery & { auditId?: string; kind?: string; status?: string },
    ): Promise<Page<FindingRow>> {
      return tenantPage(db, findings, orgId, query, {
        sortable: sortColumns(findings, FINDING_SORTS),
        defaultSort: { field: 'createdAt', desc: true },
        searchColumns: [findings.title, findings.description],
        filters: [
          eqIf(findings.auditId, query.auditId),
          eqIf(findings.kind, query.kind),
          eqIf(findings.status, query.status),
        ],
      });
    },
  };
}
