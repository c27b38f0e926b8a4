// Concern reporting (A.3.3) and external adverse-impact reports (A.8.3): anyone may report without an account,
// anonymously if they wish; the follow-up code (stored hashed) lets them read answers and add information; leads
// triage, answer and turn a report into an incident (A.8.4) or a nonconformity (§10.2). Only leads see who reported.
import { randomBytes } from 'node:crypto';
import {
  AppError,
  assertCan,
  type Concern,
  type ConcernListQuery,
  type ConcernMessage,
  type ConcernMessageInput,
  ConcernMessageInputSchema,
  ConcernMessageSchema,
  ConcernSchema,
  ConvertConcernSchema,
  canSeeReporter,
  FOLLOW_UP_CODE_BYTES,
  followUpCodeFrom,
  newId,
  normalizeFollowUpCode,
  type Page,
  type PublicConcern,
  type Role,
  type SubmitConcernInput,
  SubmitConcernSchema,
  type UpdateConcernInput,
  UpdateConcernSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { commandService } from '../common/command-service.ts';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { recordStep } from '../common/recorded-step.ts';
import { found, readOneLoaded } from '../common/records.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import { type OrgContext, SYSTEM_ACTOR } from '../context.ts';
import { createIncident } from '../improvement/incident.service.ts';
import { createNonconformity } from '../improvement/nonconformity.service.ts';
import { record } from '../ledger/ledger.service.ts';
import { isPublishedSystem } from '../transparency/transparency.service.ts';
import { countConcernWrite } from './concern-limits.ts';

const { concerns, concernMessages, organizations, aiSystems } = tables;
type Row = typeof concerns.$inferSelect;
type MessageRow = typeof concernMessages.$inferSelect;

/** The stored key of a follow-up code: its SHA-256, never the code (like API tokens and sessions). */
export function followUpHash(normalized: string): string {
  return sha256Hex(`openaims/concern/${normalized}`);
}

const toMessage: (m: MessageRow) => ConcernMessage = projection(ConcernMessageSchema);

const concernFields = projection(ConcernSchema);

/** The member view of a concern; the reporter's identity only for roles that may see it. */
function toConcern(r: Row, messages: MessageRow[], role: Role): Concern {
  const identity = canSeeReporter(role);
  return concernFields({
    ...r,
    identityHidden: !identity,
    reporterName: identity ? r.reporterName : null,
    reporterEmail: identity ? r.reporterEmail : null,
    messages: messages.map(toMessage),
  });
}

async function messagesOf(db: Db, orgId: string, ids: string[]): Promise<Map<string, MessageRow[]>> {
  const out = new Map<string, MessageRow[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(concernMessages)
    .where(inOrg(concernMessages, orgId, anyOf(concernMessages.concernId, ids)))
    .orderBy(asc(concernMessages.createdAt), asc(concernMessages.id));
  for (const m of rows) out.set(m.concernId, [...(out.get(m.concernId) ?? []), m]);
  return out;
}

async function load(db: Db, r: Row, role: Role): Promise<Concern> {
  const msgs = await messagesOf(db, r.organizationId, [r.id]);
  return toConcern(r, msgs.get(r.id) ?? [], role);
}

function rule(path: string, message: string): never {
  throw new AppError('RULE_VIOLATION', message, { errors: [{ path, message }] });
}

// ---------------------------------------------------------------------------------------------- public channel

/**
 * Files a concern from the public form (no account). Rate-limited per client address; an AI system named must be
 * one the organization has published. Answers the follow-up code, shown once. The ledger entry (system actor)
 * says whether the reporter gave a name, never who: every member reads the ledger.
 */
export async function submitConcern(
  db: Db,
  orgId: string,
  input: SubmitConcernInput,
  opts: { address?: string } = {},
): Promise<{ followUpCode: string }> {
  const data = SubmitConcernSchema.parse(input);
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
  await countConcernWrite(db, opts.address);
  if (data.aiSystemId && !(await isPublishedSystem(db, orgId, data.aiSystemId)))
    rule('aiSystemId', 'not a published AI system of this organization');
  const followUpCode = followUpCodeFrom(randomBytes(FOLLOW_UP_CODE_BYTES));
  const ctx: OrgContext = { db, orgId, actor: SYSTEM_ACTOR, role: 'viewer' };
  await db.transaction(async (tx) => {
    const at = new Date();
    const row = await tenantTable(tx, concerns).insert({
      id: newId('concern'),
      organizationId: orgId,
      kind: data.kind,
      aiSystemId: data.aiSystemId,
      title: data.title,
      description: data.description,
      status: 'received',
      triageNote: '',
      reporterName: data.reporterName || null,
      reporterEmail: data.reporterEmail || null,
      followUpHash: followUpHash(normalizeFollowUpCode(followUpCode)!),
      incidentId: null,
      nonconformityId: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    await record(ctx, tx, {
      action: 'concern.received',
      entityType: 'concern',
      entityId: row.id,
      data: {
        kind: row.kind,
        aiSystemId: row.aiSystemId,
        title: row.title,
        identified: Boolean(row.reporterName || row.reporterEmail),
      },
    });
  });
  return { followUpCode };
}

async function findByCode(db: Db, code: string): Promise<Row> {
  const normalized = normalizeFollowUpCode(code);
  const [row] = normalized
    ? await db
        .select()
        .from(concerns)
        .where(eq(concerns.followUpHash, followUpHash(normalized)))
    : [];
  if (!row) throw new AppError('NOT_FOUND', 'No report has this follow-up code.');
  return row;
}

async function publicView(db: Db, r: Row): Promise<PublicConcern> {
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, r.organizationId));
  const msgs = (await messagesOf(db, r.organizationId, [r.id])).get(r.id) ?? [];
  return {
    organizationName: org?.name ?? '',
    kind: r.kind as PublicConcern['kind'],
    title: r.title,
    description: r.description,
    status: r.status as PublicConcern['status'],
    receivedAt: r.createdAt.toISOString(),
    messages: msgs.map((m) => ({
      from: m.from as 'reporter' | 'organization',
      body: m.body,
      at: m.createdAt.toISOString(),
    })),
  };
}

/** What the reporter reads with the follow-up code: status and messages; no ids, no members, no triage note. */
export async function getConcernByCode(db: Db, code: string): Promise<PublicConcern> {
  return publicView(db, await findByCode(db, code));
}

/** Adds one message to a concern's thread, from the reporter or the organization; returns its id. */
async function addMessage(
  tx: Db,
  concern: { id: string; organizationId: string },
  m: { from: 'reporter' | 'organization'; body: string; authorId: string | null; at: Date },
): Promise<string> {
  const id = newId('concernMessage');
  await tx.insert(concernMessages).values({
    id,
    organizationId: concern.organizationId,
    concernId: concern.id,
    from: m.from,
    body: m.body,
    authorId: m.authorId,
    createdAt: m.at,
  });
  return id;
}

/** The reporter adds information with the follow-up code (rate-limited like submissions). */
export async function addReporterMessage(
  db: Db,
  code: string,
  input: ConcernMessageInput,
  opts: { address?: string } = {},
): Promise<PublicConcern> {
  const data = ConcernMessageInputSchema.parse(input);
  const found = await findByCode(db, code);
  await countConcernWrite(db, opts.address);
  const ctx: OrgContext = { db, orgId: found.organizationId, actor: SYSTEM_ACTOR, role: 'viewer' };
  await db.transaction(async (tx) => {
    const at = new Date();
    const id = await addMessage(tx, found, { from: 'reporter', body: data.body, authorId: null, at });
    await recordStep(ctx, tx, {
      rows: tenantTable(tx, concerns),
      current: found,
      set: {},
      at,
      entityType: 'concern',
      action: 'concern.reporter_message',
      data: () => ({ messageId: id }),
    });
  });
  return getConcernByCode(db, code);
}

// ------------------------------------------------------------------------------------------------- members

const SORTABLE = {
  createdAt: concerns.createdAt,
  updatedAt: concerns.updatedAt,
  title: concerns.title,
  status: concerns.status,
};

/** Concerns of the organization, newest first; identity only for leads. */
export async function listConcerns(ctx: OrgContext, query: ConcernListQuery): Promise<Page<Concern>> {
  assertCan(ctx.role, 'concern:read');
  const page = await tenantPage(ctx.db, concerns, ctx.orgId, query, {
    sortable: SORTABLE,
    defaultSort: { field: 'createdAt', desc: true },
    searchColumns: [concerns.title, concerns.description],
    filters: [eqIf(concerns.status, query.status), eqIf(concerns.kind, query.kind)],
  });
  const msgs = await messagesOf(
    ctx.db,
    ctx.orgId,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) => toConcern(r, msgs.get(r.id) ?? [], ctx.role)),
    nextCursor: page.nextCursor,
  };
}

/** One concern with its messages. */
export const getConcern = readOneLoaded(
  'concern:read',
  'Concern',
  (db) => tenantTable(db, concerns),
  (ctx, row): Promise<Concern> => load(ctx.db, row, ctx.role),
);

/** Triage: status, kind, the AI system it is about (any of the organization's), an internal note. */
export async function updateConcern(
  ctx: OrgContext,
  id: string,
  input: UpdateConcernInput,
  expectedVersion?: number,
): Promise<Concern> {
  assertCan(ctx.role, 'concern:update');
  const data = UpdateConcernSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    if (data.aiSystemId) {
      const system = await tenantTable(tx, aiSystems).find(ctx.orgId, data.aiSystemId);
      if (!system) rule('aiSystemId', 'not an AI system of this organization');
    }
    const row = await versionedUpdate(ctx, tx, {
      table: concerns,
      id,
      label: 'Concern',
      entityType: 'concern',
      expectedVersion,
      changes: data,
      toEntity: (r) => r,
    });
    return load(tx, row, ctx.role);
  });
}

/** The concern, locked for the rest of the transaction, or NOT_FOUND. */
function lockConcern(tx: Db, orgId: string, id: string): Promise<Row> {
  return found(tenantTable(tx, concerns).find(orgId, id, { forUpdate: true }), 'Concern', id);
}

/**
 * A step the organization takes on a locked concern (an answer, a conversion) with its ledger entry: the step's
 * columns, and a received concern moves to review since someone is now acting on it. Returns the member view.
 */
async function actOnConcern(
  ctx: OrgContext,
  tx: Db,
  cur: Row,
  step: { set?: Partial<Row>; at?: Date; action: string; data: () => unknown },
): Promise<Concern> {
  const row = await recordStep(ctx, tx, {
    rows: tenantTable(tx, concerns),
    current: cur,
    set: { ...step.set, status: cur.status === 'received' ? 'in_review' : cur.status },
    at: step.at,
    entityType: 'concern',
    action: step.action,
    data: step.data,
  });
  return load(tx, row, ctx.role);
}

/** An answer the reporter reads with the code; a received concern moves to review. */
export const answerConcern = commandService({
  permission: 'concern:answer',
  schema: ConcernMessageInputSchema,
  run: async (ctx, tx, id, data): Promise<Concern> => {
    const cur = await lockConcern(tx, ctx.orgId, id);
    const at = new Date();
    const messageId = await addMessage(tx, cur, {
      from: 'organization',
      body: data.body,
      authorId: ctx.actor.userId ?? null,
      at,
    });
    return actOnConcern(ctx, tx, cur, {
      at,
      action: 'concern.answered',
      data: () => ({ messageId, body: data.body }),
    });
  },
});

/**
 * Turns a concern into an incident (A.8.4) or a nonconformity (§10.2, source `complaint`), once. The new record
 * carries the report's text but never the reporter's identity: incidents and nonconformities are read by all.
 */
export const convertConcern = commandService({
  permission: 'concern:convert',
  schema: ConvertConcernSchema,
  run: async (ctx, tx, id, data): Promise<Concern> => {
    const cur = await lockConcern(tx, ctx.orgId, id);
    if (cur.incidentId || cur.nonconformityId)
      rule('into', `This concern already became ${cur.incidentId ? 'an incident' : 'a nonconformity'}.`);
    const txc = { ...ctx, db: tx };
    const today = new Date().toISOString().slice(0, 10);
    const received = cur.createdAt.toISOString().slice(0, 10);
    const description = `${cur.description}\n\nFrom concern ${cur.id}, received ${received}.`;
    const link =
      data.into === 'incident'
        ? {
            incidentId: (
              await createIncident(txc, {
                title: cur.title,
                description,
                aiSystemId: cur.aiSystemId,
                occurredAt: received,
                awareOn: received,
                severity: data.severity,
              })
            ).id,
          }
        : {
            nonconformityId: (
              await createNonconformity(txc, {
                title: cur.title,
                description,
                source: 'complaint',
                sourceRef: cur.id,
                severity: data.severity,
                detectedOn: today,
              })
            ).id,
          };
    return actOnConcern(ctx, tx, cur, { set: link, action: `concern.converted`, data: () => link });
  },
});
