import { describe, expect, it } from 'vitest';
import { todayUtc } from '../common/dates.ts';
import { canTransition, isOverdue, nextStatuses, sourceProblems } from './task.rules.ts';
import { CreateTaskSchema, TaskFilterSchema, UpdateTaskSchema } from './task.schema.ts';

describe('isOverdue', () => {
  it('is true only for active tasks due before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, '2026-01-02')).toBe(false);
  });
});

describe('status transitions', () => {
  it('allows work to move forward and to be reopened', () => {
    expect(canTransition('open', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'done')).toBe(true);
    expect(canTransition('done', 'open')).toBe(true);
    expect(canTransition('cancelled', 'open')).toBe(true);
    expect(canTransition('open', 'open')).toBe(true);
  });
  it('refuses to rewrite what was completed or cancelled', () => {
    expect(canTransition('done', 'cancelled')).toBe(false);
    expect(canTransition('cancelled', 'done')).toBe(false);
    expect(canTransition('cancelled', 'in_progress')).toBe(false);
    expect(nextStatuses('cancelled')).toEqual(['open']);
  });
});

describe('task rules and schemas', () => {
  it('requires a risk as the source of a treatment task', () => {
    expect(sourceProblems('treatment', null)).toEqual([{ path: 'source', message: expect.any(String) }]);
    expect(sourceProblems('treatment', { entityType: 'risk', entityId: 'risk_x' })).toEqual([]);
    expect(sourceProblems('general', null)).toEqual([]);
  });
  it('defaults a new task and refuses unknown fields and bad dates', () => {
    expect(CreateTaskSchema.parse({ title: ' Retrain ' })).toMatchObject({
      title: 'Retrain',
      status: 'open',
      kind: 'general',
      source: null,
      dueDate: null,
    });
    expect(CreateTaskSchema.safeParse({ title: 'x', dueDate: '2026-13-01' }).success).toBe(false);
    expect(CreateTaskSchema.safeParse({ title: 'x', extra: 1 }).success).toBe(false);
    expect(UpdateTaskSchema.safeParse({}).success).toBe(false);
    expect(UpdateTaskSchema.safeParse({ kind: 'general' }).success).toBe(false);
  });
  it('takes a comma-separated status filter', () => {
    expect(TaskFilterSchema.safeParse({ status: 'open,in_progress' }).success).toBe(true);
    expect(TaskFilterSchema.safeParse({ status: 'open,nope' }).success).toBe(false);
  });
  it('gives today in UTC', () => {
    expect(todayUtc(new Date('2026-03-04T23:59:00Z'))).toBe('2026-03-04');
  });
});
