import {
  AuditSchema,
  ChecklistItemSchema,
  CorrectiveActionSchema,
  FindingSchema,
  NonconformitySchema,
} from '@openaims/core';
import { addMember } from '@openaims/services/testing/factories';
import { pdfText } from '@openaims/services/testing/pdf-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOf, createdOf } from '../testing/answers.ts';
import { verifyAndCloseNc } from '../testing/nonconformity-steps.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let base: string;
beforeAll(async () => {
  base = `/api/v1/orgs/${f.a.org.id}`;
});

const readiness92 = async (orgBase: string, token: string) =>
  (
    (await answerOf(t, 'GET', `${orgBase}/readiness`, token)) as {
      items: { key: string; status: string }[];
    }
  ).items.find((i) => i.key === 'audit_programme_results')!.status;

describe('audit routes (§9.2)', () => {
  it('refuses an auditor of their own AI system with 422 naming the conflict (§9.2.2)', async () => {
    const owner = await addMember(t.database.db, f.a.org.id, 'auditor');
    const sys = await answerOf(t, 'POST', `${base}/ai-systems`, f.tokens.manager, {
      name: 'Credit scoring',
      purpose: 'Scores loan applications',
      ownerId: owner.userId,
    });
    const res = await t.call('POST', `${base}/audits`, {
      token: f.tokens.manager,
      json: {
        title: 'Credit audit',
        leadId: owner.userId,
        scope: { clauses: ['8.4'], aiSystemIds: [sys.id] },
      },
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors[0].path).toBe('leadId');
    expect(body.errors[0].message).toMatch(/owns the AI system Credit scoring/);
    // The same person joining the team later is refused too.
    const lead = await addMember(t.database.db, f.a.org.id, 'auditor');
    const ok = AuditSchema.parse(
      await answerOf(t, 'POST', `${base}/audits`, f.tokens.manager, {
        title: 'Credit audit',
        leadId: lead.userId,
        scope: { clauses: ['8.4'], aiSystemIds: [sys.id] },
      }),
    );
    const patch = await t.call('PATCH', `${base}/audits/${ok.id}`, {
      token: f.tokens.manager,
      json: { teamIds: [owner.userId] },
    });
    expect(patch.status).toBe(422);
    expect((await patch.json()).errors[0].path).toBe('teamIds.0');
    // Another organization's AI system in scope is not found here; nothing stored.
    const other = await answerOf(t, 'POST', `/api/v1/orgs/${f.b.org.id}/ai-systems`, f.ownerB, {
      name: 'B system',
      purpose: 'B',
    });
    const foreign = await t.call('POST', `${base}/audits`, {
      token: f.tokens.manager,
      json: { title: 'Foreign', scope: { aiSystemIds: [other.id] } },
    });
    expect(foreign.status).toBe(422);
  });

  it('audit → major finding → nonconformity → corrective action → effectiveness verified → closed', async () => {
    expect(await readiness92(`/api/v1/orgs/${f.b.org.id}`, f.ownerB)).toBe('missing');
    const lead = await addMember(t.database.db, f.a.org.id, 'auditor');
    // Three AI systems; one is owned by the lead, so the sample never takes it.
    const ids: string[] = [];
    for (const [i, ownerId] of [null, null, lead.userId].entries()) {
      const s = await answerOf(t, 'POST', `${base}/ai-systems`, f.tokens.manager, {
        name: `System ${i}`,
        purpose: 'p',
        ownerId,
      });
      ids.push(s.id);
    }
    const programme = await answerOf(t, 'POST', `${base}/audit-programmes`, f.tokens.manager, {
      title: 'Certification cycle',
      startYear: 2027,
    });
    expect(programme.years.map((y: { year: number }) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    const created = await t.call('POST', `${base}/audits`, {
      token: f.tokens.manager,
      json: {
        programmeId: programme.id,
        year: 2027,
        stage: 'stage1',
        title: 'Internal audit 2027',
        scope: { clauses: ['9.2'], controls: ['A.6.2.6'] },
        leadId: lead.userId,
        plannedStart: '2027-02-01',
        plannedEnd: '2027-02-03',
        sampleSize: 5,
      },
    });
    expect(created.status).toBe(201);
    const audit = AuditSchema.parse(await created.json());
    expect(await readiness92(base, f.tokens.viewer)).toBe('draft');
    // Reproducible sample: the same seed draws the same systems; the lead's own system is left out.
    const drawn = await answerOf(t, 'POST', `${base}/audits/${audit.id}/checklist`, f.tokens.auditor, {
      seed: 42,
    });
    expect(drawn.audit.sampleSeed).toBe(42);
    expect(drawn.audit.sample).not.toContain(ids[2]);
    expect(drawn.audit.sample.length).toBeGreaterThanOrEqual(2);
    const again = await answerOf(t, 'POST', `${base}/audits/${audit.id}/checklist`, f.tokens.auditor, {
      seed: 42,
    });
    expect(again.audit.sample).toEqual(drawn.audit.sample);
    const started = await t.call('POST', `${base}/audits/${audit.id}/start`, { token: f.tokens.auditor });
    expect(started.status).toBe(200);
    expect(AuditSchema.parse(await started.json()).status).toBe('in_progress');
    const items = (
      await answerOf(t, 'GET', `${base}/audits/${audit.id}/checklist`, f.tokens.viewer)
    ).items.map((i: unknown) => ChecklistItemSchema.parse(i));
    expect(items.map((i: { ref: string }) => i.ref)).toEqual(
      expect.arrayContaining(['9.2.1', '9.2.2', 'A.6.2.6', ...drawn.audit.sample]),
    );
    // Completing with unanswered items is refused.
    const early = await t.call('POST', `${base}/audits/${audit.id}/complete`, { token: f.tokens.auditor });
    expect(early.status).toBe(422);
    expect((await early.json()).detail ?? '').toMatch(/no result/);
    for (const item of items) {
      const res = await t.call('PATCH', `${base}/audit-checklist-items/${item.id}`, {
        token: f.tokens.auditor,
        headers: { 'If-Match': `"${item.version}"` },
        json: { result: item.ref === '9.2.2' ? 'nonconforming' : 'conforming', notes: 'checked' },
      });
      expect(res.status).toBe(200);
    }
    const item922 = items.find((i: { ref: string }) => i.ref === '9.2.2')!;
    const finding = await createdOf(t, FindingSchema, `${base}/findings`, f.tokens.auditor, {
      auditId: audit.id,
      checklistItemId: item922.id,
      kind: 'major_nc',
      title: 'No audit programme approved',
      description: 'The programme has not been approved by management.',
      requirementRefs: ['9.2.2'],
    });
    const raiseNc = (token: string) =>
      t.call('POST', `${base}/findings/${finding.id}/nonconformity`, { token });
    // An auditor records findings but raising a nonconformity is an editor's step.
    expect((await raiseNc(f.tokens.auditor)).status).toBe(403);
    const raised = await raiseNc(f.tokens.contributor);
    expect(raised.status).toBe(201);
    const nc = NonconformitySchema.parse(await raised.json());
    expect(nc).toMatchObject({
      source: 'audit',
      sourceRef: finding.id,
      severity: 'major',
      requirementRefs: ['9.2.2'],
    });
    expect(raised.headers.get('location')).toBe(`${base}/nonconformities/${nc.id}`);
    const after = FindingSchema.parse(
      await answerOf(t, 'GET', `${base}/findings/${finding.id}`, f.tokens.viewer),
    );
    expect(after).toMatchObject({ status: 'nc_raised', nonconformityId: nc.id });
    expect((await raiseNc(f.tokens.contributor)).status).toBe(422);
    const done = await t.call('POST', `${base}/audits/${audit.id}/complete`, {
      token: f.tokens.auditor,
      json: { conclusion: 'One major nonconformity.' },
    });
    expect(done.status).toBe(200);
    expect(AuditSchema.parse(await done.json())).toMatchObject({ status: 'completed' });
    expect(await readiness92(base, f.tokens.viewer)).toBe('approved');
    // A completed audit takes no more answers.
    expect(
      (
        await t.call('PATCH', `${base}/audit-checklist-items/${item922.id}`, {
          token: f.tokens.auditor,
          json: { notes: 'late' },
        })
      ).status,
    ).toBe(422);

    // §10.2: correction, root cause, action, done, effectiveness verified, closed; closing earlier is refused.
    await t.call('PATCH', `${base}/nonconformities/${nc.id}`, {
      token: f.tokens.contributor,
      json: { correction: 'Programme submitted for approval', rootCause: 'No owner for the programme' },
    });
    const ca = CorrectiveActionSchema.parse(
      await answerOf(t, 'POST', `${base}/corrective-actions`, f.tokens.contributor, {
        nonconformityId: nc.id,
        description: 'Name an owner and approve the programme yearly',
      }),
    );
    expect(
      (await t.call('POST', `${base}/nonconformities/${nc.id}/close`, { token: f.tokens.manager })).status,
    ).toBe(422);
    await t.call('PATCH', `${base}/corrective-actions/${ca.id}`, {
      token: f.tokens.contributor,
      json: { status: 'done' },
    });
    const notYet = await t.call('POST', `${base}/nonconformities/${nc.id}/close`, {
      token: f.tokens.manager,
    });
    expect(notYet.status).toBe(422);
    expect(JSON.stringify(await notYet.json())).toMatch(/effective/);
    await verifyAndCloseNc(
      t,
      base,
      f.tokens.manager,
      { nc: nc.id, ca: ca.id },
      'Programme approved and followed',
    );
  });

  it('keeps another organization’s findings and audits out of reach', async () => {
    const other = await answerOf(t, 'POST', `/api/v1/orgs/${f.b.org.id}/audits`, f.ownerB, {
      title: 'B audit',
      scope: { clauses: ['9.1'] },
    });
    expect((await t.call('GET', `${base}/audits/${other.id}`, { token: f.tokens.viewer })).status).toBe(404);
    const res = await t.call('POST', `${base}/findings`, {
      token: f.tokens.auditor,
      json: { auditId: other.id, kind: 'observation', title: 'x' },
    });
    expect(res.status).toBe(422);
    expect(
      (await t.call('POST', `${base}/audits`, { token: f.tokens.contributor, json: { title: 'x' } })).status,
    ).toBe(403);
  });

  it('refuses a finding that names a checklist item of another audit', async () => {
    const make = (title: string) =>
      answerOf(t, 'POST', `${base}/audits`, f.tokens.manager, { title, scope: { clauses: ['9.1'] } });
    const first = await make('First audit');
    const second = await make('Second audit');
    const drawn = await answerOf(t, 'POST', `${base}/audits/${second.id}/checklist`, f.tokens.manager, {});
    const res = await t.call('POST', `${base}/findings`, {
      token: f.tokens.auditor,
      json: { auditId: first.id, checklistItemId: drawn.items[0].id, kind: 'observation', title: 'Crossed' },
    });
    expect(res.status).toBe(422);
  });

  it('downloads the audit report and OSCAL results, and previews an OSCAL results import', async () => {
    const audit = AuditSchema.parse(
      await answerOf(t, 'POST', `${base}/audits`, f.tokens.manager, {
        title: 'Export audit',
        scope: { clauses: ['9.1'] },
      }),
    );
    const pdf = await t.call('GET', `${base}/exports/audit-report.pdf?auditId=${audit.id}`, {
      token: f.tokens.auditor,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(
      `filename="org-a_internal-audit-report-export-audit_${new Date().toISOString().slice(0, 10)}.pdf"`,
    );
    const report = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(report).toContain('Internal audit report');
    expect(report).toContain('Export audit');
    expect(report).toContain('Org A · Internal audit report · Export audit');
    expect(report).toContain('Page 1 of 2');
    expect((await t.call('GET', `${base}/exports/audit-report.pdf`, { token: f.tokens.viewer })).status).toBe(
      400,
    );
    const ar = await t.call('GET', `${base}/exports/oscal-assessment-results.json?auditId=${audit.id}`, {
      token: f.tokens.viewer,
    });
    expect(ar.status).toBe(200);
    const body = await ar.text();
    expect(JSON.parse(body)['assessment-results'].results).toHaveLength(1);
    const dry = await t.call(
      'POST',
      `${base}/imports/oscal-assessment-results?dryRun=true&auditId=${audit.id}`,
      {
        token: f.tokens.manager,
        json: JSON.parse(body),
      },
    );
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, auditId: audit.id });
    expect(
      (
        await t.call('POST', `${base}/imports/oscal-assessment-results`, {
          token: f.tokens.auditor,
          json: JSON.parse(body),
        })
      ).status,
    ).toBe(403);
  });
});
