import { describe, expect, it } from 'vitest';
import { addDaysIso, backoffMs, isReminderDue, reminderHorizon } from './reminder.rules.ts';

describe('reminder rules', () => {
  it('announces a due date within the lead time or already past, once dated', () => {
    expect(reminderHorizon('document_review', '2026-12-01')).toBe('2026-12-15');
    expect(isReminderDue('document_review', '2026-12-15', '2026-12-01')).toBe(true);
    expect(isReminderDue('document_review', '2026-12-16', '2026-12-01')).toBe(false);
    expect(isReminderDue('task_due', '2025-01-01', '2026-12-01')).toBe(true);
    expect(isReminderDue('task_due', null, '2026-12-01')).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDaysIso('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3].map((a) => backoffMs(a, 1000))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(40, 1000, 60_000)).toBe(60_000);
  });
});
