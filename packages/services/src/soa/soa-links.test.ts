import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkEvidence } from '../evidence/evidence.service.ts';
import { renderExport } from '../exchange/export.service.ts';
import { soaPdf } from '../exchange/soa-pdf.export.ts';
import {
  CELL_MAX_CHARS,
  idCell,
  loadSoaReport,
  SOA_CELL_PREVIEW,
  SOA_PDF_PREVIEW,
  soaReferenceTitles,
  soaRows,
} from '../exchange/soa-report.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';
import { pdfText } from '../testing/pdf-text.ts';
import { listSoaEntries, listSoaEntrySummaries, listSoaLinks } from './soa-entry.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('SoA list with link counts and paged links (issue 17)', () => {
  it('carries counts and the first 5 ids; the links endpoint pages every one; exports keep them all', async () => {
    const ctx = await buildContext(database.db);
    const risks: string[] = [];
    for (let i = 0; i < 7; i++)
      risks.push(
        (await createRisk(ctx, { title: `R${i}`, likelihood: 1, consequence: 1, controlRefs: ['A.6.2.4'] }))
          .id,
      );
    const ev = await createLinkEvidence(ctx, {
      url: 'https://example.test/p',
      title: 'P',
      evidenceDate: '2026-01-01',
      links: [{ targetType: 'control', targetId: 'A.6.2.4' }],
    });
    const sorted = [...risks].sort();

    const summary = (await listSoaEntrySummaries(ctx, { limit: 500 })).items.find(
      (e) => e.controlRef === 'A.6.2.4',
    );
    expect(summary).toMatchObject({ riskCount: 7, evidenceCount: 1, documentCount: 0, evidenceIds: [ev.id] });
    expect(summary?.riskIds).toEqual(sorted.slice(0, 5));
    const full = (await listSoaEntries(ctx, { limit: 500 })).items.find((e) => e.controlRef === 'A.6.2.4');
    expect(full).toMatchObject({ riskIds: sorted, riskCount: 7, evidenceCount: 1 });
    // Everything but the links is the same in both forms.
    const strip = ({ riskIds: _r, evidenceIds: _e, documentIds: _d, ...rest }: typeof full & object) => rest;
    expect(strip(summary!)).toEqual(strip(full!));

    const seen: { type: string; id: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSoaLinks(ctx, 'A.6.2.4', { limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([{ type: 'evidence', id: ev.id }, ...sorted.map((id) => ({ type: 'risk', id }))]);
    expect((await listSoaLinks(ctx, 'A.6.2.4', { type: 'risk', limit: 100 })).items).toHaveLength(7);
    expect((await listSoaLinks(ctx, 'A.2.2', { limit: 100 })).items).toEqual([]);
    for (const cursor of [
      'bad',
      ...[['risk'], ['risk', 7], ['risk', 'risk_\u0000'], { k: 'x' }].map((c) =>
        Buffer.from(JSON.stringify(c)).toString('base64url'),
      ),
    ])
      await expect(listSoaLinks(ctx, 'A.6.2.4', { limit: 3, cursor })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    await expect(listSoaLinks(ctx, 'A.1.1', { limit: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Another organization sees none of them (tenant isolation).
    const other = await buildContext(database.db);
    expect((await listSoaLinks(other, 'A.6.2.4', { limit: 100 })).items).toEqual([]);

    // The stored counts are cleared by the change and recomputed (issue 17).
    risks.push(
      (await createRisk(ctx, { title: 'R7', likelihood: 1, consequence: 1, controlRefs: ['A.6.2.4'] })).id,
    );
    sorted.splice(0, sorted.length, ...[...risks].sort());
    const again = (await listSoaEntrySummaries(ctx, { limit: 500 })).items.find(
      (e) => e.controlRef === 'A.6.2.4',
    );
    expect(again).toMatchObject({ riskCount: 8, riskIds: sorted.slice(0, 5) });

    const report = await loadSoaReport(ctx);
    expect(report.entries.find((e) => e.controlRef === 'A.6.2.4')?.riskIds).toEqual(sorted);
    const csv = String((await renderExport(ctx, 'soa.csv')).body);
    for (const id of risks) expect(csv).toContain(id);
    // The printed SoA names linked records by their titles, looked up for the PDF alone.
    const printed = pdfText((await renderExport(ctx, 'soa.pdf')).body as Buffer);
    for (const title of ['R0', 'R7', 'P'])
      expect(printed.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^\\W? ?${title}$`)));
    for (const id of [...risks, ev.id]) expect(printed).not.toContain(id);
  });

  it('pages links read in either direction, once each, in type then byte order, whatever the page size', async () => {
    const ctx = await buildContext(database.db);
    // Ids that sort differently in byte order and in a language collation, linked from and to the control, some
    // both ways (one record, one row of the answer), plus links of another control and of a kind the SoA omits.
    const ids = ['risk_B', 'risk_a', 'risk_Z', 'risk_b', 'risk_0'];
    await database.db.execute(sql`
      insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
      select 'lnk_dir_' || n, ${ctx.orgId}, f_type, f_id, t_type, t_id, 'related', now()
      from (values
        (1, 'risk', 'risk_B', 'control', 'A.7.2'), (2, 'control', 'A.7.2', 'risk', 'risk_a'),
        (3, 'control', 'A.7.2', 'risk', 'risk_Z'), (4, 'risk', 'risk_Z', 'control', 'A.7.2'),
        (5, 'risk', 'risk_b', 'control', 'A.7.2'), (6, 'control', 'A.7.2', 'risk', 'risk_0'),
        (7, 'evidence', 'evidence_y', 'control', 'A.7.2'), (8, 'control', 'A.7.2', 'document', 'document_x'),
        (9, 'risk', 'risk_other', 'control', 'A.7.3'), (10, 'control', 'A.7.2', 'ai_system', 'ai_x')
      ) v(n, f_type, f_id, t_type, t_id)`);
    const expected = [
      { type: 'document', id: 'document_x' },
      { type: 'evidence', id: 'evidence_y' },
      ...[...ids].sort().map((id) => ({ type: 'risk', id })),
    ];
    const walk = async (limit: number, type?: 'risk') => {
      const seen: { type: string; id: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await listSoaLinks(ctx, 'A.7.2', { limit, cursor, type });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    for (const limit of [1, 2, 3, 5, 100]) {
      expect(await walk(limit)).toEqual(expected);
      expect(await walk(limit, 'risk')).toEqual(expected.filter((l) => l.type === 'risk'));
    }
    // A cursor of a kind that sorts between two kinds goes on with the next one.
    const between = Buffer.from(JSON.stringify(['e', 'zzz'])).toString('base64url');
    expect((await listSoaLinks(ctx, 'A.7.2', { limit: 100, cursor: between })).items).toEqual(
      expected.slice(1),
    );
  });

  it('reports a control linked to more records than one statement may name', async () => {
    const ctx = await buildContext(database.db);
    const first = await createRisk(ctx, {
      title: 'Risk 0',
      likelihood: 1,
      consequence: 1,
      controlRefs: ['A.5.4'],
    });
    // 70,000 more links to the same control, from risks that are not there (ids as long as real ones).
    await database.db.execute(sql`
      insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
      select 'lnk_many_' || g, ${ctx.orgId}, 'risk', 'risk_many_' || lpad(g::text, 21, '0'), 'control', 'A.5.4', 'related', now()
      from generate_series(1, 70000) g`);
    const report = await loadSoaReport(ctx);
    expect(report.entries.find((e) => e.controlRef === 'A.5.4')?.riskIds).toHaveLength(70_001);
    // The printed SoA names its first SOA_PDF_PREVIEW links; only their titles are looked up.
    expect([...(await soaReferenceTitles(ctx, report.entries))]).toEqual([[first.id, 'Risk 0']]);
    // The workbook's cell names as many as Excel keeps and counts the rest.
    const cell = soaRows(report).find((r) => r[0] === 'A.5.4')![7]!;
    expect(cell.length).toBeLessThanOrEqual(CELL_MAX_CHARS);
    const [shown, more] = cell.split(' … and ');
    expect(more).toMatch(/^\d+ more$/);
    expect(shown!.split(' ').length + Number.parseInt(more!, 10)).toBe(70_001);
    // A workbook's report reads only what a cell can show, and its rows are the same as the full report's.
    const cells = await loadSoaReport(ctx, { preview: SOA_CELL_PREVIEW });
    const a54 = cells.entries.find((e) => e.controlRef === 'A.5.4')!;
    expect(a54.riskIds).toHaveLength(SOA_CELL_PREVIEW);
    expect(a54.riskCount).toBe(70_001);
    expect(soaRows(cells)).toEqual(soaRows(report));
    // The PDF counts what it does not name.
    const pdf = await loadSoaReport(ctx, { preview: SOA_PDF_PREVIEW });
    expect(pdf.entries.find((e) => e.controlRef === 'A.5.4')!.riskIds).toHaveLength(SOA_PDF_PREVIEW);
    expect(pdfText(await soaPdf(pdf, new Map()))).toContain(`and ${70_001 - SOA_PDF_PREVIEW} more`);
  });

  it('cells that fit are whole; one that does not names what fits and counts the rest', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `risk_${String(i).padStart(26, '0')}`);
    expect(idCell(ids)).toBe(ids.join(' '));
    expect(idCell([], 0)).toBe('');
    // Fewer ids than links: the rest are counted even though the ids given fit.
    expect(idCell(ids.slice(0, 2), 40)).toBe(`${ids[0]} ${ids[1]} … and 38 more`);
    const cut = idCell(ids, 40, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toBe(`${ids.slice(0, 5).join(' ')} … and 35 more`);
  });
});
