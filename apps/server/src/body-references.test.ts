// The generated body-reference sweep (issue 12): for every operation whose request body names a record by id
// (a property ending in Id or Ids, at any depth), send another organization's id and a made-up id and expect a
// 4xx with nothing stored (the organization's ledger does not move). The operation list comes from the OpenAPI
// document, so a new operation with an id field joins the sweep without anyone remembering it.
import { newId } from '@openaims/core';
import { tables } from '@openaims/db';
import { updateTransparency } from '@openaims/services';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bodyOperations, sampleAt, sampleBody, setAt } from './testing/body-samples.ts';
import { FIXTURES, fillSamples } from './testing/fixtures.ts';
import { appWithTwoOrgsForFile } from './testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

/** The resource an id field names, from its name (`aiSystemId` → ai_system, `riskIds` → risk). */
function resourceOf(field: string): string {
  const base = field.replace(/Ids?$/, '');
  // People: every field that names a member (owner, chair, lead auditor, team, attendees …).
  if (['owner', 'user', 'assignee', 'approver', 'chair', 'attendee', 'lead', 'team'].includes(base))
    return 'user';
  // Fields named after a part of their module: an audit's programme, a finding's checklist item.
  const aliases: Record<string, string> = {
    programme: 'audit_programme',
    checklistItem: 'audit_checklist_item',
  };
  if (aliases[base]) return aliases[base];
  return base.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Creates a record the field may name, in an organization; undefined when the sweep has no factory for it. */
async function idFor(resource: string, orgId: string): Promise<string | undefined> {
  if (resource === 'user') return orgId === f.a.org.id ? f.a.owner.id : f.b.owner.id;
  if (resource === 'threat') {
    // Threats are imported, not created, so the sweep stores one directly.
    const id = newId('threat');
    await t.database.db.insert(tables.threats).values({
      id,
      organizationId: orgId,
      source: 'sweep',
      externalId: id,
      name: 'Sweep threat',
      importedAt: new Date(),
    });
    return id;
  }
  const factory = FIXTURES[resource];
  const id = factory ? await factory(t.database, orgId, t) : undefined;
  // A public concern may name only a published system: publish each one, so the sweep reaches that field too.
  if (id && resource === 'ai_system')
    await updateTransparency(
      { db: t.database.db, orgId, role: 'owner', actor: { type: 'system', id: null } },
      id,
      {
        published: true,
      },
    );
  return id;
}

function madeUp(own: string | undefined): string {
  const prefix = own?.includes('_') ? own.slice(0, own.indexOf('_')) : 'x';
  return `${prefix}_${'0'.repeat(26)}`;
}

/**
 * Ids that name a part of another record in the same body or path (a KPI of the path's objective, a checklist
 * item of the body's audit): another parent's part is the module's own check, tested in its route tests.
 */
const PART_OF = new Set(['kpiId', 'checklistItemId']);

/** Ids of this organization's records, by resource, for the required id fields the sweep is not probing. */
const OWN_IDS = new Map<string, string>();
const ownIdByName = (name: string) => (/Id$/.test(name) ? OWN_IDS.get(resourceOf(name)) : undefined);

async function ledgerCount(orgId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(tables.ledgerEntries)
    .where(eq(tables.ledgerEntries.organizationId, orgId));
  return row?.n ?? 0;
}

async function urlFor(path: string, orgId: string): Promise<string> {
  const route = t.routes.find((r) => r.path === path);
  let url = path.replace('{orgId}', orgId);
  if (url.includes('{id}'))
    url = url.replace('{id}', await FIXTURES[route?.resource ?? '']!(t.database, orgId, t));
  return fillSamples(url);
}

describe('body-reference sweep', () => {
  it('refuses another organization’s id and a made-up id in every id field of every body, storing nothing', async () => {
    const { out, resolve } = bodyOperations(t.openapiDocument(), (name) => /(Id|Ids)$/.test(name));
    for (const field of out.flatMap((o) => o.fields.map((x) => x[x.length - 1]!))) {
      const resource = resourceOf(field);
      if (!OWN_IDS.has(resource)) {
        const id = await idFor(resource, f.a.org.id);
        if (id) OWN_IDS.set(resource, id);
      }
    }
    expect(out.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const exercised: string[] = [];
    const notExercised: string[] = [];
    for (const { method, path, schema, fields } of out) {
      for (const field of fields) {
        const name = field[field.length - 1]!;
        const leaf = name === 'targetId' || name === 'entityId' ? 'risk' : resourceOf(name);
        const label = `${method} ${path} ${field.join('.')}`;
        const itemSample = (at: string[]) => sampleAt(schema, resolve, at, ownIdByName);
        const send = async (value: string | undefined) => {
          const body = (sampleBody(schema, resolve, ownIdByName) ?? {}) as Record<string, unknown>;
          // Optional sibling id fields (a trainee's userId beside competenceId) get this organization's ids too.
          for (const other of fields) {
            const otherName = other[other.length - 1]!;
            const id = OWN_IDS.get(resourceOf(otherName));
            if (
              other !== field &&
              other.length === 1 &&
              id &&
              body[otherName] === undefined &&
              !PART_OF.has(otherName)
            )
              setAt(body, other, id, itemSample);
          }
          setAt(body, field, value, itemSample);
          const url = await urlFor(path, f.a.org.id);
          const before = await ledgerCount(f.a.org.id);
          const res = await t.call(method, url, { token: f.tokens.owner, json: body });
          return {
            status: res.status,
            text: await res.text(),
            stored: (await ledgerCount(f.a.org.id)) !== before,
          };
        };
        if (PART_OF.has(name)) continue;
        const own = await idFor(leaf, f.a.org.id);
        // The same body with an id of this organization must pass, or the sweep would prove nothing for the field.
        const baseline = own ? await send(own) : undefined;
        if (baseline && baseline.status < 300) exercised.push(label);
        else
          notExercised.push(
            `${label}: ${baseline ? `${baseline.status} ${baseline.text.slice(0, 160)}` : 'no fixture'}`,
          );
        const foreign = await idFor(leaf, f.b.org.id);
        for (const [what, value] of [
          ['foreign', foreign],
          ['made-up', madeUp(own ?? foreign)],
        ] as const) {
          if (!value) continue;
          const r = await send(value);
          // Removing a link that does not exist is a no-op, so a DELETE may answer 2xx as long as nothing moved.
          const refused = r.status >= 400 && r.status < 500;
          const harmlessRemoval = method === 'DELETE' && r.status < 300;
          if ((!refused && !harmlessRemoval) || r.stored)
            failures.push(
              `${label} ${what}: ${r.status}${r.stored ? ' (stored)' : ''} ${r.text.slice(0, 160)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    // Fields the sweep could not exercise with a valid body are listed here, so the list only shrinks.
    expect(notExercised).toEqual([]);
    expect(exercised.length).toBeGreaterThan(30);
  }, 600_000);
});
