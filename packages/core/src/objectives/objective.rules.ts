// Pure rules on objectives (§6.2) and their measurements (§9.1).
import type { FieldError } from '../errors.ts';
import type { Kpi, KpiStatus } from './objective.schema.ts';

/** Whether a measured value meets the KPI's target in its direction. */
export function kpiStatus(
  kpi: Pick<Kpi, 'direction' | 'target' | 'tolerance'>,
  value: number | null,
): KpiStatus {
  if (value === null) return 'no_data';
  const ok =
    kpi.direction === 'increase'
      ? value >= kpi.target
      : kpi.direction === 'decrease'
        ? value <= kpi.target
        : Math.abs(value - kpi.target) <= kpi.tolerance;
  return ok ? 'on_track' : 'off_track';
}

/** §6.2: an objective becomes active only when it can be measured and someone owns it. */
export function activationProblems(o: {
  status: string;
  kpis: unknown[];
  ownerId: string | null;
}): FieldError[] {
  if (o.status !== 'active') return [];
  const out: FieldError[] = [];
  if (o.kpis.length === 0)
    out.push({ path: 'kpis', message: 'an active objective needs at least one KPI to measure it (§6.2 b)' });
  if (!o.ownerId)
    out.push({ path: 'ownerId', message: 'an active objective needs someone responsible (§6.2 f)' });
  return out;
}

/** KPI names must be unique within an objective, so measurements and charts are unambiguous. */
export function kpiProblems(kpis: { name: string }[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  kpis.forEach((k, i) => {
    const key = k.name.trim().toLowerCase();
    if (seen.has(key))
      out.push({ path: `kpis.${i}.name`, message: 'another KPI of this objective has the same name' });
    seen.add(key);
  });
  return out;
}
