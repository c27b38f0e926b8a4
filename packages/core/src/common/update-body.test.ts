import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { updateBodySchema } from './update-body.ts';

describe('updateBodySchema', () => {
  const schema = updateBodySchema({ title: z.string().min(1), note: z.string() });

  it('takes any subset of the fields, the empty one included, and refuses unknown fields', () => {
    expect(schema.parse({ note: 'x' })).toEqual({ note: 'x' });
    expect(schema.parse({})).toEqual({});
    expect(schema.safeParse({ title: 'a', other: 1 }).success).toBe(false);
    expect(schema.safeParse({ title: '' }).success).toBe(false);
  });
});
