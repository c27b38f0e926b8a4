// Issue 17: an answer kept by revision is computed again exactly when its revision changes, per organization and
// kind, and never kept at all for a caller that keeps nothing.
import { describe, expect, it } from 'vitest';
import type { OrgContext } from '../context.ts';
import { type Kept, keptAnswer, keptUnderRevision, newKeptAnswers } from './kept-answers.ts';

function counter() {
  const revisions: Record<string, string> = {};
  let computed = 0;
  const ask = (ctx: OrgContext, kind = 'view') =>
    keptAnswer(
      ctx,
      kind,
      async () => revisions[ctx.orgId] ?? 'r0',
      async () => ({ orgId: ctx.orgId, kind, n: ++computed }),
    );
  return { revisions, ask, computed: () => computed };
}

const ctx = (orgId: string, kept = newKeptAnswers()): OrgContext =>
  ({ orgId, role: 'viewer', actor: { type: 'system', id: null }, kept }) as unknown as OrgContext;

describe('kept answers (issue 17)', () => {
  it('computes once while the revision holds, and again when it changes', async () => {
    const c = counter();
    const a = ctx('org_a');
    const first = await c.ask(a);
    expect(await c.ask(a)).toBe(first);
    expect(c.computed()).toBe(1);
    c.revisions.org_a = 'r1';
    const second = await c.ask(a);
    expect(second).toEqual({ orgId: 'org_a', kind: 'view', n: 2 });
    expect(await c.ask(a)).toBe(second);
    expect(c.computed()).toBe(2);
  });

  it('keeps organizations and kinds apart', async () => {
    const c = counter();
    const kept = newKeptAnswers();
    const a = await c.ask(ctx('org_a', kept));
    const b = await c.ask(ctx('org_b', kept));
    const other = await c.ask(ctx('org_a', kept), 'other');
    expect([a.orgId, b.orgId, other.kind]).toEqual(['org_a', 'org_b', 'other']);
    expect(c.computed()).toBe(3);
    c.revisions.org_b = 'r1';
    expect(await c.ask(ctx('org_a', kept))).toBe(a);
    expect(await c.ask(ctx('org_b', kept))).not.toBe(b);
  });

  it('keeps one answer a key: the latest revision read replaces the one before', async () => {
    const store = new Map<string, Kept<string>>();
    let revision = 'r0';
    const ask = () =>
      keptUnderRevision(
        store,
        'page',
        async () => revision,
        async () => `built at ${revision}`,
      );
    expect(await ask()).toBe('built at r0');
    revision = 'r1';
    expect(await ask()).toBe('built at r1');
    expect([...store.values()]).toEqual([{ revision: 'r1', value: 'built at r1' }]);
    // The revision is read before the build: an answer built while the content moves on is kept under the older one.
    const moving = keptUnderRevision(
      store,
      'page',
      async () => 'r2',
      async () => {
        revision = 'r3';
        return 'built from r2';
      },
    );
    expect(await moving).toBe('built from r2');
    expect(store.get('page')?.revision).toBe('r2');
    expect(await ask()).toBe('built at r3');
  });

  it('always computes for a caller that keeps nothing', async () => {
    const c = counter();
    const plain = { ...ctx('org_a'), kept: undefined };
    await c.ask(plain);
    await c.ask(plain);
    expect(c.computed()).toBe(2);
  });
});
