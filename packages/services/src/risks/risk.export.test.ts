import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { buildContext } from '../testing/factories.ts';
import { pdfText } from '../testing/pdf-text.ts';
import { risksPdf } from './risk.export.ts';
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
});
