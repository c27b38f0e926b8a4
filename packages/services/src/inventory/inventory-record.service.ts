// Use-cases shared by models, datasets and suppliers: list, get, create, change, archive and the import upsert.
// Each change writes its ledger entry in the same transaction (principle 4).
import { assertCan, type IdKind, type ListQuery, newId, type Page, type Permission } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assertNotArchived } from '../common/archive.ts';
import { diff } from '../common/diff.ts';
import { lockForChange } from '../common/lock-for-change.ts';
import { readOneLoaded } from '../common/records.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { inventoryLinks, type Link, type LinkRelation } from './inventory-links.ts';
import { type RecordTable, recordRepository } from './inventory-record.repository.ts';

type Base = {
  id: string;
  organizationId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  archivedAt: Date | null;
  source: string;
  externalRef: string | null;
};

/** How one record kind maps between API, table and links. */
export interface RecordSpec<R extends Base, Api, Fields extends object> {
  /** The create body's schema; the service parses with it so every caller gets defaults and checks. */
  createSchema: z.ZodType<Fields, unknown>;
  entityType: 'model' | 'dataset' | 'supplier';
  label: string;
  idKind: IdKind;
  table: RecordTable;
  perms: { read: Permission; create: Permission; update: Permission; archive: Permission };
  toApi(row: R, links: Link[]): Api;
  /** Relations this kind owns as the `from` side. */
  linkRelations: LinkRelation[];
  /** The links a (partial) input sets, or undefined when it does not touch them. */
  linksOf(input: Partial<Fields>): { relation: LinkRelation; toId: string }[] | undefined;
  /** Refuses ids in the input that are not records of this organization. */
  checkRefs(db: Db, orgId: string, input: Partial<Fields>): Promise<void>;
  /** Table columns for the input's non-link fields. */
  columns(input: Partial<Fields>): Partial<R>;
  /** Puts an input in the order the API returns it (links are sets), so re-imports compare equal. */
  canonical?(input: Partial<Fields>): Partial<Fields>;
  /** A list filter built from the kind's extra query fields. */
  filter?(query: Record<string, unknown>): SQL | undefined;
}

/** Use-cases bound to one record kind. */
export function recordService<R extends Base, Api extends object, Fields extends object>(
  spec: RecordSpec<R, Api, Fields>,
) {
  const repo = (db: Db) => recordRepository<RecordTable, R>(db, spec.table);
  const load = async (db: Db, orgId: string, row: R): Promise<Api> =>
    spec.toApi(row, await inventoryLinks(db).listFrom(orgId, spec.entityType, [row.id]));

  /** Replaces the record's links with the ones the input sets; an input that does not touch them leaves them. */
  async function setLinks(ctx: OrgContext, tx: Db, id: string, input: Partial<Fields>): Promise<void> {
    const links = spec.linksOf(input);
    if (links)
      await inventoryLinks(tx).replace(
        ctx.orgId,
        { type: spec.entityType, id },
        spec.linkRelations,
        links,
        ctx.actor.userId ?? null,
      );
  }

  async function insert(
    ctx: OrgContext,
    tx: Db,
    data: Fields,
    origin: { source: string; externalRef: string | null },
  ): Promise<Api> {
    await spec.checkRefs(tx, ctx.orgId, data);
    const at = new Date();
    const row = await repo(tx).insert({
      ...(spec.columns(data) as R),
      id: newId(spec.idKind),
      organizationId: ctx.orgId,
      createdAt: at,
      updatedAt: at,
      version: 1,
      archivedAt: null,
      source: origin.source,
      externalRef: origin.externalRef,
    });
    await setLinks(ctx, tx, row.id, data);
    const api = await load(tx, ctx.orgId, row);
    await record(ctx, tx, {
      action: `${spec.entityType}.created`,
      entityType: spec.entityType,
      entityId: row.id,
      data: api,
    });
    return api;
  }

  async function change(
    ctx: OrgContext,
    tx: Db,
    cur: R,
    input: Partial<Fields>,
    action = 'updated',
  ): Promise<{ api: Api; changed: boolean; fields: string[] }> {
    assertNotArchived(cur, spec.label.toLowerCase());
    await spec.checkRefs(tx, ctx.orgId, input);
    const before = (await load(tx, ctx.orgId, cur)) as Record<string, unknown>;
    const changes = diff(before, (spec.canonical?.(input) ?? input) as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { api: before as Api, changed: false, fields: [] };
    const row = await repo(tx).update(ctx.orgId, cur.id, {
      ...spec.columns(input),
      updatedAt: new Date(),
      version: cur.version + 1,
    } as Partial<R>);
    await setLinks(ctx, tx, cur.id, input);
    await record(ctx, tx, {
      action: `${spec.entityType}.${action}`,
      entityType: spec.entityType,
      entityId: cur.id,
      data: { version: row.version, changes },
    });
    return { api: await load(tx, ctx.orgId, row), changed: true, fields: Object.keys(changes) };
  }

  return {
    /** Lists records (active by default), searchable by name and description. */
    async list(
      ctx: OrgContext,
      query: ListQuery & { archived?: 'true' | 'false' | 'all' } & Record<string, unknown>,
    ): Promise<Page<Api>> {
      assertCan(ctx.role, spec.perms.read);
      const page = await repo(ctx.db).list(ctx.orgId, query, spec.filter?.(query));
      const links = await inventoryLinks(ctx.db).listFrom(
        ctx.orgId,
        spec.entityType,
        page.items.map((r) => r.id),
      );
      return {
        items: page.items.map((r) =>
          spec.toApi(
            r,
            links.filter((l) => l.fromId === r.id),
          ),
        ),
        nextCursor: page.nextCursor,
      };
    },

    /** One record; another organization's id is NOT_FOUND. */
    get: readOneLoaded(
      spec.perms.read,
      spec.label,
      repo,
      (ctx, row): Promise<Api> => load(ctx.db, ctx.orgId, row),
    ),

    /** Creates a record entered by hand. */
    async create(ctx: OrgContext, input: z.input<RecordSpec<R, Api, Fields>['createSchema']>): Promise<Api> {
      assertCan(ctx.role, spec.perms.create);
      const data = spec.createSchema.parse(input);
      return ctx.db.transaction((tx) => insert(ctx, tx, data, { source: 'manual', externalRef: null }));
    },

    /** Changes a record; a stale `expectedVersion` is refused. */
    async update(
      ctx: OrgContext,
      id: string,
      input: Partial<Fields>,
      expectedVersion?: number,
    ): Promise<Api> {
      assertCan(ctx.role, spec.perms.update);
      return ctx.db.transaction(async (tx) => {
        const cur = await lockForChange(repo(tx), ctx.orgId, id, spec.label, expectedVersion);
        return (await change(ctx, tx, cur, input)).api;
      });
    },

    /** Archives a record: out of the active inventory, kept on record (§7.5.3). */
    async archive(ctx: OrgContext, id: string): Promise<void> {
      assertCan(ctx.role, spec.perms.archive);
      await ctx.db.transaction(async (tx) => {
        const cur = await repo(tx).find(ctx.orgId, id, { forUpdate: true });
        if (!cur) throw notFound(spec.label, id);
        if (cur.archivedAt) return;
        await repo(tx).update(ctx.orgId, id, {
          archivedAt: new Date(),
          updatedAt: new Date(),
          version: cur.version + 1,
        } as Partial<R>);
        await record(ctx, tx, {
          action: `${spec.entityType}.archived`,
          entityType: spec.entityType,
          entityId: id,
          data: { version: cur.version + 1 },
        });
      });
    },

    /** Import upsert inside the caller's transaction: the external reference decides create or update. */
    async upsertImported(
      ctx: OrgContext,
      tx: Db,
      source: string,
      externalRef: string,
      data: Fields,
    ): Promise<{
      id: string;
      outcome: 'created' | 'updated' | 'unchanged' | 'skipped';
      changes?: string[];
    }> {
      const cur = await repo(tx).findByExternalRef(ctx.orgId, externalRef);
      if (!cur) {
        const api = (await insert(ctx, tx, data, { source, externalRef })) as { id: string };
        return { id: api.id, outcome: 'created' };
      }
      // An archived record is kept as it was (§7.5.3); the import says so rather than reviving it.
      if (cur.archivedAt) return { id: cur.id, outcome: 'skipped' };
      const { changed, fields } = await change(ctx, tx, cur, data, 'imported');
      return changed
        ? { id: cur.id, outcome: 'updated', changes: fields }
        : { id: cur.id, outcome: 'unchanged' };
    },

    /** The existing record with this external reference, if any (for previews). */
    async findImported(db: Db, orgId: string, externalRef: string): Promise<Api | undefined> {
      const row = await repo(db).findByExternalRef(orgId, externalRef);
      return row ? load(db, orgId, row) : undefined;
    },

    /** Number of records, archived included (import tests compare counts). */
    count: (db: Db, orgId: string) => repo(db).count(orgId),
  };
}
