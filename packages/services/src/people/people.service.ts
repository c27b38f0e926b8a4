// Competence (§7.2) and AI literacy (EU AI Act Art. 4): requirements per role and training records as evidence.
// Validity dates are computed on the server from the competence's renewal interval.
import {
  AppError,
  assertCan,
  type Competence,
  type CompetenceCoverage,
  type CreateCompetenceInput,
  CreateCompetenceSchema,
  type CreateTrainingInput,
  CreateTrainingSchema,
  newId,
  type Training,
  todayUtc,
  trainingProblems,
  trainingValidUntil,
  type UpdateCompetenceInput,
  UpdateCompetenceSchema,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { archiveRecord } from '../common/archive.ts';
import { diff } from '../common/diff.ts';
import { assertMember } from '../common/members.ts';
import { readPage } from '../common/records.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { peopleRepository, toCompetence, toTraining } from './people.repository.ts';

const today = todayUtc;

/** Competence requirements (active by default). */
export const listCompetences = readPage(
  'competence:read',
  (db) => peopleRepository(db).listCompetences,
  toCompetence,
);

/** One competence requirement. */
export async function getCompetence(ctx: OrgContext, id: string): Promise<Competence> {
  assertCan(ctx.role, 'competence:read');
  const row = await peopleRepository(ctx.db).findCompetence(ctx.orgId, id);
  if (!row) throw notFound('Competence', id);
  return toCompetence(row);
}

/** Sets what a role must know (§7.2 a). */
export async function createCompetence(ctx: OrgContext, input: CreateCompetenceInput): Promise<Competence> {
  assertCan(ctx.role, 'competence:update');
  const data = CreateCompetenceSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const at = new Date();
    const c = toCompetence(
      await peopleRepository(tx).insertCompetence({
        id: newId('competence'),
        organizationId: ctx.orgId,
        ...data,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      }),
    );
    await record(ctx, tx, {
      action: 'competence.created',
      entityType: 'competence',
      entityId: c.id,
      data: c,
    });
    return c;
  });
}

/** Changes a competence requirement; records already made keep the validity they were given. */
export async function updateCompetence(
  ctx: OrgContext,
  id: string,
  input: UpdateCompetenceInput,
  expectedVersion?: number,
): Promise<Competence> {
  assertCan(ctx.role, 'competence:update');
  const data = UpdateCompetenceSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = peopleRepository(tx);
    const cur = await repo.findCompetence(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('Competence', id);
    if (cur.archivedAt)
      throw new AppError(
        'RULE_VIOLATION',
        'This competence is archived; archived records are kept as they were.',
      );
    assertVersion(expectedVersion, cur.version);
    const changes = diff(cur as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return toCompetence(cur);
    const row = await repo.updateCompetence(ctx.orgId, id, {
      ...data,
      updatedAt: new Date(),
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'competence.updated',
      entityType: 'competence',
      entityId: id,
      data: { version: row.version, changes },
    });
    return toCompetence(row);
  });
}

/** Archives a competence requirement; its training records stay. */
export async function archiveCompetence(ctx: OrgContext, id: string): Promise<void> {
  await archiveRecord(
    ctx,
    {
      permission: 'competence:update',
      label: 'Competence',
      entityType: 'competence',
      repo: (tx) => {
        const r = peopleRepository(tx);
        return { find: r.findCompetence, update: r.updateCompetence };
      },
    },
    id,
  );
}

/** Training records, newest first, filterable by competence or member. */
export const listTrainings = readPage(
  'competence:read',
  (db) => peopleRepository(db).listTrainings,
  toTraining,
);

/** Records that someone acquired a competence (§7.2 d), valid until the competence's renewal interval runs out. */
export async function recordTraining(ctx: OrgContext, input: CreateTrainingInput): Promise<Training> {
  assertCan(ctx.role, 'training:create');
  const data = CreateTrainingSchema.parse(input);
  const errors = trainingProblems(data, today());
  if (errors.length) throw new AppError('RULE_VIOLATION', errors[0]!.message, { errors });
  return ctx.db.transaction(async (tx) => {
    const repo = peopleRepository(tx);
    const competence = await repo.findCompetence(ctx.orgId, data.competenceId);
    if (!competence || competence.archivedAt) {
      throw new AppError('RULE_VIOLATION', 'Choose an active competence of this organization.', {
        errors: [{ path: 'competenceId', message: 'unknown or archived competence' }],
      });
    }
    await assertMember(tx, ctx.orgId, data.userId, 'userId');
    let personName = data.personName.trim();
    if (data.userId && !personName) {
      const [u] = await tx
        .select({ name: tables.users.name })
        .from(tables.users)
        .where(eq(tables.users.id, data.userId));
      personName = u?.name ?? '';
    }
    const at = new Date();
    const t = toTraining(
      await repo.insertTraining({
        id: newId('training'),
        organizationId: ctx.orgId,
        ...data,
        personName,
        validUntil: trainingValidUntil(data.completedOn, competence.renewalMonths),
        createdAt: at,
        updatedAt: at,
        version: 1,
      }),
    );
    await record(ctx, tx, { action: 'training.recorded', entityType: 'training', entityId: t.id, data: t });
    return t;
  });
}

/** Per competence, how many people are trained and how many still hold a valid record. */
export async function getCompetenceCoverage(
  ctx: OrgContext,
  on = today(),
): Promise<{ items: CompetenceCoverage[] }> {
  assertCan(ctx.role, 'competence:read');
  return { items: await peopleRepository(ctx.db).coverage(ctx.orgId, on) };
}
