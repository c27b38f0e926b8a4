import { AuditProgrammeSchema, TenantEntitySchema } from '@openaims/core';
import { tables } from '@openaims/db';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projection } from './projection.ts';

const ThingSchema = TenantEntitySchema.extend({
  title: z.string(),
  doneAt: z.string().datetime().nullable(),
  label: z.string(),
});
const toThing = projection(ThingSchema);

const at = new Date('2026-01-02T03:04:05.678Z');
const row = {
  id: 'thg_1',
  organizationId: 'org_1',
  title: 'A',
  doneAt: null as Date | null,
  label: 'stored',
  secretHash: 'never shown',
  createdAt: at,
  updatedAt: at,
  version: 3,
};

describe('projection', () => {
  it('takes the schema keys, identity first and stamps last, with Dates as ISO strings', () => {
    const thing = toThing(row);
    expect(JSON.stringify(thing)).toBe(
      JSON.stringify({
        id: 'thg_1',
        organizationId: 'org_1',
        title: 'A',
        doneAt: null,
        label: 'stored',
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        version: 3,
      }),
    );
    expect(toThing({ ...row, doneAt: at }).doneAt).toBe(at.toISOString());
  });

  it('never copies a column the schema does not name', () => {
    expect(toThing(row)).not.toHaveProperty('secretHash');
  });

  it('takes computed fields spread over the row, and refuses a row without one', () => {
    const { label: _, ...withoutLabel } = row;
    expect(toThing({ ...withoutLabel, label: 'computed' }).label).toBe('computed');
    // @ts-expect-error a row without `label` needs it supplied
    toThing(withoutLabel);
  });

  it('maps a list as it is (the index `map` passes is not read)', () => {
    expect([row, row].map(toThing)).toEqual([toThing(row), toThing(row)]);
  });

  it('keeps the order of a schema without the entity stamps', () => {
    const toPoint = projection(z.object({ at: z.string(), value: z.number() }));
    const stored = { value: 1, at, extra: true };
    expect(Object.keys(toPoint(stored))).toEqual(['at', 'value']);
  });

  it("follows the table's column order when given the table, computed fields last", () => {
    const toProgramme = projection(
      AuditProgrammeSchema.extend({ computed: z.boolean() }),
      tables.auditProgrammes,
    );
    const stored = {
      id: 'apg_1',
      organizationId: 'org_1',
      createdAt: at,
      updatedAt: at,
      version: 1,
      title: 'Programme',
      objectives: '',
      startYear: 2026,
      years: [],
      status: 'active',
      computed: true,
    };
    expect(Object.keys(toProgramme(stored))).toEqual([
      ...Object.keys(getTableColumns(tables.auditProgrammes)),
      'computed',
    ]);
  });
});
