// Transparency records per AI system (A.6.2.7, A.8.2, A.8.5; EU AI Act Art. 13, 50): drafted from the inventory on
// first read, edited as a versioned record with ledger entries, and published as a read-only public page.
import {
  AppError,
  assertCan,
  DEFAULT_PUBLIC_FIELDS,
  draftFromInventory,
  newId,
  type PublicTransparency,
  publicTransparency,
  publishProblems,
  type TransparencyRecord,
  TransparencyRecordSchema,
  type UpdateTransparencyInput,
  UpdateTransparencySchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, isNull } from 'drizzle-orm';
import { findInOrg } from '../common/find-in-org.ts';
import { inOrg } from '../common/in-org.ts';
import { projection } from '../common/projection.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import { notFound } from '../common/versioning.ts';
import { type OrgContext, SYSTEM_ACTOR } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

const { transparencyRecords, aiSystems, organizations } = tables;
type Row = typeof transparencyRecords.$inferSelect;

/** The API shape of a stored record. */
export const toTransparencyRecord: (r: Row) => TransparencyRecord = projection(TransparencyRecordSchema);

const findRow = (db: Db, orgId: string, aiSystemId: string): Promise<Row | undefined> =>
  findInOrg(db, transparencyRecords, orgId, eq(transparencyRecords.aiSystemId, aiSystemId));

/**
 * The record of a system, created from its inventory entry when there is none yet. The draft is the system's
 * work (system actor in the ledger), whoever happened to read first; a concurrent first read creates one row.
 */
async function ensureRecord(ctx: OrgContext, db: Db, aiSystemId: string): Promise<Row> {
  const existing = await findRow(db, ctx.orgId, aiSystemId);
  if (existing) return existing;
  const [system] = await db
    .select()
    .from(aiSystems)
    .where(inOrg(aiSystems, ctx.orgId, eq(aiSystems.id, aiSystemId)));
  if (!system) throw notFound('AI system', aiSystemId);
  const at = new Date();
  const [row] = await db
    .insert(transparencyRecords)
    .values({
      id: newId('transparencyRecord'),
      organizationId: ctx.orgId,
      aiSystemId,
      ...draftFromInventory(system),
      published: false,
      publicFields: [...DEFAULT_PUBLIC_FIELDS],
      publishedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return (await findRow(db, ctx.orgId, aiSystemId))!;
  await record({ ...ctx, actor: SYSTEM_ACTOR }, db, {
    action: 'transparency.drafted',
    entityType: 'transparency_record',
    entityId: row.id,
    data: { aiSystemId, from: 'inventory' },
  });
  return row;
}

/** The transparency record of an AI system; the first read drafts it from the inventory entry. */
export async function getTransparency(ctx: OrgContext, aiSystemId: string): Promise<TransparencyRecord> {
  assertCan(ctx.role, 'transparency:read');
  const existing = await findRow(ctx.db, ctx.orgId, aiSystemId);
  if (existing) return toTransparencyRecord(existing);
  return ctx.db.transaction(async (tx) => toTransparencyRecord(await ensureRecord(ctx, tx, aiSystemId)));
}

/**
 * Changes the record (`If-Match` version). Publishing, unpublishing and choosing the public fields are a lead's
 * decision (`transparency:publish`); a published page must carry some text.
 */
export async function updateTransparency(
  ctx: OrgContext,
  aiSystemId: string,
  input: UpdateTransparencyInput,
  expectedVersion?: number,
): Promise<TransparencyRecord> {
  assertCan(ctx.role, 'transparency:update');
  const data = UpdateTransparencySchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const row = await ensureRecord(ctx, tx, aiSystemId);
    return versionedUpdate(ctx, tx, {
      table: transparencyRecords,
      id: row.id,
      label: 'Transparency record',
      entityType: 'transparency_record',
      expectedVersion,
      changes: (cur) => ({
        ...data,
        publishedAt:
          data.published === true && !cur.published
            ? new Date()
            : data.published === false
              ? null
              : cur.publishedAt,
      }),
      toEntity: toTransparencyRecord,
      check(cur) {
        const publishing =
          (data.published !== undefined && data.published !== cur.published) ||
          (data.publicFields !== undefined &&
            JSON.stringify(data.publicFields) !== JSON.stringify(cur.publicFields));
        if (publishing) assertCan(ctx.role, 'transparency:publish');
        const next = { ...toTransparencyRecord(cur), ...data };
        assertNoProblems(publishProblems(next));
      },
    });
  });
}

/** A record joins its own system, in the same organization. */
const systemOfRecord = and(
  eq(aiSystems.organizationId, transparencyRecords.organizationId),
  eq(aiSystems.id, transparencyRecords.aiSystemId),
);

/** The organization's published records of unarchived systems (joined on {@link systemOfRecord}): all the public may see. */
function publishedIn(orgId: string) {
  return inOrg(
    transparencyRecords,
    orgId,
    eq(transparencyRecords.published, true),
    isNull(aiSystems.archivedAt),
  );
}

const NOT_PUBLISHED = () => new AppError('NOT_FOUND', 'There is no published transparency page here.');

/**
 * The public page of a system (no sign-in): 404, with one message for every case, unless the organization has
 * published the record of this (unarchived) system. Carries only the chosen fields — no ids, no members.
 */
export async function getPublicTransparency(
  db: Db,
  orgId: string,
  aiSystemId: string,
): Promise<PublicTransparency> {
  const [found] = await db
    .select({ record: transparencyRecords, systemName: aiSystems.name, organizationName: organizations.name })
    .from(transparencyRecords)
    .innerJoin(aiSystems, systemOfRecord)
    .innerJoin(organizations, eq(organizations.id, transparencyRecords.organizationId))
    .where(and(publishedIn(orgId), eq(transparencyRecords.aiSystemId, aiSystemId)));
  const view =
    found &&
    publicTransparency(toTransparencyRecord(found.record), {
      organizationName: found.organizationName,
      systemName: found.systemName,
    });
  if (!view) throw NOT_PUBLISHED();
  return view;
}

/** Whether a system of the organization has a published transparency page (a public concern may name it). */
export async function isPublishedSystem(db: Db, orgId: string, aiSystemId: string): Promise<boolean> {
  const row = await findRow(db, orgId, aiSystemId);
  return row?.published === true;
}

/** Published systems of an organization, for the public concern form: names and ids the world may know. */
export async function listPublishedSystems(db: Db, orgId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: aiSystems.id, name: aiSystems.name })
    .from(transparencyRecords)
    .innerJoin(aiSystems, systemOfRecord)
    .where(publishedIn(orgId))
    .orderBy(aiSystems.name);
}

/**
 * What the public concern form shows of an organization (no sign-in): its name and published systems. An unknown
 * organization is 404.
 */
export async function getPublicOrganization(
  db: Db,
  orgId: string,
): Promise<{ organizationName: string; systems: { id: string; name: string }[] }> {
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
  return { organizationName: org.name, systems: await listPublishedSystems(db, orgId) };
}
