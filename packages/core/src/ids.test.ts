import { describe, expect, it } from 'vitest';
import { isId, newId, randomSecret } from './ids.ts';

describe('ids', () => {
  it('prefixes ids by kind and recognises their shape', () => {
    const id = newId('aiSystem');
    expect(id).toMatch(/^ais_[0-9a-z]{26}$/);
    expect(isId('aiSystem', id)).toBe(true);
    expect(isId('organization', id)).toBe(false);
    expect(isId('aiSystem', `${id}x`)).toBe(false);
  });

  it('orders ids by creation time', () => {
    const a = newId('user', 1_000_000);
    const b = newId('user', 2_000_000);
    expect(a < b).toBe(true);
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId('user')));
    expect(ids.size).toBe(2000);
    expect(randomSecret()).not.toBe(randomSecret());
    expect(randomSecret(32)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
