// Competence (§7.2) and AI literacy (EU AI Act Art. 4): requirements per role and training records as evidence.
// Validity dates are computed on the server from the competence's renewal interval.
import {
  AppError,
  assertCan,
  type CompetenceCoverage,
  CreateCompetenceSchema,
  type CreateTrainingInput,
  CreateTrainingSchema,
  type Training,
  todayUtc,
  trainingProblems,
  trainingValidUntil,
  UpdateCompetenceSchema,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { archiveService, assertNotArchived } from '../common/archive.ts';
import { createService } from '../common/create-service.ts';
import { assertMember } from '../common/members.ts';
import { createRecord, readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import type { OrgContext } from '../context.ts';
import { peopleRepository, toCompetence, toTraining } from './people.repository.ts';

const today = todayUtc;

/** Competence requirements (active by default). */
export const listCompetences = readPage(
  'competence:read',
  (db) => peopleRepository(db).listCompetences,
  toCompetence,
);

/** One competence requirement. */
export const getCompetence = readOne(
  'competence:read',
  'Competence',
  (db) => peopleRepository(db).competences,
  toCompetence,
);

/** Sets what a role must know (§7.2 a). */
export const createCompetence = createService({
  permission: 'competence:update',
  schema: CreateCompetenceSchema,
  into: (tx) => peopleRepository(tx).competences,
  kind: 'competence',
  entityType: 'competence',
  values: (data) => ({
    ...data,
    archivedAt: null,
  }),
  toEntity: toCompetence,
});

/** Changes a competence requirement; records already made keep the validity they were given. */
export const updateCompetence = updateService({
  permission: 'competence:update',
  schema: UpdateCompetenceSchema,
  table: tables.competences,
  label: 'Competence',
  entityType: 'competence',
  check: (cur) => assertNotArchived(cur, 'competence'),
  toEntity: toCompetence,
});

/** Archives a competence requirement; its training records stay. */
export const archiveCompetence = archiveService({
  permission: 'competence:update',
  label: 'Competence',
  entityType: 'competence',
  repo: (tx) => peopleRepository(tx).competences,
});

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
  assertNoProblems(trainingProblems(data, today()));
  return ctx.db.transaction(async (tx) => {
    const repo = peopleRepository(tx);
    const competence = await repo.competences.find(ctx.orgId, data.competenceId);
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
    return createRecord(ctx, tx, {
      into: repo.trainings,
      kind: 'training',
      entityType: 'training',
      action: 'training.recorded',
      values: {
        ...data,
        personName,
        validUntil: trainingValidUntil(data.completedOn, competence.renewalMonths),
      },
      toEntity: toTraining,
    });
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
