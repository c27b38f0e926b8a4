// Issue 17: an answer kept by revision is computed again exactly when its revision changes, per organization and
// kind, and never kept at all for a caller that keeps nothing.
import { describe, expect, it } from 'vitest';
import type { OrgContext } from '../context.ts';
import { keptAnswer, newKeptAnswers } from './kept-answers.ts';

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

  it('always computes for a caller that keeps nothing', async () => {
    const c = counter();
    const plain = { ...ctx('org_a'), kept: undefined };
    await c.ask(plain);
    await c.ask(plain);
    expect(c.computed()).toBe(2);
  });
});
