import { createHash } from 'node:crypto';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeAudit,
  createAudit,
  generateChecklist,
  startAudit,
  updateChecklistItem,
} from '../audits/audit.service.ts';
import { createFinding } from '../audits/finding.service.ts';
import { archiveContextItem, createContextItem, updateContextItem } from '../context/context.service.ts';
import { createIncident } from '../improvement/incident.service.ts';
import { createNonconformity, updateNonconformity } from '../improvement/nonconformity.service.ts';
import { verifyLedger } from '../ledger/ledger.service.ts';
import { recordMeasurements } from '../monitoring/measurement.service.ts';
import { createMetric } from '../monitoring/metric.service.ts';
import { addMeasurement, createObjective } from '../objectives/objective.service.ts';
import { getReadiness } from '../readiness/readiness.service.ts';
import { acceptRisk, createRisk, updateRisk } from '../risks/risk.service.ts';
import { getTask, listTasks, updateTask } from '../tasks/task.service.ts';
import { buildContext } from '../testing/factories.ts';
import {
  addReviewDecisions,
  approveManagementReview,
  createManagementReview,
  diffManagementReview,
  freezeManagementReview,
  getFrozenInputsText,
  getManagementReview,
  getReviewInputs,
  listManagementReviews,
  managementReviewSummary,
  updateManagementReview,
} from './management-review.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const item = (key: string) => (r: { items: { key: string; status: string }[] }) =>
  r.items.find((i) => i.key === key)?.status;

describe('management reviews (§9.3)', () => {
  it('gathers the §9.3.2 inputs, freezes them byte-identical, turns actions into tasks and is approved', async () => {
    const lead = await buildContext(database.db, { role: 'manager' });
    const ownerId = lead.actor.userId!;
    expect(item('management_review_results')(await getReadiness(lead))).toBe('missing');

    // Records the review counts.
    await createContextItem(lead, { kind: 'external_issue', title: 'EU AI Act obligations apply' });
    const party = await createContextItem(lead, { kind: 'interested_party', title: 'Customers' });
    await createContextItem(lead, {
      kind: 'internal_issue',
      title: 'New MLOps platform',
      effect: 'opportunity',
    });
    const major = await createNonconformity(lead, {
      title: 'No bias test before release',
      source: 'audit',
      severity: 'major',
      detectedOn: '2026-11-02',
    });
    await createNonconformity(lead, {
      title: 'Training record missing',
      source: 'other',
      severity: 'minor',
      detectedOn: '2026-11-03',
    });
    await createIncident(lead, {
      title: 'Chatbot gave wrong refund advice',
      occurredAt: '2026-11-01',
      awareOn: '2026-11-01',
      severity: 'low',
    });
    const obj = await createObjective(lead, {
      title: 'Keep the fraud model fair',
      status: 'active',
      ownerId,
      kpis: [{ name: 'Fairness gap', unit: 'pp', direction: 'decrease', target: 2 }],
    });
    await addMeasurement(lead, obj.id, { kpiId: obj.kpis[0]!.id, value: 3.5, measuredAt: '2026-11-20' });
    const risk = await createRisk(lead, { title: 'Drift in credit model', likelihood: 2, consequence: 2 });
    const metric = await createMetric(lead, {
      name: 'Credit model accuracy',
      unit: '%',
      direction: 'higher_is_better',
      breachThreshold: 90,
    });
    const breach = await recordMeasurements(lead, metric.id, {
      items: [{ id: 'm1', at: '2026-11-20T10:00:00.000Z', value: 85 }],
    });
    expect(breach.alerts).toHaveLength(1);
    const audit = await createAudit(lead, { title: 'Internal audit 2026', scope: { clauses: ['9.2'] } });
    const checklist = await generateChecklist(lead, audit.id, { seed: 1 });
    await startAudit(lead, audit.id);
    await createFinding(lead, { auditId: audit.id, kind: 'major_nc', title: 'No AI policy review' });
    await createFinding(lead, { auditId: audit.id, kind: 'opportunity', title: 'Automate evidence capture' });
    for (const c of checklist.items) await updateChecklistItem(lead, c.id, { result: 'conforming' });
    await completeAudit(lead, audit.id, { conclusion: 'Effective with one major finding' });

    const review = await createManagementReview(lead, {
      title: 'Management review 2026',
      plannedDate: '2026-12-02',
      chairId: ownerId,
      attendeeIds: [ownerId],
    });
    expect(review).toMatchObject({
      status: 'planned',
      inputsSha256: null,
      id: expect.stringMatching(/^mrv_/),
    });

    const preview = await getReviewInputs(lead, review.id);
    expect(preview.frozen).toBe(false);
    expect(preview.inputs.previousReviewId).toBeNull();

    await expect(approveManagementReview(lead, review.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });

    const frozen = await freezeManagementReview(lead, review.id);
    const i = frozen.inputs;
    expect(i.period.from).toBeNull();
    expect(i.contextChanges.byKind).toMatchObject({
      external_issue: { added: 1, current: 1 },
      interested_party: { added: 1, current: 1 },
      internal_issue: { added: 1, current: 1 },
    });
    expect(i.nonconformities).toMatchObject({
      open: 2,
      openBySeverity: { major: 1, minor: 1 },
      openedInPeriod: 2,
      closedInPeriod: 0,
      incidents: { openedInPeriod: 1, open: 1 },
    });
    expect(i.monitoring.kpis).toEqual([
      expect.objectContaining({
        objectiveId: obj.id,
        value: 3.5,
        status: 'off_track',
        measuredAt: '2026-11-20',
      }),
    ]);
    expect(i.monitoring).toMatchObject({
      sources: ['objective_kpis', 'metrics'],
      measurementsInPeriod: 1,
      kpiStatus: { off_track: 1 },
      alerts: { raisedInPeriod: 1, open: 1 },
    });
    expect(i.objectives.byStatus).toMatchObject({ active: 1 });
    expect(i.objectives.items[0]).toMatchObject({ id: obj.id, kpisOnTrack: 0, kpisTotal: 1 });
    expect(i.risks.newInPeriod).toEqual([expect.objectContaining({ id: risk.id })]);
    expect(i.audits).toMatchObject({
      available: true,
      completedInPeriod: [expect.objectContaining({ id: audit.id })],
      findingsByKind: { major_nc: 1, minor_nc: 0, observation: 0, opportunity: 1 },
      openFindings: 2,
    });
    expect(i.opportunities.items.map((o) => o.title).sort()).toEqual([
      'Automate evidence capture',
      'New MLOps platform',
    ]);
    expect(i.previousActions.total).toBe(0);

    // The stored text is exactly the canonical JSON that was hashed.
    const text = await getFrozenInputsText(lead, review.id);
    expect(createHash('sha256').update(text!).digest('hex')).toBe(frozen.sha256);
    expect((await getManagementReview(lead, review.id)).inputsSha256).toBe(frozen.sha256);

    // Later edits to the counted records leave the frozen inputs byte-identical.
    await updateNonconformity(lead, major.id, { title: 'Renamed', severity: 'minor' });
    await updateContextItem(lead, party.id, { title: 'Customers and end users' });
    await archiveContextItem(lead, party.id);
    await createRisk(lead, { title: 'Another risk', likelihood: 1, consequence: 1 });
    await addMeasurement(lead, obj.id, { kpiId: obj.kpis[0]!.id, value: 1, measuredAt: '2026-11-30' });
    expect(await getFrozenInputsText(lead, review.id)).toBe(text);
    const again = await getReviewInputs(lead, review.id);
    expect(again).toMatchObject({ frozen: true, sha256: frozen.sha256 });
    expect(again.inputs).toEqual(frozen.inputs);
    await expect(freezeManagementReview(lead, review.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await expect(updateManagementReview(lead, review.id, { title: 'x' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await updateManagementReview(lead, review.id, { notes: 'Discussed the fairness KPI.' });

    // §9.3.3: decisions; those with an owner or due date become review tasks whose source is the review.
    const decided = await addReviewDecisions(lead, review.id, {
      items: [
        { text: 'Retrain the fraud model with balanced data', ownerId, dueDate: '2027-01-31' },
        { text: 'The AI policy stays unchanged' },
      ],
    });
    expect(decided.decisions).toHaveLength(2);
    expect(decided.decisions[1]!.taskId).toBeNull();
    const task = await getTask(lead, decided.decisions[0]!.taskId!);
    expect(task).toMatchObject({
      kind: 'review',
      ownerId,
      dueDate: '2027-01-31',
      source: { entityType: 'management_review', entityId: review.id },
      sourceTitle: 'Management review 2026',
    });

    const viewer = await buildContext(database.db, { role: 'contributor', orgId: lead.orgId });
    await expect(approveManagementReview(viewer, review.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await approveManagementReview(lead, review.id);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: ownerId });
    await expect(addReviewDecisions(lead, review.id, { items: [{ text: 'late' }] })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect(item('management_review_results')(await getReadiness(lead))).toBe('approved');
    expect(await managementReviewSummary(lead.db, lead.orgId)).toMatchObject({
      approved: 1,
      lastApprovedOn: '2026-12-02',
      nextDueOn: '2027-12-02',
    });

    // The next review sees the previous review's action and what changed since.
    await updateTask(lead, task.id, { status: 'in_progress' });
    await updateRisk(lead, risk.id, { likelihood: 5, consequence: 5 });
    await acceptRisk(lead, risk.id).catch(() => undefined);
    const next = await createManagementReview(lead, { title: 'Review 2027', plannedDate: '2027-06-01' });
    const second = await freezeManagementReview(lead, next.id);
    expect(second.inputs.previousReviewId).toBe(review.id);
    expect(second.inputs.period.from).toBe(approved.frozenAt);
    expect(second.inputs.previousActions).toMatchObject({
      total: 1,
      byStatus: { in_progress: 1 },
      items: [expect.objectContaining({ id: task.id, reviewId: review.id })],
    });
    expect(second.inputs.contextChanges.byKind.interested_party).toMatchObject({ archived: 1, current: 0 });
    expect(second.inputs.nonconformities.openedInPeriod).toBe(0);
    expect(second.inputs.monitoring.alerts).toEqual({ raisedInPeriod: 0, open: 1 });
    expect(second.inputs.risks.newInPeriod.map((r) => r.title)).toEqual(['Another risk']);
    expect(second.inputs.risks.levelChanged).toEqual([
      expect.objectContaining({ id: risk.id, from: risk.inherentLevel }),
    ]);
    const diff = await diffManagementReview(lead, next.id);
    expect(diff).toMatchObject({ previousReviewId: review.id, frozen: true });
    expect(diff.entries).toContainEqual({
      path: 'nonconformities.openedInPeriod',
      previous: 2,
      current: 0,
      change: -2,
    });
    expect((await listTasks(lead, { limit: 50, sourceId: review.id })).items).toHaveLength(1);
    expect((await listManagementReviews(lead, { limit: 50 })).items.map((r) => r.id)).toEqual([
      next.id,
      review.id,
    ]);
    expect((await verifyLedger(lead.db, lead.orgId)).ok).toBe(true);
    // Underneath the service, the database itself keeps frozen inputs as they were.
    await expect(
      lead.db.execute(sql`update management_reviews set frozen_inputs = '{}' where id = ${review.id}`),
    ).rejects.toThrow();
    expect(await getFrozenInputsText(lead, review.id)).toBe(text);
  });

  it("hides another organization's reviews and refuses strangers as attendees", async () => {
    const a = await buildContext(database.db, { role: 'owner' });
    const b = await buildContext(database.db, { role: 'owner' });
    const r = await createManagementReview(a, { title: 'A review', plannedDate: '2026-12-01' });
    await expect(getManagementReview(b, r.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(freezeManagementReview(b, r.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createManagementReview(a, { title: 'x', plannedDate: '2026-12-01', attendeeIds: [b.actor.userId!] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'attendeeIds.0' }] });
    await expect(
      addReviewDecisions(a, r.id, { items: [{ text: 'y', ownerId: b.actor.userId! }] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
  });
});
