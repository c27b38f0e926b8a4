import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { ListQuerySchema, parseSort } from './pagination.ts';

describe('list query', () => {
  it('defaults to 50 and bounds the limit to 1..500', () => {
    expect(ListQuerySchema.parse({}).limit).toBe(50);
    expect(ListQuerySchema.parse({ limit: '500' }).limit).toBe(500);
    expect(ListQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(ListQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(ListQuerySchema.safeParse({ limit: 'ten' }).success).toBe(false);
  });

  it('accepts only allowed sort fields', () => {
    expect(parseSort('-name', ['name', 'createdAt'], { field: 'name', desc: false })).toEqual({
      field: 'name',
      desc: true,
    });
    expect(parseSort(undefined, ['name'], { field: 'name', desc: false })).toEqual({
      field: 'name',
      desc: false,
    });
    expect(parseSort('password', ['name'], { field: 'name', desc: false })).toHaveProperty('error');
  });
});

describe('canonical JSON', () => {
  it('is independent of key order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('writes dates as ISO strings', () => {
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
  });
});
