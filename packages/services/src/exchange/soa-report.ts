// What every SoA export shows: the organization, the version it reports (approved, or the working draft) and one row per control.
import {
  annexAArea,
  assertCan,
  IMPLEMENTATION_STATUS_LABEL,
  type SoaEntry,
  type SoaVersion,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { userNames } from '../common/user-names.ts';
import type { OrgContext } from '../context.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { listSoaEntries, listSoaEntrySummaries } from '../soa/soa-entry.service.ts';
import { getSoaState, getSoaVersionSnapshot } from '../soa/soa-version.service.ts';

/** The data behind the SoA exports. */
export interface SoaReport {
  organization: { id: string; name: string };
  entries: SoaEntry[];
  approved: SoaVersion | null;
  hasUnsubmittedChanges: boolean;
  /** What the rows are: the frozen approved version (audit pack) or the working SoA (everyday exports). */
  source: 'approved' | 'working';
  ownerNames: Map<string, string>;
  approverName: string | null;
  generatedAt: Date;
}

/**
 * Excel keeps at most 32,767 characters in a cell and repairs (truncates) a workbook with a longer one; a control
 * of a large organization is linked to thousands of records. Such a cell names the first ids and counts the rest:
 * every link stays in the SoA's links (API and web app) and in the audit pack.
 */
export const CELL_MAX_CHARS = 32_000;
/**
 * How many ids of each kind a workbook or CSV reads per control: more than fit in a cell (an id is at least 29
 * characters and a space), so the cell is as full as before while the rest stay counted in the database (issue 17).
 */
export const SOA_CELL_PREVIEW = Math.ceil(CELL_MAX_CHARS / 30) + 1;
/** How many linked records of each kind the printed SoA names per control; it counts the rest. */
export const SOA_PDF_PREVIEW = 50;

/**
 * Titles of the risks, evidence and documents the printed SoA names (this organization's only), by id. Only the
 * PDF prints titles, so only its callers look them up: at a large organization the look-up is most of a tabular
 * export's time.
 */
export async function soaReferenceTitles(ctx: OrgContext, entries: SoaEntry[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const printed = (ids: string[]) => ids.slice(0, SOA_PDF_PREVIEW);
  for (const [table, ids] of [
    [tables.risks, entries.flatMap((e) => printed(e.riskIds))],
    [tables.evidence, entries.flatMap((e) => printed(e.evidenceIds))],
    [tables.documents, entries.flatMap((e) => printed(e.documentIds))],
  ] as const) {
    if (ids.length === 0) continue;
    // One statement per kind: anyOf binds the list as one parameter, however long (it needed batches before).
    const rows = await ctx.db
      .select({ id: table.id, title: table.title })
      .from(table)
      .where(inOrg(table, ctx.orgId, anyOf(table.id, new Set(ids))));
    for (const r of rows) out.set(r.id, r.title);
  }
  return out;
}

/**
 * Gathers an SoA and its approval state for an export (permission `soa:read`). Everyday exports show the working
 * SoA; with `approved: true` (the audit pack, ISO/IEC 42006 sampling) the rows are the frozen content of the
 * approved version — what was actually approved (§6.1.3) — and the working SoA only where none is approved yet.
 * With `preview`, a working entry carries its link counts and only the first `preview` ids of each kind.
 */
export async function loadSoaReport(
  ctx: OrgContext,
  opts: { approved?: boolean; preview?: number } = {},
): Promise<SoaReport> {
  assertCan(ctx.role, 'soa:read');
  const org = await getOrganization({ ...ctx, role: 'viewer' });
  const state = await getSoaState(ctx);
  const frozenVersion = opts.approved ? state.approvedVersion : null;
  // Frozen rows carry their own links; the live entries then only lend ids, dates and the full-text flag.
  const preview = frozenVersion ? 0 : opts.preview;
  const working = (
    preview !== undefined
      ? await listSoaEntrySummaries(ctx, { limit: 500 }, preview)
      : await listSoaEntries(ctx, { limit: 500 })
  ).items;
  const frozen = frozenVersion ? await getSoaVersionSnapshot(ctx, frozenVersion.number) : null;
  const entries = frozen ? frozenEntries(frozen, working) : working;
  const ownerNames = await userNames(ctx.db, [
    ...entries.map((e) => e.ownerId),
    state.approvedVersion?.approvedBy,
  ]);
  const approvedBy = state.approvedVersion?.approvedBy;
  return {
    organization: { id: org.id, name: org.name },
    entries,
    approved: state.approvedVersion,
    hasUnsubmittedChanges: state.hasUnsubmittedChanges,
    source: frozen ? 'approved' : 'working',
    ownerNames,
    approverName: approvedBy ? (ownerNames.get(approvedBy) ?? approvedBy) : null,
    generatedAt: new Date(),
  };
}

/** Snapshot rows shaped as entries; ids, dates and the full-text flag come from the live entry of the same control. */
function frozenEntries(
  rows: Awaited<ReturnType<typeof getSoaVersionSnapshot>>,
  working: SoaEntry[],
): SoaEntry[] {
  const live = new Map(working.map((e) => [e.controlRef, e]));
  return rows.flatMap((row) => {
    const e = live.get(row.controlRef);
    if (!e) return [];
    const counts = {
      riskCount: row.riskIds.length,
      evidenceCount: row.evidenceIds.length,
      documentCount: row.documentIds.length,
    };
    return [{ ...e, ...row, ...counts, area: annexAArea(row.controlRef) }];
  });
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
    idCell(e.riskIds, e.riskCount),
    idCell(e.evidenceIds, e.evidenceCount),
    idCell(e.documentIds, e.documentCount),
  ]);
}

/**
 * The ids separated by spaces, or as many as fit in `max` characters followed by "… and N more"; `total` counts
 * the links when `ids` holds only the first of them.
 */
export function idCell(ids: string[], total = ids.length, max = CELL_MAX_CHARS): string {
  const all = total === ids.length ? ids.join(' ') : null;
  if (all !== null && all.length <= max) return all;
  const room = max - ` … and ${total} more`.length;
  let shown = 0;
  let length = -1;
  while (shown < ids.length && length + 1 + ids[shown]!.length <= room) length += 1 + ids[shown++]!.length;
  return `${ids.slice(0, shown).join(' ')} … and ${total - shown} more`;
}

/** "Version 3, approved 2026-05-01 by Ana" or "Draft (not approved)". */
export function versionLine(r: SoaReport): string {
  if (!r.approved) return 'Draft — no approved version yet';
  const when = r.approved.approvedAt?.slice(0, 10) ?? '';
  const draft =
    r.source === 'approved'
      ? ' (the approved content; later draft changes are not shown)'
      : r.hasUnsubmittedChanges
        ? ' (the working draft has later changes shown here)'
        : '';
  return `Version ${r.approved.number}, approved ${when} by ${r.approverName ?? 'unknown'}${draft}`;
}
