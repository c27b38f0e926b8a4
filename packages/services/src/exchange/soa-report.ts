// What every SoA export shows: the organization, the version it reports (approved, or the working draft) and one row per control.
import { assertCan, IMPLEMENTATION_STATUS_LABEL, type SoaEntry, type SoaVersion } from '@openaims/core';
import { tables } from '@openaims/db';
import { inArray } from 'drizzle-orm';
import type { OrgContext } from '../context.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { listSoaEntries } from '../soa/soa-entry.service.ts';
import { getSoaState } from '../soa/soa-version.service.ts';

/** The data behind the SoA exports. */
export interface SoaReport {
  organization: { id: string; name: string };
  entries: SoaEntry[];
  approved: SoaVersion | null;
  hasUnsubmittedChanges: boolean;
  ownerNames: Map<string, string>;
  approverName: string | null;
  generatedAt: Date;
}

/** Gathers the working SoA and its approval state for an export (permission `soa:read`). */
export async function loadSoaReport(ctx: OrgContext): Promise<SoaReport> {
  assertCan(ctx.role, 'soa:read');
  const org = await getOrganization({ ...ctx, role: 'viewer' });
  const entries = (await listSoaEntries(ctx, { limit: 500 })).items;
  const state = await getSoaState(ctx);
  const userIds = [
    ...new Set(
      [...entries.map((e) => e.ownerId), state.approvedVersion?.approvedBy].filter((x): x is string => !!x),
    ),
  ];
  const users = userIds.length
    ? await ctx.db
        .select({ id: tables.users.id, name: tables.users.name })
        .from(tables.users)
        .where(inArray(tables.users.id, userIds))
    : [];
  const ownerNames = new Map(users.map((u) => [u.id, u.name]));
  const approvedBy = state.approvedVersion?.approvedBy;
  return {
    organization: { id: org.id, name: org.name },
    entries,
    approved: state.approvedVersion,
    hasUnsubmittedChanges: state.hasUnsubmittedChanges,
    ownerNames,
    approverName: approvedBy ? (ownerNames.get(approvedBy) ?? approvedBy) : null,
    generatedAt: new Date(),
  };
}

/** Column headings shared by the XLSX and CSV exports. */
export const SOA_COLUMNS = [
  'Control',
  'Title',
  'Area',
  'Applicable',
  'Justification',
  'Implementation status',
  'Owner',
  'Risks',
  'Evidence',
  'Documents',
] as const;

/** One export row per control, in Annex A order. */
export function soaRows(r: SoaReport): string[][] {
  return r.entries.map((e) => [
    e.controlRef,
    e.title,
    e.area,
    e.applicable ? 'Yes' : 'No',
    e.justification,
    IMPLEMENTATION_STATUS_LABEL[e.implementationStatus],
    e.ownerId ? (r.ownerNames.get(e.ownerId) ?? e.ownerId) : '',
    e.riskIds.join(' '),
    e.evidenceIds.join(' '),
    e.documentIds.join(' '),
  ]);
}

/** "Version 3, approved 2026-05-01 by Ana" or "Draft (not approved)". */
export function versionLine(r: SoaReport): string {
  if (!r.approved) return 'Draft — no approved version yet';
  const when = r.approved.approvedAt?.slice(0, 10) ?? '';
  const draft = r.hasUnsubmittedChanges ? ' (the working draft has later changes shown here)' : '';
  return `Version ${r.approved.number}, approved ${when} by ${r.approverName ?? 'unknown'}${draft}`;
}
