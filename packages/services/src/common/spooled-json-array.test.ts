import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { spooledJsonArray } from './spooled-json-array.ts';

const items = [
  {
    id: 'ev_1',
    title: 'Line one\nline two "quoted"',
    links: [{ targetType: 'control', targetId: 'A.6.2.4' }],
  },
  { id: 'ev_2', nested: { empty: [], obj: {}, n: 1.5, none: null } },
  'a string',
  [1, [2, [3]]],
];

describe('spooledJsonArray', () => {
  it('writes what JSON.stringify(items, null, 2) writes, however the items are batched', async () => {
    for (const batches of [[items], [items.slice(0, 1), [], items.slice(1, 3), items.slice(3)], [[], []]]) {
      const spool = await spooledJsonArray();
      try {
        for (const b of batches) await spool.add(b);
        const expected = `${JSON.stringify(batches.flat(), null, 2)}\n`;
        expect(await text(await spool.read())).toBe(expected);
      } finally {
        await spool.remove();
        await spool.remove();
      }
    }
  });
});
