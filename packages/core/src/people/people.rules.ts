// Pure rules on competence records (§7.2).
import type { FieldError } from '../errors.ts';

/** The date a record stops counting: completion plus the competence's renewal interval (end of month clamped). */
export function trainingValidUntil(completedOn: string, renewalMonths: number | null): string | null {
  if (renewalMonths === null) return null;
  const [y, m, d] = completedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + renewalMonths, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether a training record still proves the competence on `today`. */
export function isTrainingValid(validUntil: string | null, today: string): boolean {
  return validUntil === null || validUntil >= today;
}

/** A record names a member or a person, and is not dated in the future. */
export function trainingProblems(
  t: { userId: string | null; personName: string; completedOn: string },
  today: string,
): FieldError[] {
  const out: FieldError[] = [];
  if (!t.userId && t.personName.trim() === '')
    out.push({ path: 'personName', message: 'name the person, or choose a member' });
  if (t.completedOn > today)
    out.push({ path: 'completedOn', message: 'a training cannot be completed in the future' });
  return out;
}
