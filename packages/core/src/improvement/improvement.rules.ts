// Pure rules of improvement (§10.2) and AI incident reporting (EU AI Act Art. 3(49), Art. 73).
import { addDays } from '../common/dates.ts';
import type { FieldError } from '../errors.ts';
import type { SERIOUS_CATEGORIES } from './improvement.schema.ts';

type Category = (typeof SERIOUS_CATEGORIES)[number];

/**
 * Art. 73: a serious incident is reported within 15 days of awareness; 10 days when a person died; 2 days for a
 * widespread infringement or a serious disruption of critical infrastructure. The shortest applicable clock wins.
 */
export function incidentDeadline(i: {
  awareOn: string;
  seriousCategories: readonly Category[];
  widespread: boolean;
}): string | null {
  if (i.seriousCategories.length === 0 && !i.widespread) return null;
  let days = 15;
  if (i.seriousCategories.includes('death')) days = 10;
  if (i.widespread || i.seriousCategories.includes('critical_infrastructure')) days = 2;
  return addDays(i.awareOn, days);
}

/** Whether the incident is serious in the Art. 3(49) sense (or a widespread infringement). */
export function isSeriousIncident(i: {
  seriousCategories: readonly Category[];
  widespread: boolean;
}): boolean {
  return i.seriousCategories.length > 0 || i.widespread;
}

/** Dates that cannot be: awareness before the incident, or a report before awareness. */
export function incidentProblems(i: {
  occurredAt: string;
  awareOn: string;
  reportedOn?: string | null;
}): FieldError[] {
  const out: FieldError[] = [];
  if (i.awareOn < i.occurredAt)
    out.push({ path: 'awareOn', message: 'awareness cannot come before the incident' });
  if (i.reportedOn && i.reportedOn < i.awareOn)
    out.push({ path: 'reportedOn', message: 'a report cannot come before awareness' });
  return out;
}

/**
 * §10.2: a nonconformity closes only after the correction and root cause are recorded, every corrective action is
 * done or cancelled, and at least one done action was checked and found effective.
 */
export function closeProblems(
  nc: { correction: string; rootCause: string },
  actions: { status: string; effective: boolean | null }[],
): FieldError[] {
  const out: FieldError[] = [];
  if (nc.correction.trim() === '')
    out.push({ path: 'correction', message: 'record the correction made (§10.2 a)' });
  if (nc.rootCause.trim() === '') out.push({ path: 'rootCause', message: 'record the root cause (§10.2 b)' });
  if (actions.some((a) => a.status === 'open'))
    out.push({ path: 'actions', message: 'finish or cancel every corrective action first' });
  const done = actions.filter((a) => a.status === 'done');
  if (done.length === 0)
    out.push({ path: 'actions', message: 'at least one corrective action must be done (§10.2 c)' });
  else if (!done.some((a) => a.effective === true))
    out.push({ path: 'actions', message: 'check that a corrective action was effective (§10.2 d)' });
  if (done.some((a) => a.effective === false))
    out.push({ path: 'actions', message: 'an action found ineffective needs a follow-up action' });
  return out;
}

/** The status a nonconformity shows from its actions, until it is closed. */
export function ncStatusFromActions(
  actions: { status: string; effective: boolean | null }[],
): 'open' | 'action_planned' | 'verifying' {
  const live = actions.filter((a) => a.status !== 'cancelled');
  if (live.length === 0) return 'open';
  if (live.some((a) => a.status === 'open')) return 'action_planned';
  return 'verifying';
}
