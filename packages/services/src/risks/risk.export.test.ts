import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { createTask } from '../tasks/task.service.ts';
import { buildContext } from '../testing/factories.ts';
import { pdfText } from '../testing/pdf-text.ts';
import { loadRiskRegister, risksPdf, risksXlsx } from './risk.export.ts';
import { createRisk } from './risk.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('risk register PDF (§6.1.2)', () => {
  it('names the AI system a risk belongs to, and says AIMS-wide only for a risk of no system', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const sys = await createAiSystem(ctx, { name: 'Loan scorer', purpose: 'Credit scoring' });
    await createRisk(ctx, { title: 'Biased refusals', likelihood: 3, consequence: 4, aiSystemId: sys.id });
    await createRisk(ctx, { title: 'No AI policy owner', likelihood: 1, consequence: 1 });
    const text = pdfText(await risksPdf(ctx));
    expect(text).toContain('Loan scorer');
    expect(text).not.toContain(sys.id);
    expect(text).toContain('AIMS-wide');
  });

  it('prints a title page and the register table with level and status labels, never stored values', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    await createRisk(ctx, {
      title: 'Drift unnoticed',
      likelihood: 3,
      consequence: 4,
      treatmentOption: 'mitigate',
      status: 'treating',
      reviewDate: '2027-02-01',
    });
    const text = pdfText(await risksPdf(ctx));
    expect(text).toContain('AI risk register');
    expect(text).toContain('Live register as of');
    expect(text).toContain('Page 1 of 2');
    for (const header of [
      'Risk',
      'AI system',
      'Owner',
      'Inherent',
      'Treatment',
      'Residual',
      'Review date',
      'Status',
    ])
      expect(text.split('\n')).toContain(header);
    expect(text).toContain('12 · High');
    expect(text).toContain('Mitigate');
    expect(text).toContain('Being treated');
    expect(text).toContain('2027-02-01');
    expect(text.split('\n')).not.toContain('treating');
    expect(text.split('\n')).not.toContain('mitigate');
  });

  it('writes the PDF highest score first then by title, the workbook as created, both with the treatment actions', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const low = await createRisk(ctx, { title: 'zeta low', likelihood: 1, consequence: 2 });
    const b = await createRisk(ctx, { title: 'Beta high', likelihood: 4, consequence: 4 });
    const a = await createRisk(ctx, { title: 'alpha high', likelihood: 4, consequence: 4 });
    await createTask(ctx, {
      title: 'Add a bias test to the release gate',
      kind: 'treatment',
      source: { entityType: 'risk', entityId: b.id },
      ownerId: ctx.actor.userId,
      dueDate: '2027-01-15',
    });
    const register = await loadRiskRegister(ctx);
    expect(register.count).toBe(3);
    expect(register.byScore.map((at) => register.risk(at).title)).toEqual([
      'alpha high',
      'Beta high',
      'zeta low',
    ]);
    expect(register.actionCount).toBe(1);

    const lines = pdfText(await risksPdf(ctx, register)).split('\n');
    const at = (t: string) => lines.indexOf(t);
    expect(at('alpha high')).toBeGreaterThan(-1);
    expect(at('alpha high')).toBeLessThan(at('Beta high'));
    expect(at('Beta high')).toBeLessThan(at('zeta low'));
    // The title page's count, worked out here from the criteria: levels by their lowest score, open above appetite.
    const { bands, appetite } = register.criteria;
    const levelOf = (score: number) =>
      [...bands].sort((x, y) => y.minScore - x.minScore).find((band) => score >= band.minScore)!.key;
    const levels = bands
      .map(
        (band) => `${[2, 16, 16].filter((x) => levelOf(x) === band.key).length} ${band.label.toLowerCase()}`,
      )
      .join(', ');
    const above = [2, 16, 16].filter((x) => x > appetite).length;
    expect(lines.join(' ')).toContain(`3 (inherent level: ${levels}); ${above} open above appetite`);
    expect(lines).toContain('Add a bias test to the release gate');
    expect(lines).toContain('2027-01-15');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await risksXlsx(ctx, register)) as never);
    const ids = wb.getWorksheet('Risk register')!.getColumn(1).values.slice(5);
    expect(ids).toEqual([low.id, b.id, a.id]);
    const actions = wb.getWorksheet('Treatment actions')!;
    expect(actions.rowCount).toBe(2);
    expect(actions.getRow(2).getCell(1).value).toBe(b.id);
    expect(actions.getRow(2).getCell(3).value).toBe('Add a bias test to the release gate');
  });
});
