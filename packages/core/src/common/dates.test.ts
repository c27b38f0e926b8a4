import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, isCalendarDate } from './dates.ts';

describe('calendar dates', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])
      expect(isCalendarDate(d), d).toBe(true);
  });

  it('refuses days that pass the pattern but do not exist', () => {
    for (const d of [
      '2025-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '0000-01-01',
    ])
      expect(CalendarDateSchema.safeParse(d).success, d).toBe(false);
  });
});
