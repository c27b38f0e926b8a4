// What an audit pack holds, as a list of sections (issue 11). Each section writes its files through the pack
// writer and may leave data for index.html. To add a module's records (audit reports, management-review minutes),
// add one entry to AUDIT_PACK_SECTIONS: a key, a title, the read permission, and a `write` that renders its files.
import { Readable } from 'node:stream';
import type { Evidence, Page, Permission } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, eq, gt, gte, isNull, lt, lte, max, min } from 'drizzle-orm';
import { listAudits } from '../audits/audit.service.ts';
import { renderAuditExport } from '../audits/audit-exports.ts';
import { itemsOf } from '../common/all-pages.ts';
import { inOrg } from '../common/in-org.ts';
import { spooledJsonArray } from '../common/spooled-json-array.ts';
import type { OrgContext } from '../context.ts';
import type { BlobStore } from '../evidence/blob-store.ts';
import { evidenceRepository } from '../evidence/evidence.repository.ts';
import { exportCycloneDx } from '../exchange/cyclonedx.export.ts';
import { oscalCatalog, oscalProfile, oscalSsp } from '../exchange/oscal.export.ts';
import { soaPdf } from '../exchange/soa-pdf.export.ts';
import { loadSoaReport, type SoaReport, soaReferenceTitles } from '../exchange/soa-report.ts';
import { soaCsv, soaXlsx } from '../exchange/soa-tabular.export.ts';
import { impactExportFilename, impactPdf } from '../impacts/impact-export.ts';
import { listImpactAssessments } from '../impacts/impact-query.service.ts';
import { loadImpactReport } from '../impacts/impact-report.ts';
import { toLedgerEntry } from '../ledger/ledger.service.ts';
import { loadReviewMinutes, reviewMinutesPdf } from '../management-reviews/management-review.pdf.ts';
import { listManagementReviews } from '../management-reviews/management-review.service.ts';
import { loadRiskRegister, risksPdf, risksXlsx } from '../risks/risk.export.ts';
import { EvidenceIndex } from './evidence-index.ts';
import type { PackManifest } from './verify.mjs';

/** The audit period: `from` (inclusive, null = from the start) to `to` (inclusive), as YYYY-MM-DD. */
export interface PackPeriod {
  from: string | null;
  to: string;
}

/** An evidence record as the pack shows it: where its file is inside the pack, or its outside address. */
export interface PackedEvidence {
  id: string;
  title: string;
  kind: Evidence['kind'];
  evidenceDate: string;
  validUntil: string | null;
  fileName: string | null;
  mediaType: string | null;
  sha256: string | null;
  /** The file's path inside the pack; null for a link, or when the bytes are missing from the store. */
  path: string | null;
  url: string | null;
  missing?: boolean;
  links: Evidence['links'];
}

/** The part of a packed evidence record that index.html shows. */
export type IndexedEvidence = Pick<PackedEvidence, 'title' | 'evidenceDate' | 'validUntil' | 'path' | 'url'>;

/** What sections share while a pack is written, and what index.html is rendered from. */
export interface PackState {
  ctx: OrgContext;
  blobs: BlobStore;
  period: PackPeriod;
  generatedAt: Date;
  soa?: SoaReport;
  /** The packed evidence index.html names per SoA control (evidence/index.json holds every record, whole). */
  evidence?: EvidenceIndex;
  ledger?: PackManifest['ledger'];
}

/** Where a section puts its files (paths are relative to the pack root, forward slashes). */
export interface SectionOutput {
  /** Adds a rendered file; resolves once the zip has taken it (render the next one after). */
  addBytes(path: string, body: Uint8Array | string): Promise<void>;
  addStream(path: string, source: Readable): Promise<void>;
}

/** One part of the pack: its files come from one module, read with that module's permission. */
export interface PackSection {
  key: string;
  title: string;
  permission: Permission;
  write(out: SectionOutput, state: PackState): Promise<void>;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);

/** A file extension worth keeping so a browser opens the evidence file (letters and digits only). */
function extensionOf(fileName: string | null): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName ?? '');
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

async function* fileEvidence(db: Db, orgId: string): AsyncGenerator<Evidence[]> {
  const { evidence } = tables;
  let after = '';
  for (;;) {
    const rows = await db
      .select()
      .from(evidence)
      .where(inOrg(evidence, orgId, isNull(evidence.archivedAt), gt(evidence.id, after)))
      .orderBy(asc(evidence.id))
      .limit(500);
    if (!rows.length) return;
    yield await evidenceRepository(db).hydrate(orgId, rows);
    after = rows[rows.length - 1]!.id;
  }
}

/** §7.5.3, §9.1: the evidence linked to anything in scope, each file once under its SHA-256. */
const evidenceSection: PackSection = {
  key: 'evidence',
  title: 'Evidence',
  permission: 'evidence:read',
  async write(out, state) {
    const { ctx, blobs } = state;
    const written = new Map<string, string>();
    const named = new EvidenceIndex(state.soa?.entries ?? []);
    state.evidence = named;
    // The index is spooled to a temporary file as the records are read, not built whole in memory (issue 17).
    const index = await spooledJsonArray();
    try {
      for await (const batch of fileEvidence(ctx.db, ctx.orgId)) {
        const indexed: PackedEvidence[] = [];
        for (const ev of batch) {
          if (!ev.links.length) continue;
          if (ev.evidenceDate > state.period.to) continue; // not yet true during the audit period
          const packed: PackedEvidence = {
            id: ev.id,
            title: ev.title,
            kind: ev.kind,
            evidenceDate: ev.evidenceDate,
            validUntil: ev.validUntil,
            fileName: ev.fileName,
            mediaType: ev.mediaType,
            sha256: ev.sha256,
            path: null,
            url: ev.url,
            links: ev.links,
          };
          if (ev.kind === 'file' && ev.sha256) {
            let path = written.get(ev.sha256);
            if (!path) {
              path = `evidence/${ev.sha256}${extensionOf(ev.fileName)}`;
              const stream = await blobs.read(ev.sha256).catch(() => null);
              if (stream) {
                await out.addStream(path, Readable.fromWeb(stream as never));
                written.set(ev.sha256, path);
              } else path = undefined;
            }
            if (path) packed.path = path;
            else packed.missing = true;
          }
          named.offer(packed);
          indexed.push(packed);
        }
        await index.add(indexed);
      }
      named.seal();
      await out.addStream('evidence/index.json', await index.read());
    } finally {
      await index.remove();
    }
  },
};

/**
 * §7.5.3: the ledger entries of the period, contiguous by sequence number, with the hash before the first (the
 * anchor) and the chain head at generation, so each record's history in the period can be recomputed.
 */
const ledgerSection: PackSection = {
  key: 'ledger',
  title: 'Ledger excerpt',
  permission: 'ledger:read',
  async write(out, state) {
    const { ctx, period } = state;
    const { ledgerEntries: le, ledgerHeads } = tables;
    const [head] = await ctx.db.select().from(ledgerHeads).where(inOrg(ledgerHeads, ctx.orgId));
    const chainHead = { seq: head?.seq ?? 0, hash: head?.hash ?? '0'.repeat(64) };
    const [range] = await ctx.db
      .select({ first: min(le.seq), last: max(le.seq) })
      .from(le)
      .where(
        inOrg(
          le,
          ctx.orgId,
          period.from ? gte(le.at, new Date(`${period.from}T00:00:00Z`)) : undefined,
          lt(le.at, dayAfter(period.to)),
          lte(le.seq, chainHead.seq),
        ),
      );
    const firstSeq = range?.first ?? 0;
    const lastSeq = range?.last ?? 0;
    let anchorHash = '0'.repeat(64);
    if (firstSeq > 0) {
      const [first] = await ctx.db
        .select({ prevHash: le.prevHash })
        .from(le)
        .where(inOrg(le, ctx.orgId, eq(le.seq, firstSeq)));
      anchorHash = first?.prevHash ?? anchorHash;
    }
    async function* lines(): AsyncGenerator<Buffer> {
      let next = firstSeq;
      while (firstSeq > 0 && next <= lastSeq) {
        const rows = await ctx.db
          .select()
          .from(le)
          .where(inOrg(le, ctx.orgId, gte(le.seq, next), lte(le.seq, lastSeq)))
          .orderBy(asc(le.seq))
          .limit(1000);
        if (!rows.length) return;
        const text = rows
          .map((r) => {
            // The pack's line leads with seq (the chain's order); the rest is the API's entry, in its order.
            const { seq, id, ...rest } = toLedgerEntry(r);
            return JSON.stringify({ seq, id, ...rest });
          })
          .join('\n');
        yield Buffer.from(`${text}\n`);
        next = rows[rows.length - 1]!.seq + 1;
      }
    }
    const entries = 'ledger/entries.jsonl';
    await out.addStream(entries, Readable.from(lines()));
    state.ledger = {
      entries,
      count: firstSeq > 0 ? lastSeq - firstSeq + 1 : 0,
      firstSeq: firstSeq || 1,
      lastSeq,
      anchorHash,
      chainHead,
    };
  },
};

/**
 * The sections of every pack, in order. Add a module here with one entry.
 */
export const AUDIT_PACK_SECTIONS: PackSection[] = [
  {
    key: 'soa',
    title: 'Statement of Applicability (§6.1.3)',
    permission: 'soa:read',
    async write(out, state) {
      const report = await loadSoaReport(state.ctx, { approved: true });
      state.soa = report;
      await out.addBytes(
        'reports/soa.pdf',
        await soaPdf(report, await soaReferenceTitles(state.ctx, report.entries)),
      );
      await out.addBytes('reports/soa.xlsx', await soaXlsx(report));
      await out.addBytes('reports/soa.csv', soaCsv(report));
    },
  },
  {
    key: 'risks',
    title: 'AI risk register (§6.1.2, §8.2)',
    permission: 'risk:read',
    async write(out, state) {
      const register = await loadRiskRegister(state.ctx);
      await out.addBytes('reports/risks.pdf', await risksPdf(state.ctx, register));
      await out.addBytes('reports/risks.xlsx', await risksXlsx(state.ctx, register));
    },
  },
  {
    key: 'impact-assessments',
    title: 'AI system impact assessments, approved (§6.1.4, §8.4)',
    permission: 'impact:read',
    async write(out, state) {
      for await (const ia of listed(state, listImpactAssessments, 'approved')) {
        const report = await loadImpactReport(state.ctx, ia.id);
        await out.addBytes(
          `reports/impact-assessments/${impactExportFilename(report, 'pdf')}`,
          await impactPdf(report),
        );
      }
    },
  },
  {
    key: 'audits',
    title: 'Internal audits completed in the period: reports and OSCAL assessment layer (§9.2)',
    permission: 'audit:read',
    async write(out, state) {
      for await (const audit of listed(state, listAudits, 'completed', (a) => a.completedAt)) {
        for (const name of [
          'audit-report.pdf',
          'oscal-assessment-plan.json',
          'oscal-assessment-results.json',
        ]) {
          const file = await renderAuditExport(state.ctx, name, { auditId: audit.id });
          if (file) await out.addBytes(`audits/${audit.id}/${name}`, file.body);
        }
      }
      const poam = await renderAuditExport(state.ctx, 'oscal-poam.json', {});
      if (poam) await out.addBytes('oscal/oscal-poam.json', poam.body);
    },
  },
  {
    key: 'management-reviews',
    title: 'Management reviews approved in the period: minutes (§9.3)',
    permission: 'management_review:read',
    async write(out, state) {
      for await (const review of listed(state, listManagementReviews, 'approved', (r) => r.approvedAt)) {
        await out.addBytes(
          `reports/management-reviews/management-review-${review.id}.pdf`,
          await reviewMinutesPdf(await loadReviewMinutes(state.ctx, review.id)),
        );
      }
    },
  },
  {
    key: 'oscal',
    title: 'OSCAL catalog, profile and system security plan',
    permission: 'soa:read',
    async write(out, state) {
      const report = state.soa ?? (await loadSoaReport(state.ctx, { approved: true }));
      await out.addBytes('oscal/oscal-catalog.json', json(oscalCatalog(report)));
      await out.addBytes('oscal/oscal-profile.json', json(oscalProfile(report)));
      await out.addBytes('oscal/oscal-ssp.json', json(oscalSsp(report)));
    },
  },
  {
    key: 'inventory',
    title: 'AI inventory as a CycloneDX ML-BOM (A.4, A.6)',
    permission: 'inventory:export',
    async write(out, state) {
      await out.addBytes('inventory/cyclonedx.json', json(await exportCycloneDx(state.ctx)));
    },
  },
  evidenceSection,
  ledgerSection,
];

/**
 * Every record of a module's list in one status, read 100 a page with the module's own list service (so its read
 * rules apply); with `dated`, only those whose date falls in the pack's period.
 */
async function* listed<T, S extends string>(
  state: PackState,
  list: (ctx: OrgContext, query: { limit: number; cursor?: string; status: S }) => Promise<Page<T>>,
  status: S,
  dated?: (record: T) => string | null,
): AsyncGenerator<T> {
  for await (const r of itemsOf((cursor) => list(state.ctx, { limit: 100, cursor, status }))) {
    if (!dated || inPeriod(dated(r), state.period)) yield r;
  }
}

/** Whether a record dated `at` (ISO date-time) falls in the pack's period. */
function inPeriod(at: string | null, period: PackPeriod): boolean {
  if (!at) return false;
  const day = at.slice(0, 10);
  return day <= period.to && (period.from === null || day >= period.from);
}
